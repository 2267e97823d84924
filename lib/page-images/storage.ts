// Where page image renditions' bytes are kept: the media storage (PostgreSQL by default, S3 when configured),
// shared by every app instance.
import "server-only";
import { getMediaStorage, type MediaStorage } from "@/lib/media/storage";

export function pageImageStorage(): MediaStorage {
  return getMediaStorage();
}
