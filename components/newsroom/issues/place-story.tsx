"use client";
// Find a story by headline and place it at the end of this page (a story placed elsewhere moves here).
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { placementNote, type ZPlaceableArticles } from "@/lib/newsroom-client/issue-schemas";
import { issuesApi } from "@/lib/newsroom-client/issues";

type TFound = z.infer<typeof ZPlaceableArticles>["articles"];

export function PlaceStory({ pageId, pageLabel }: { pageId: number; pageLabel: string }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<TFound | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function search(event: React.FormEvent) {
    event.preventDefault();
    const result = await issuesApi.findArticles(query);
    if (result.kind !== "ok") return setMessage({ error: true, text: result.message });
    setFound(result.data.articles);
    setMessage(null);
  }

  async function place(article: TFound[number]) {
    const result = await issuesApi.placeArticle(pageId, { articleId: article.id, baseVersion: article.version });
    if (result.kind !== "ok") return setMessage({ error: true, text: result.message });
    setMessage({ error: false, text: placementNote(result.data, `《${article.headline}》已放到${pageLabel}`) });
    setFound(null);
    router.refresh();
  }

  return (
    <div>
      <form onSubmit={search} className="nr-filters" aria-label="查找稿件">
        <label>
          按主题查找稿件
          <input name="q" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <button type="submit">查找</button>
      </form>
      {found && found.length === 0 && <p>没有找到稿件。</p>}
      {found && found.length > 0 && (
        <ul aria-label="查找结果">
          {found.map((article) => (
            <li key={article.id}>
              {article.headline || "（无标题图片）"}（{article.placedOn ?? "网络稿件"}）{" "}
              <button type="button" onClick={() => place(article)} aria-label={`把《${article.headline}》放到${pageLabel}`}>
                放到本版
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p className={message.error ? "nr-error" : "nr-notice"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
