// POST: start a new story (from the newsroom's form, or JSON) and open it in the editor.
import { NextResponse } from "next/server";
import { z } from "zod";
import { createArticle, ZCreateArticleInput } from "@/lib/articles/create-article";
import { newsroomRoute, ZNoParams } from "@/lib/http/newsroom-route";

/** The newsroom's form: the same fields as strings; the page select sends "" or "web" for a web-only story. */
const ZCreateArticleForm = z.object({
  kind: ZCreateArticleInput.shape.kind,
  headline: ZCreateArticleInput.shape.headline,
  pageId: z.preprocess((value) => (value === undefined || value === "" || value === "web" ? null : value), z.coerce.number().int().positive().nullable()),
});

export const POST = newsroomRoute({ params: ZNoParams, body: ZCreateArticleInput, form: ZCreateArticleForm }, async ({ actor, body, bodyFrom }) => {
  const { id } = await createArticle(actor, body);
  // A relative Location keeps the browser on the host it used (behind a proxy request.url may differ).
  if (bodyFrom === "form") return new Response(null, { status: 303, headers: { Location: `/newsroom/articles/${id}` } });
  return NextResponse.json({ id }, { status: 201 });
});
