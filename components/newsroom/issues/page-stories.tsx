"use client";
// A page's stories in print order: drag and drop, or 上移/下移 buttons (announced to screen readers), move to
// another page of the issue, take off the page. Every change is saved at once and the page reloaded.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import type { TApiResult } from "@/lib/newsroom-client/api";
import { placementNote, type TDeskStoryResponse, type ZPlacementResult } from "@/lib/newsroom-client/issue-schemas";
import { issuesApi } from "@/lib/newsroom-client/issues";
import { movedAnnouncement, moveItem } from "./print-order";

const STATUS_LABELS: Record<TDeskStoryResponse["status"], string> = { draft: "草稿", published: "已发布", changed: "已发布（有修改）" };

interface TProps {
  pageId: number;
  stories: TDeskStoryResponse[];
  otherPages: Array<{ id: number; label: string }>;
}

export function PageStories({ pageId, stories: initial, otherPages }: TProps) {
  const router = useRouter();
  const [stories, setStories] = useState(initial);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function saveOrder(next: TDeskStoryResponse[], moved: TDeskStoryResponse, to: number) {
    const previous = stories;
    setStories(next);
    const result = await issuesApi.reorderPage(
      pageId,
      next.map((story) => story.articleId),
    );
    if (result.kind !== "ok") {
      setStories(previous);
      setError(result.message);
      setAnnouncement(`排序没有保存：${result.message}`);
      return;
    }
    setError(null);
    setAnnouncement(movedAnnouncement(moved.headline, to, next.length));
    router.refresh();
  }

  const move = (from: number, to: number) => {
    const moved = stories[from];
    if (!moved || to < 0 || to >= stories.length || from === to) return;
    void saveOrder(moveItem(stories, from, to), moved, to);
  };

  async function act(result: Promise<TApiResult<z.infer<typeof ZPlacementResult>>>, done: string) {
    const answer = await result;
    if (answer.kind !== "ok") {
      setError(answer.message);
      return;
    }
    setError(null);
    setAnnouncement(placementNote(answer.data, done));
    router.refresh();
  }

  return (
    <div>
      <p aria-live="polite" role="status" className="nr-muted">
        {announcement}
      </p>
      {error && (
        <p className="nr-error" role="alert">
          {error}
        </p>
      )}
      {stories.length === 0 ? (
        <p>本版还没有稿件。</p>
      ) : (
        <ol className="nr-print-order" aria-label="本版稿件（按见报顺序）">
          {stories.map((story, index) => (
            <li
              key={`${story.articleId}-${story.sequence}`}
              draggable
              onDragStart={() => setDragging(index)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                if (dragging !== null) move(dragging, index);
                setDragging(null);
              }}
              onDragEnd={() => setDragging(null)}
              className="nr-card"
              data-article-id={story.articleId}
            >
              <strong>
                <a href={`/newsroom/articles/${story.articleId}`}>{story.headline || "（无标题图片）"}</a>
              </strong>{" "}
              <span className={`nr-status nr-status-${story.status}`}>{STATUS_LABELS[story.status]}</span>
              {story.fromPage !== null && <span> · 上接第{story.fromPage}版</span>}
              {story.jumpToPage !== null && <span> · 下转第{story.jumpToPage}版</span>}
              <div className="nr-filters">
                <button type="button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`上移《${story.headline}》`}>
                  上移
                </button>
                <button type="button" onClick={() => move(index, index + 1)} disabled={index === stories.length - 1} aria-label={`下移《${story.headline}》`}>
                  下移
                </button>
                {story.sequence === 0 && (
                  <>
                    <label>
                      移到
                      <select
                        aria-label={`把《${story.headline}》移到`}
                        defaultValue=""
                        onChange={(event) => {
                          const target = Number(event.target.value);
                          if (target)
                            void act(issuesApi.placeArticle(target, { articleId: story.articleId, baseVersion: story.version }), `《${story.headline}》已移走`);
                        }}
                      >
                        <option value="">选择版面…</option>
                        {otherPages.map((page) => (
                          <option key={page.id} value={page.id}>
                            {page.label}
                          </option>
                        ))}
                      </select>
                    </label>
                    <button
                      type="button"
                      className="nr-secondary"
                      onClick={() =>
                        act(issuesApi.takeOffPage({ articleId: story.articleId, baseVersion: story.version }), `《${story.headline}》已撤下，改为网络稿件`)
                      }
                    >
                      撤下本版
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
