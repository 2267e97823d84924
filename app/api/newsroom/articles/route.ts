// POST: start a new story (from the newsroom's form, or JSON) and open it in the editor.
import { NextResponse } from "next/server";
import { createArticle } from "@/lib/articles/create-article";
import { newsroomRoute, readJson, ZNoParams } from "@/lib/http/newsroom-route";

export const POST = newsroomRoute(ZNoParams, async ({ request, actor }) => {
  const isForm = request.headers.get("content-type")?.includes("application/x-www-form-urlencoded");
  if (isForm) {
    const form = await request.formData();
    const page = String(form.get("pageId") ?? "");
    const { id } = await createArticle(actor, {
      kind: String(form.get("kind") ?? "news") as "news",
      headline: String(form.get("headline") ?? ""),
      pageId: page === "" || page === "web" ? null : Number(page),
    });
    // A relative Location keeps the browser on the host it used (behind a proxy request.url may differ).
    return new Response(null, { status: 303, headers: { Location: `/newsroom/articles/${id}` } });
  }
  const { id } = await createArticle(actor, (await readJson(request)) as never);
  return NextResponse.json({ id }, { status: 201 });
});
