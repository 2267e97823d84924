// The end of a story: 上一篇/下一篇 on the same page in print order, and 返回本版.
import type { TStoryNeighbours } from "@/lib/reader/get-story-neighbours";

export function StoryNav({ neighbours }: { neighbours: TStoryNeighbours }) {
  return (
    <nav className="story-nav" aria-label="本版稿件">
      {neighbours.previous && (
        <p>
          上一篇：<a href={neighbours.previous.href}>{neighbours.previous.headline}</a>
        </p>
      )}
      {neighbours.next && (
        <p>
          下一篇：<a href={neighbours.next.href}>{neighbours.next.headline}</a>
        </p>
      )}
      <p>
        <a href={neighbours.page.href}>返回本版（{neighbours.page.label}）</a>
      </p>
    </nav>
  );
}
