// The Media row as the rest of the app sees it: renditions parsed and checked, dates as they are.
import "server-only";
import type { Media } from "@/lib/db/generated/client";
import { type TRendition, ZRenditions } from "./renditions";

export type TMediaRecord = Omit<Media, "renditions"> & { renditions: TRendition[] };

export function toMediaRecord(row: Media): TMediaRecord {
  return { ...row, renditions: ZRenditions.parse(row.renditions) };
}
