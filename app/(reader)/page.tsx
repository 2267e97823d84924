import { connection } from "next/server";
import { FrontPageStory } from "@/components/reader/front-page-story";
import { formatBylines } from "@/lib/content/format-byline";
import { getFrontPage } from "@/lib/reader/get-front-page";

function formatIssueDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

export default async function FrontPage() {
  await connection();
  const front = await getFrontPage();
  return (
    <>
      <header className="masthead">
        <h1>晋中日报</h1>
        {front && (
          <p>
            {formatIssueDate(front.issue.date)}
            {front.issue.number ? ` 第${front.issue.number}期` : ""} · 第{String(front.page.number).padStart(2, "0")}版
            {front.page.name ? ` ${front.page.name}` : ""}
          </p>
        )}
      </header>
      <main>
        {front && front.stories.length > 0 ? (
          front.stories.map((story) => (
            <FrontPageStory key={`${story.articleId}-${story.sequence}`} content={story.content} bylineText={formatBylines(story.content.bylines)} />
          ))
        ) : (
          <p className="empty">还没有已出版的报纸。</p>
        )}
      </main>
    </>
  );
}
