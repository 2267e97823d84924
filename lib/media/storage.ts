// Where the bytes of photos (originals and renditions) and page images live: one small interface with two
// implementations. PostgreSQL (the MediaBlob table) by default, so a fresh machine needs nothing more and
// every app instance sees the same media; S3-compatible object storage (MinIO, S3, OSS…) when configured.
import "server-only";
import { AppError } from "@/lib/errors";
import { createPostgresMediaStorage } from "./postgres-media-storage";
import { createS3MediaStorage, type TS3MediaConfig } from "./s3-media-storage";

export interface TStoredObject {
  bytes: Uint8Array;
  contentType: string;
}

export interface MediaStorage {
  /** Writes (or overwrites) the object under `key`. Keys are content-hashed, so a rewrite is the same bytes. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none under `key`. */
  get(key: string): Promise<TStoredObject | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** Which storage is in use, for logs, the health page and the benchmark. */
export type TMediaStorageKind = "postgres" | "s3";

const REQUIRED = ["MEDIA_S3_ENDPOINT", "MEDIA_S3_BUCKET", "MEDIA_S3_ACCESS_KEY_ID", "MEDIA_S3_SECRET_ACCESS_KEY"] as const;

/** The S3 settings, null when none is set; some but not all set is an operator's mistake, said so. */
function readS3MediaConfig(env: Readonly<Record<string, string | undefined>>): TS3MediaConfig | null {
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

export type TMediaStorageWithKind = MediaStorage & { readonly kind: TMediaStorageKind };

const globalForMedia = globalThis as unknown as { __mediaStorage?: { signature: string; storage: TMediaStorageWithKind } };

/**
 * The storage the environment configures: S3 when MEDIA_S3_ENDPOINT, MEDIA_S3_BUCKET, MEDIA_S3_ACCESS_KEY_ID
 * and MEDIA_S3_SECRET_ACCESS_KEY are set (MEDIA_S3_REGION optional), else PostgreSQL. Setting only some of
 * them is a configuration error, reported rather than silently falling back to PostgreSQL.
 */
export function getMediaStorage(env: Readonly<Record<string, string | undefined>> = process.env): TMediaStorageWithKind {
  const s3 = readS3MediaConfig(env);
  const signature = s3 ? JSON.stringify(s3) : "postgres";
  if (globalForMedia.__mediaStorage?.signature !== signature) {
    globalForMedia.__mediaStorage = { signature, storage: s3 ? createS3MediaStorage(s3) : createPostgresMediaStorage() };
  }
  return globalForMedia.__mediaStorage.storage;
}
