// Where the newsroom shows a stored photo by id before (and after) publication: a staff-only route
// (app/api/newsroom/media/[id]/preview). Readers get content-hashed URLs instead (lib/media/renditions.ts).
export function mediaPreviewUrl(mediaId: string, width?: number): string {
  return `/api/newsroom/media/${encodeURIComponent(mediaId)}/preview${width ? `?w=${width}` : ""}`;
}
