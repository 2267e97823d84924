// One rendition of a page image for the reader route: found by issue date, page number and its hashed file
// name. Readers get it only once the issue is released; before that only signed-in staff do.
import "server-only";
import { getDb } from "@/lib/db/client";
import { issueDateToDb } from "@/lib/issues/issue-date";
import { DEFAULT_PUBLICATION } from "@/lib/publications/default-publication";
import { releasedPaperIssueWhere } from "@/lib/reader/visibility";
import { parseRenditionFileName, ZRenditions } from "./renditions";
import { pageImageStorage } from "./storage";

export interface TRenditionFile {
  bytes: Uint8Array;
  contentType: string;
  /** false: served to staff before the issue's release, never to be kept by a shared cache. */
  released: boolean;
}

export async function readPageImageRendition(
  where: { issueDate: string; pageNumber: number; fileName: string },
  viewer: { staff: () => Promise<boolean> },
  now: Date = new Date(),
): Promise<TRenditionFile | null> {
  const file = parseRenditionFileName(where.fileName);
  if (!file) return null;
  const issue = await getDb().issue.findFirst({
    where: { date: issueDateToDb(where.issueDate), publication: { slug: DEFAULT_PUBLICATION.slug } },
    select: { id: true },
  });
  if (!issue) return null;
  const page = await getDb().page.findUnique({
    where: { issueId_number: { issueId: issue.id, number: where.pageNumber } },
    select: { image: { select: { hash: true, renditions: true } } },
  });
  const image = page?.image;
  if (!image || image.hash !== file.hash) return null;
  const rendition = ZRenditions.parse(image.renditions).find((candidate) => candidate.width === file.width && candidate.format === file.format);
  if (!rendition) return null;
  const released = (await getDb().issue.count({ where: { id: issue.id, ...releasedPaperIssueWhere(now) } })) > 0;
  if (!released && !(await viewer.staff())) return null;
  const stored = await pageImageStorage().get(rendition.key);
  return stored ? { ...stored, released } : null;
}
