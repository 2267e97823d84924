// A real S3-compatible HTTP server (s3rver) on a free local port, for the S3 media storage's tests: the
// same AWS SDK client code that talks to MinIO or S3 in production talks to it.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

export const S3_TEST_BUCKET = "jzrb-media-test";
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export async function startS3Server() {
  const directory = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: S3_TEST_BUCKET, configs: [] }] });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  const env = {
    MEDIA_S3_ENDPOINT: endpoint,
    MEDIA_S3_BUCKET: S3_TEST_BUCKET,
    MEDIA_S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    MEDIA_S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    MEDIA_S3_REGION: "us-east-1",
  };
  const client = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials: CREDENTIALS });
  return {
    env,
    /** Every key in the bucket. */
    async keys(): Promise<string[]> {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: S3_TEST_BUCKET }));
      return (listed.Contents ?? []).map((object) => object.Key ?? "").sort();
    },
    async stop() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
