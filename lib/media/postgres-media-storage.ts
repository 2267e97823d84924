// Media storage in PostgreSQL: one MediaBlob row per key (bytea). The default: nothing to set up, shared
// by every app instance, backed up with the rest of the newsroom.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { TMediaStorageWithKind } from "./storage";

export function createPostgresMediaStorage(): TMediaStorageWithKind {
  return {
    kind: "postgres",
    async put(key, bytes, contentType) {
      const data = { bytes: new Uint8Array(bytes), contentType, size: bytes.byteLength };
      await getDb().mediaBlob.upsert({ where: { key }, create: { key, ...data }, update: data });
    },
    async get(key) {
      const row = await getDb().mediaBlob.findUnique({ where: { key }, select: { bytes: true, contentType: true } });
      return row ? { bytes: new Uint8Array(row.bytes), contentType: row.contentType } : null;
    },
    async delete(key) {
      await getDb().mediaBlob.deleteMany({ where: { key } });
    },
  };
}
