// A photo by id for the newsroom (the editor's figure, the library's thumbnails), at any stage: staff only,
// never stored by a shared cache.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { newsroomRoute } from "@/lib/http/newsroom-route";
import { getMediaPreview } from "@/lib/media/get-media-preview";

const ZMediaParams = z.object({ id: z.string().min(1).max(64) });

export const GET = newsroomRoute({ params: ZMediaParams }, async ({ request, actor, params }) => {
  const width = Number(new URL(request.url).searchParams.get("w") ?? "960");
  const preview = await getMediaPreview(actor, params.id, Number.isInteger(width) && width > 0 && width <= 4000 ? width : 960);
  if (!preview) throw new AppError("NOT_FOUND", "找不到该图片");
  return new Response(Buffer.from(preview.bytes), {
    headers: { "Content-Type": preview.contentType, "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
});
