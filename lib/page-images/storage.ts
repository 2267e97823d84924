// Where page image renditions' bytes are kept. TEMPORARY: files under .data/page-images until the media
// storage (PostgreSQL or S3) is merged; this module then just returns getMediaStorage().
import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface TPageImageStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null>;
  delete(key: string): Promise<void>;
}

const ROOT = path.resolve(process.cwd(), ".data", "page-images-store");
const fileOf = (key: string) => path.join(ROOT, encodeURIComponent(key));

const fileStorage: TPageImageStorage = {
  async put(key, bytes, contentType) {
    await mkdir(ROOT, { recursive: true });
    await writeFile(fileOf(key), bytes);
    await writeFile(`${fileOf(key)}.type`, contentType);
  },
  async get(key) {
    try {
      return { bytes: await readFile(fileOf(key)), contentType: await readFile(`${fileOf(key)}.type`, "utf8") };
    } catch {
      return null;
    }
  },
  async delete(key) {
    await rm(fileOf(key), { force: true });
    await rm(`${fileOf(key)}.type`, { force: true });
  },
};

export function pageImageStorage(): TPageImageStorage {
  return fileStorage;
}
