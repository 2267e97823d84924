// Per-instance cache invalidation, called only by this process's reader-change listener (instrumentation.ts).
// revalidateTag needs Next's request context, which a LISTEN callback does not have; hence this route.
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { isReaderCacheSecret, READER_CACHE_SECRET_HEADER } from "@/lib/reader/reader-cache-secret";

const ZInvalidation = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(1000) });

export async function POST(request: Request): Promise<Response> {
  if (!isReaderCacheSecret(request.headers.get(READER_CACHE_SECRET_HEADER))) return new Response(null, { status: 404 });
  const parsed = ZInvalidation.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid tags" }, { status: 400 });
  // expire: 0 — the next reader gets the new version, never a stale copy of an unpublished story.
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ invalidated: parsed.data.tags.length }, { headers: { "Cache-Control": "no-store" } });
}
