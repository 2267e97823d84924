// Where the newsroom shows a stored photo by id before (and after) publication: a staff-only route
// (app/api/newsroom/media/[id]/preview). Readers get content-hashed URLs instead (lib/media/renditions.ts).
export function mediaPreviewUrl(mediaId: string, width?: number): string {
  return `/api/newsroom/media/${encodeURIComponent(mediaId)}/preview${width ? `?w=${width}` : ""}`;
}

/** An id Media rows get (a cuid); anything else in a stored figure points at no photo and shows none. */
export function isMediaId(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9]{20,40}$/.test(value);
}
