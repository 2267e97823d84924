// 电头: "本报讯 (记者王文安)", "本报太原12月19日电", "新华社北京12月19日电 (记者X)" at the start of a lead.
import type { TParsedByline } from "../types";
import { parseCreditText } from "./bylines";

export interface TDateline {
  /** As printed, without the bracketed byline: "本报讯", "新华社北京12月19日电". */
  dateline: string;
  /** Who filed it: 本报, 新华社, … (also the default affiliation of the bracketed names). */
  agency: string;
  bylines: TParsedByline[];
  byCommentator: boolean;
  /** The lead paragraph, starting after the dateline and its bracket. */
  lead: string;
}

const AGENCIES =
  "本报|新华社|中新社|中国新闻社|人民日报|光明日报|经济日报|工人日报|农民日报|科技日报|法治日报|中国日报|山西日报|央视网|央广网|\\p{Script=Han}{2,8}?(?:日报|晚报|新闻网)";
const NUM = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})";
// Old papers date by the day alone, in Chinese numerals: 新华社北京十四日电.
const DATE = `(?:${NUM}月)?${NUM}日`;

// 本报讯 / 新华社讯, and 本报拉萨讯 with the place between (but never 本报通讯员: see isPlace).
const XUN = new RegExp(`^(据)?(${AGENCIES})(\\p{Script=Han}{0,4}?)讯(?![员息号录])`, "u");
// 本报太原12月19日电 / 新华社北京12月19日电: the date anchors it. Without a date only a short
// place name (or none: 据新华社电) directly followed by a space, bracket or mark counts ("新华社北京电 (记者X)"), so prose
// like "本报记者来到电厂" is never read as a dateline.
const DIAN_DATED = new RegExp(`^(据)?(${AGENCIES})(\\p{Script=Han}{0,6}?)${DATE}电`, "u");
const DIAN_UNDATED = new RegExp(`^(据)?(${AGENCIES})(\\p{Script=Han}{0,4}?)电(?=[\\s(（:：,，])`, "u");
// A whole 电头 set in brackets, as old papers and wire copy print it: 【新华社北京十四日电】, 【本报讯】,
// （新华社北京5月3日电）. What follows the closing bracket is the lead.
const ENCLOSED = /^[【〔[(（]\s*([^【】〔〕[\]()（）]{2,40}?)\s*[】〕\])）]/u;
// Words that make "本报X讯" prose rather than a place: 本报通讯员, 本报快讯 (a column), 本报资讯.
const NOT_PLACE = /[通快简短资喜音电视记者]/u;

const BRACKET = /^\s*[(（]([^()（）]{1,60})[)）]\s*/u;
// Unbracketed "记者张三报道" or "记者 张三 李四 报道:" right after 本报讯.
const REPORTED = /^\s*((?:\S{0,12}?)(?:记者|通讯员)[^，,。]{1,30}?报道)[\s:：,，]*/u;

function normaliseAgency(agency: string): string {
  return agency === "中国新闻社" ? "中新社" : agency;
}

function matchCore(text: string): RegExpExecArray | null {
  const xun = XUN.exec(text);
  if (xun && !NOT_PLACE.test(xun[3] ?? "")) return xun;
  return DIAN_DATED.exec(text) ?? DIAN_UNDATED.exec(text);
}

/**
 * Finds the 电头 and where the text after it starts: plain (本报讯 …), or enclosed in brackets
 * (【新华社北京十四日电】…), where the whole bracket must be the 电头 and nothing else.
 */
function matchDateline(text: string): { m: RegExpExecArray; rest: string } | null {
  const enclosed = ENCLOSED.exec(text);
  const inner = enclosed?.[1];
  if (enclosed && inner !== undefined) {
    const m = matchCore(inner);
    if (m && m[0].length === inner.length) return { m, rest: text.slice(enclosed[0].length) };
  }
  const m = matchCore(text);
  return m ? { m, rest: text.slice(m[0].length) } : null;
}

/** Reads a dateline at the very start of a paragraph; null when the paragraph has none. */
export function parseDateline(paragraph: string): TDateline | null {
  const text = paragraph.trimStart();
  const found = matchDateline(text);
  const m = found?.m;
  const agencyRaw = m?.[2];
  if (!found || !m || agencyRaw === undefined) return null;
  const agency = normaliseAgency(agencyRaw);
  let rest = found.rest;
  let bylines: TParsedByline[] = [];
  let byCommentator = false;

  const context = { defaultAgency: agency, strictNames: false };
  const bracket = BRACKET.exec(rest);
  const bracketed = bracket?.[1] !== undefined ? parseCreditText(bracket[1], context) : null;
  if (bracket && bracketed) {
    bylines = bracketed.bylines;
    byCommentator = bracketed.byCommentator;
    rest = rest.slice(bracket[0].length);
  } else {
    const reported = REPORTED.exec(rest);
    const credits = reported?.[1] !== undefined ? parseCreditText(reported[1], context) : null;
    if (reported && credits) {
      bylines = credits.bylines;
      byCommentator = credits.byCommentator;
      rest = rest.slice(reported[0].length);
    }
  }

  return {
    dateline: m[0],
    agency,
    bylines,
    byCommentator,
    lead: rest.replace(/^[\s　:：,，]+/u, ""),
  };
}
