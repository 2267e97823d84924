// Media storage in S3-compatible object storage (MinIO in docker-compose, or any S3 service) through the
// AWS SDK v3 client. Path-style addressing, so a plain endpoint such as http://minio:9000 works.
import "server-only";
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { TMediaStorageWithKind } from "./storage";

export interface TS3MediaConfig {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);
}

export function createS3MediaStorage(config: TS3MediaConfig): TMediaStorageWithKind {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
  const Bucket = config.bucket;
  return {
    kind: "s3",
    async put(key, bytes, contentType) {
      const put = () => client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
      try {
        await put();
      } catch (error) {
        // A fresh MinIO has no bucket yet: make it (private, the default) and write again.
        if (!(error instanceof S3ServiceException && error.name === "NoSuchBucket")) throw error;
        await client.send(new CreateBucketCommand({ Bucket })).catch((created: unknown) => {
          if (!(created instanceof S3ServiceException && /BucketAlready(OwnedByYou|Exists)/.test(created.name))) throw created;
        });
        await put();
      }
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return { bytes: await object.Body.transformToByteArray(), contentType: object.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
