// /media/<hash>/<width>.<webp|jpg|avif>: a photo's rendition. Content-hashed, so once a story readers can
// see shows it, it is cached for a year everywhere (nginx micro-cache, CDN, browsers). Until then it does
// not exist for readers (404, not stored by any cache); signed-in staff see it for preview, uncached.
import { errorToResponse } from "@/lib/http/error-response";
import { imageResponse } from "@/lib/http/image-response";
import { getMediaRendition } from "@/lib/reader/get-media-rendition";
import { isSignedInStaff } from "@/lib/session/current-user";

export const dynamic = "force-dynamic";

const NOT_FOUND_HEADERS = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };

export async function GET(_request: Request, context: { params: Promise<{ hash: string; name: string }> }): Promise<Response> {
  const { hash, name } = await context.params;
  try {
    const rendition = await getMediaRendition(hash, name, { isStaff: isSignedInStaff });
    if (!rendition) return new Response("找不到该图片", { status: 404, headers: NOT_FOUND_HEADERS });
    return imageResponse(rendition, rendition.public);
  } catch (error) {
    return errorToResponse(error);
  }
}
