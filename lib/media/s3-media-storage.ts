// Media storage in S3-compatible object storage (MinIO in docker-compose, or any S3 service) through the
// AWS SDK v3 client. Path-style addressing, so a plain endpoint such as http://minio:9000 works.
import "server-only";
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors";
import type { TMediaStorageWithKind } from "./storage";

export interface TS3MediaConfig {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const REQUIRED = ["MEDIA_S3_ENDPOINT", "MEDIA_S3_BUCKET", "MEDIA_S3_ACCESS_KEY_ID", "MEDIA_S3_SECRET_ACCESS_KEY"] as const;

/** The S3 settings, null when none is set; some but not all set is an operator's mistake, said so. */
export function readS3MediaConfig(env: Readonly<Record<string, string | undefined>>): TS3MediaConfig | null {
  const present = REQUIRED.filter((name) => env[name]?.trim());
  if (present.length === 0) return null;
  if (present.length < REQUIRED.length) {
    const missing = REQUIRED.filter((name) => !present.includes(name));
    throw new AppError("UNAVAILABLE", "图片存储配置不完整，请联系管理员", { operatorMessage: `S3 media storage needs ${missing.join(", ")} as well` });
  }
  return {
    endpoint: String(env.MEDIA_S3_ENDPOINT).trim(),
    bucket: String(env.MEDIA_S3_BUCKET).trim(),
    region: env.MEDIA_S3_REGION?.trim() || "us-east-1",
    accessKeyId: String(env.MEDIA_S3_ACCESS_KEY_ID).trim(),
    secretAccessKey: String(env.MEDIA_S3_SECRET_ACCESS_KEY).trim(),
  };
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
