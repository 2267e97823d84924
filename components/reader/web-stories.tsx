// 网络稿件: stories published online only (in no printed issue), newest first, each with its date.

import { todayInNewsroom } from "@/lib/issues/issue-date";
import type { TStorySummary } from "@/lib/reader/story-summary";
import { formatChineseDate } from "@/lib/reader-change/urls";

export function WebStories({ stories }: { stories: TStorySummary[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="web-stories-title" className="web-stories">
      <h2 id="web-stories-title" className="section-title">
        网络稿件
      </h2>
      <ul className="story-list">
        {stories.map((story) => (
          <li key={story.articleId}>
            <h3>
              <a href={story.href}>{story.content.headline.trim() || "图片新闻"}</a>
            </h3>
            <p className="list-meta">
              <time dateTime={story.datePublished.toISOString()}>{formatChineseDate(todayInNewsroom(story.datePublished))}</time> 网络版
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
