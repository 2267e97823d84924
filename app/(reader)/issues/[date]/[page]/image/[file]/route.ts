// GET /issues/YYYY-MM-DD/N/image/<hash>-<width>.<webp|jpg>: one rendition of a page image. Released issue:
// public and immutable (the name carries the upload's hash). Before release: 404, except to signed-in staff,
// who get it uncached (the desk shows the image while the page is being prepared).
import { imageResponse } from "@/lib/http/image-response";
import { readPageImageRendition } from "@/lib/page-images/read-page-image-rendition";
import { ZPageNumber, ZReaderDate } from "@/lib/reader/params";
import { isSignedInStaff } from "@/lib/session/current-user";

export const dynamic = "force-dynamic";

const NOT_FOUND = () =>
  new Response("未找到", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=1" } });

export async function GET(_request: Request, context: { params: Promise<{ date: string; page: string; file: string }> }): Promise<Response> {
  const params = await context.params;
  const date = ZReaderDate.safeParse(params.date);
  const pageNumber = ZPageNumber.safeParse(params.page);
  if (!date.success || !pageNumber.success) return NOT_FOUND();
  const file = await readPageImageRendition({ issueDate: date.data, pageNumber: pageNumber.data, fileName: params.file }, { staff: isSignedInStaff });
  if (!file) return NOT_FOUND();
  return imageResponse(file, file.released);
}
