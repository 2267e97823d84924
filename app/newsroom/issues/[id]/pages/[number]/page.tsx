// One page on the desk: its stories in print order (reorder, move, take off), the jumps into and out of it,
// its problems, and a search to place another story on it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageImageDesk } from "@/components/newsroom/issues/page-image-desk";
import { PageStories } from "@/components/newsroom/issues/page-stories";
import { PlaceStory } from "@/components/newsroom/issues/place-story";
import { getIssueDesk } from "@/lib/articles/get-issue-desk";
import { articleIdParam } from "@/lib/http/article-param";
import { getPageImageDesk } from "@/lib/page-images/get-page-image-desk";
import { actorOf, requirePageUser } from "@/lib/session/current-user";

export const metadata: Metadata = { title: "版面" };

export default async function PageDeskPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const raw = await params;
  const issueId = articleIdParam(raw.id);
  const pageNumber = articleIdParam(raw.number);
  const user = await requirePageUser(["ADMIN"], `/newsroom/issues/${issueId}/pages/${pageNumber}`);
  const desk = await getIssueDesk(actorOf(user), issueId);
  const page = desk?.pages.find((candidate) => candidate.number === pageNumber);
  if (!desk || !page) notFound();
  const label = `第${page.number}版${page.name ? ` ${page.name}` : ""}`;
  const jumpsIn = page.stories.filter((story) => story.fromPage !== null);
  const jumpsOut = page.stories.filter((story) => story.jumpToPage !== null);
  return (
    <main className="nr-main">
      <p>
        <Link href={`/newsroom/issues/${desk.id}`}>← {desk.date} 这一期</Link>
      </p>
      <h1>
        {desk.date} {label}
      </h1>
      {page.problems.length > 0 && (
        <section className="nr-card" aria-labelledby="problems">
          <h2 id="problems" style={{ marginTop: 0, fontSize: "1rem" }}>
            需要处理的问题
          </h2>
          <ul className="nr-problems">
            {page.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="jumps" className="nr-card">
        <h2 id="jumps" style={{ marginTop: 0, fontSize: "1rem" }}>
          转版
        </h2>
        <p>
          转入本版：
          {jumpsIn.length === 0 ? "无" : jumpsIn.map((story) => `《${story.headline}》上接第${story.fromPage}版`).join("；")}
        </p>
        <p>
          从本版转出：
          {jumpsOut.length === 0 ? "无" : jumpsOut.map((story) => `《${story.headline}》下转第${story.jumpToPage}版`).join("；")}
        </p>
      </section>
      <section aria-labelledby="stories">
        <h2 id="stories" style={{ fontSize: "1rem" }}>
          本版稿件（见报顺序，可拖动或用“上移/下移”调整）
        </h2>
        <PageStories
          // Remounted when stories arrive, leave or change version; not by a reorder, so its announcement stays.
          key={page.stories
            .map((story) => `${story.articleId}:${story.sequence}:${story.version}`)
            .sort()
            .join(",")}
          pageId={page.id}
          stories={page.stories}
          otherPages={desk.pages.filter((other) => other.id !== page.id).map((other) => ({ id: other.id, label: `第${other.number}版 ${other.name ?? ""}` }))}
        />
      </section>
      <PageImageDesk pageId={page.id} desk={(await getPageImageDesk(actorOf(user), page.id)) ?? { image: null, regions: [] }} parts={page.stories} />
      <section className="nr-card" aria-labelledby="place">
        <h2 id="place" style={{ marginTop: 0, fontSize: "1rem" }}>
          放稿件到本版
        </h2>
        <PlaceStory pageId={page.id} pageLabel={label} />
      </section>
    </main>
  );
}
