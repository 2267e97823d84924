// POST <the file's bytes>: the page's new page image (PDF or JPEG/PNG scan). ADMIN only (checked in the command).
import { NextResponse } from "next/server";
import { newsroomRoute, ZArticleParams } from "@/lib/http/newsroom-route";
import { readUploadBody } from "@/lib/page-images/read-upload-body";
import { uploadPageImage } from "@/lib/page-images/upload-page-image";

export const POST = newsroomRoute({ params: ZArticleParams }, async ({ actor, params, request }) =>
  NextResponse.json(await uploadPageImage(actor, { pageId: params.id }, await readUploadBody(request)), { headers: { "Cache-Control": "no-store" } }),
);
