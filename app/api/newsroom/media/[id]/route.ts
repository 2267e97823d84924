// POST: fill in what the library remembers of a photo (caption, credit, alt text) from the figure it was
// placed in; fields already set are kept (lib/media/describe-media.ts). DELETE: removes an unused photo.
import { z } from "zod";
import { newsroomRoute } from "@/lib/http/newsroom-route";
import { deleteMedia } from "@/lib/media/delete-media";
import { describeMedia, ZDescribeMediaInput } from "@/lib/media/describe-media";

const ZMediaParams = z.object({ id: z.string().min(1).max(64) });
const ZBody = ZDescribeMediaInput.omit({ mediaId: true });

export const POST = newsroomRoute({ params: ZMediaParams, body: ZBody }, async ({ actor, params, body }) =>
  Response.json(await describeMedia(actor, { ...body, mediaId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);

/** DELETE: removes a photo nothing uses (lib/media/delete-media.ts says who may and when). */
export const DELETE = newsroomRoute({ params: ZMediaParams }, async ({ actor, params }) =>
  Response.json(await deleteMedia(actor, { mediaId: params.id }), { headers: { "Cache-Control": "no-store" } }),
);
