// 标题组: splits the stacked title lines above a story into 栏目, 引题, 主题 and 副题.
import { endsWithDash, excerpt, isBriefsBanner, startsWithDash } from "./text";
import type { TWarn } from "./units";

const BULLET = /^[■□●○◆◇▲△★☆▶►]\s*/u;

/** What follows the title lines: a byline line, a 电头 lead, plain body, or nothing. */
export type TTitleFollower = "byline" | "dateline" | "body" | "none";

export interface TTitleParts {
  column: string | null;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
}

/**
 * Whether the first of two undashed title lines is a column banner rather than the headline.
 * Series banners head features (通讯), which are signed on a byline line of their own; a news
 * story (消息) carries its byline in the 电头 and its second line is a 副题 ("常书铭主持 张韬作专题
 * 报告 刘星王建忠参加"). A banner is a single name, so a line with spaces between phrases is a
 * headline, never a banner.
 */
function firstOfTwoIsColumn(first: string, follower: TTitleFollower): boolean {
  return follower === "byline" && !/\s/u.test(first);
}

/**
 * Reads the title lines as printed, top to bottom. Dashes decide first: a line ending with "——"
 * is the 引题 and the next line the 主题; a line starting with "——" is the 副题 and the line above
 * it the 主题. Otherwise one line is the 主题; two lines are 栏目 + 主题 or 主题 + 副题 (see
 * firstOfTwoIsColumn); three are 引题, 主题, 副题 over a 电头 (a 消息) and 栏目, 主题, 副题 otherwise.
 * Everything above the 主题 that is not the 引题 is the 栏目, and so is a briefs banner (要闻简报)
 * on top. Parts are stored as printed, dashes included.
 */
export function parseTitleLines(printed: string[], follower: TTitleFollower, warn: TWarn): TTitleParts {
  // Item bullets (■ □ ● ▲) mark a headline in briefs columns; they are not part of it.
  const lines = printed.map((line) => line.replace(BULLET, ""));
  const n = lines.length;
  if (n === 0) return { column: null, kicker: null, headline: null, subheadline: null };
  const [top = ""] = lines;
  if (n > 1 && isBriefsBanner(top)) {
    // 要闻简报 / 本地快讯 over an item's headline: the banner is the 栏目 of every item under it.
    const rest = parseTitleLines(lines.slice(1), follower, warn);
    return { ...rest, column: [top, rest.column].filter(Boolean).join(" ") };
  }

  const dashedSub = lines.findIndex((l, i) => i > 0 && startsWithDash(l));
  const dashedKicker = lines.findIndex((l) => endsWithDash(l) && !startsWithDash(l));
  let h: number;
  if (dashedSub > 0) {
    h = dashedSub - 1;
  } else if (dashedKicker >= 0 && dashedKicker < n - 1) {
    h = dashedKicker + 1;
  } else if (n === 1) {
    h = 0;
  } else if (n === 2) {
    const [first = ""] = lines;
    h = firstOfTwoIsColumn(first, follower) ? 1 : 0;
    if (follower === "body" || follower === "none") {
      warn(
        `Two title lines without byline or 电头; read "${excerpt(first)}" as the headline.`,
        `两行标题下既无署名也无电头，已把“${excerpt(first)}”读作主题，请核对标题。`,
      );
    }
  } else if (n === 3 && follower === "dateline") {
    // A news story (消息) stacks 引题 / 主题 / 副题 above its 电头; banners head features.
    return { column: null, kicker: lines[0] ?? null, headline: lines[1] ?? null, subheadline: lines[2] ?? null };
  } else {
    h = 1;
    if (n > 3) warn(`${n} stacked title lines above "${excerpt(lines[1] ?? "")}"; check the headline.`, `正文上方有${n}行标题，请核对引题、主题和副题。`);
  }

  const above = lines.slice(0, h);
  const below = lines.slice(h + 1);
  let kicker: string | null = null;
  const nearest = above[above.length - 1];
  if (nearest !== undefined && (endsWithDash(nearest) || above.length > 1)) {
    // The line right above the headline is the 引题 when it ends with a dash, or when a banner
    // sits above it as well.
    kicker = nearest;
    above.pop();
  }
  if (below.length > 1) warn(`Several lines under headline "${excerpt(lines[h] ?? "")}"; joined as one 副题.`, "主题下有多行文字，已合并为一个副题，请核对。");
  return {
    column: above.length > 0 ? above.join(" ") : null,
    kicker,
    headline: lines[h] ?? null,
    subheadline: below.length > 0 ? below.join(" ") : null,
  };
}
