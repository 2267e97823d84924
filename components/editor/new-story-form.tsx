"use client";
// 新建稿件: starts a story and opens it in the editor. A refusal is shown on the form, in the editor's
// words (主题…), never as a raw JSON page; without JavaScript the form still posts and redirects.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { KindOptions } from "@/components/newsroom/kind-options";
import { FIELD_LIMITS } from "@/lib/content/field-limits";
import { newsroomApi } from "@/lib/newsroom-client/api";
import { ZArticleKind } from "@/lib/newsroom-client/schemas";
import { CountedInput } from "./counted-input";

export function NewStoryForm({ pages }: { pages: ReadonlyArray<{ id: number; label: string }> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [headline, setHeadline] = useState("");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    const kind = ZArticleKind.safeParse(fields.get("kind"));
    const page = String(fields.get("pageId") ?? "web");
    setSending(true);
    setError(null);
    const result = await newsroomApi.createArticle({
      kind: kind.success ? kind.data : "news",
      headline: String(fields.get("headline") ?? ""),
      pageId: page === "web" || page === "" ? null : Number(page),
    });
    if (result.kind === "ok") {
      router.push(`/newsroom/articles/${result.data.id}`);
      return;
    }
    setSending(false);
    setError(result.message);
  };

  return (
    <form method="post" action="/api/newsroom/articles" className="nr-filters" onSubmit={(event) => void submit(event)}>
      <label>
        主题
        <CountedInput
          name="headline"
          placeholder="可稍后填写"
          value={headline}
          max={FIELD_LIMITS.headline}
          onChange={(event) => setHeadline(event.target.value)}
        />
      </label>
      <label>
        体裁
        <select name="kind" defaultValue="news">
          <KindOptions />
        </select>
      </label>
      <label>
        版面
        <select name="pageId" defaultValue="web">
          <option value="web">网络稿件（不见报）</option>
          {pages.map((page) => (
            <option key={page.id} value={page.id}>
              {page.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="nr-primary" disabled={sending}>
        新建稿件
      </button>
      {error && (
        <p className="nr-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
