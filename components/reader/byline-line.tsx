// A byline as the paper prints it (本报记者 王菲 雷甫; 本报记者 耿新洲 摄), each name optionally a link.
// Grouping follows lib/content/format-byline.ts so the text is identical to formatBylines().
import type { ReactNode } from "react";
import type { TArticleContent } from "@/lib/content/article-content";

type TByline = TArticleContent["bylines"][number];

const ROLE_TITLE = { reporter: "记者", photographer: "记者", correspondent: "通讯员" } as const;

export function groupBylines(bylines: readonly TByline[]): Array<{ title: string; people: TByline[]; photo: boolean }> {
  const groups: Array<{ title: string; people: TByline[]; photo: boolean }> = [];
  for (const byline of bylines) {
    const title = `${byline.affiliation ?? ""}${ROLE_TITLE[byline.role]}`;
    const photo = byline.role === "photographer";
    const last = groups.at(-1);
    if (last && last.title === title && last.photo === photo) last.people.push(byline);
    else groups.push({ title, people: [byline], photo });
  }
  return groups;
}

export function BylineLine({ bylines, href }: { bylines: readonly TByline[]; href?: (contributorId: number) => string | null }) {
  if (bylines.length === 0) return null;
  const parts: ReactNode[] = [];
  groupBylines(bylines).forEach((group, groupIndex) => {
    if (groupIndex > 0) parts.push(" ");
    parts.push(`${group.title} `);
    group.people.forEach((person, index) => {
      if (index > 0) parts.push(" ");
      const link = href?.(person.contributorId) ?? null;
      parts.push(
        link ? (
          <a key={`${group.title}-${person.contributorId}`} href={link}>
            {person.name}
          </a>
        ) : (
          <span key={`${group.title}-${person.contributorId}`}>{person.name}</span>
        ),
      );
    });
    if (group.photo) parts.push(" 摄");
  });
  return <p className="byline">{parts}</p>;
}
