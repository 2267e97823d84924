// 署名: reads who wrote or photographed a story from byline lines, dateline brackets and photo credits.
import type { TBylineRole, TParsedByline } from "../types";
import { hasKnownSurname } from "./surnames";
import { charLength } from "./text";

/** Our own paper, as print names it in 本报记者 and 本报讯. */
export const OWN_PAPER = "本报";

// Agencies named by role words. The generic tail catches county media centres and other papers
// ("太谷区融媒体中心记者") without listing them one by one.
const KNOWN_AGENCIES = "本报|新华社|中新社|人民日报|光明日报|经济日报|工人日报|农民日报|科技日报|法治日报|中国日报|中国青年报|山西日报|央视|央广";
const GENERIC_AGENCY = "\\p{Script=Han}{2,10}?(?:日报|晚报|报社|电视台|融媒体中心|新闻中心|新闻网)";
const AGENCY = `(?:${KNOWN_AGENCIES}|${GENERIC_AGENCY})`;
const MODIFIER = "(?:全媒体|融媒体|首席|特约|见习|实习|摄影|驻站)";
// Role words, in the order they are tried at one position: slashed forms first (文/图 before 文/).
const ROLE_SOURCE = [
  "(文\\s*[/／]\\s*图|文图\\s*[/／]|图\\s*[/／]|文\\s*[/／])",
  `(${AGENCY})?(${MODIFIER}?)(记者|通讯员|评论员)`,
  "(实习生)",
  "(摄影)(?=\\s)",
].join("|");

const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}[·•・]\p{Script=Han}{1,8})$/u;
const LEADING_MARKS = /^[□■◇◆●○◎★☆▲△▼▽※\s]+/u;
const NAME_SEPARATORS = /[\s、，,]+/u;
const PHOTO_TAIL = /\s*(?:摄影报道|摄影|摄)$/u;
const REPORT_TAIL = /\s*报道$/u;

const DISTRIBUTED = new RegExp(`^(${KNOWN_AGENCIES}|${GENERIC_AGENCY})发[\\s、，,]*`, "u");

/** The longest line we accept as a byline: more than this is body text that happens to start with 记者. */
export const BYLINE_MAX_CHARS = 40;

export interface TCreditContext {
  /** Agency implied by the surroundings, e.g. 本报 inside "本报讯 (记者王文安)". */
  defaultAgency: string | null;
  /**
   * Require each plain Han name to start with a known surname. On a line of its own this keeps
   * banners such as "记者走基层" from being read as 记者 + a name; inside a 电头 bracket the
   * context is unambiguous and any 2–4 characters are taken.
   */
  strictNames: boolean;
}

export interface TCredits {
  bylines: TParsedByline[];
  /** Signed by a 评论员: marks the story as commentary. */
  byCommentator: boolean;
  /** Every name was credited with 摄 / 图 / 摄影. */
  photoOnly: boolean;
}

interface TRoleToken {
  roles: TBylineRole[];
  agency: string | null;
  staff: boolean;
  commentator: boolean;
  printed: string;
}

function roleToken(m: RegExpExecArray): TRoleToken {
  const [printed, slashed, agency, modifier, core, intern, photo] = m;
  if (slashed !== undefined) {
    const roles: TBylineRole[] = slashed.startsWith("图") ? ["photographer"] : slashed.includes("图") ? ["reporter", "photographer"] : ["reporter"];
    return { roles, agency: null, staff: false, commentator: false, printed };
  }
  if (intern !== undefined) {
    return { roles: ["correspondent"], agency: null, staff: false, commentator: false, printed };
  }
  if (photo !== undefined) {
    return { roles: ["photographer"], agency: null, staff: false, commentator: false, printed };
  }
  const role: TBylineRole = core === "通讯员" ? "correspondent" : modifier === "摄影" ? "photographer" : "reporter";
  return {
    roles: [role],
    agency: agency ?? null,
    // A bare 记者/评论员 is on the staff of whoever prints the line; a 通讯员 is not.
    staff: core !== "通讯员",
    commentator: core === "评论员",
    printed,
  };
}

function splitNames(segment: string, strict: boolean): string[] | null {
  const names = segment.split(NAME_SEPARATORS).filter((n) => n !== "");
  const ok = (n: string) => NAME.test(n) && (!strict || /[·•・]/u.test(n) || hasKnownSurname(n));
  return names.every(ok) ? names : null;
}

/**
 * Parses a credit such as "记者王文安 通讯员李四", "本报记者 耿新洲 摄", "新华社记者 张三、李四" or
 * "本报评论员". Returns null when anything in it is not a role word or a 2–4 character name, so
 * ordinary prose is never taken for a byline.
 *
 * Affiliation: the agency printed in the role word (本报记者 → 本报, 新华社记者 → 新华社); else the
 * context's agency (the dateline's) or the first agency named on the same line; a bare 记者 or
 * 评论员 with none of these is our own staff (本报), because a city daily prints a bare 记者 only
 * for its own reporters; a bare 通讯员 or a bare name stays null.
 */
export function parseCreditText(text: string, outer: TCreditContext): TCredits | null {
  let body = text.replace(LEADING_MARKS, "").trim();
  let context = outer;
  // "新华社发 王五摄": a photo an agency distributed; the agency is the photographer's affiliation.
  const distributed = DISTRIBUTED.exec(body);
  if (distributed?.[1] !== undefined) {
    context = { ...outer, defaultAgency: distributed[1] };
    body = body.slice(distributed[0].length);
  }
  let photo = false;
  if (PHOTO_TAIL.test(body)) {
    photo = true;
    body = body.replace(PHOTO_TAIL, "");
  } else {
    body = body.replace(REPORT_TAIL, "");
  }
  if (body === "") return null;

  const role = new RegExp(ROLE_SOURCE, "gu");
  const segments: { token: TRoleToken | null; names: string }[] = [];
  let cursor = 0;
  let pending: TRoleToken | null = null;
  for (let m = role.exec(body); m !== null; m = role.exec(body)) {
    segments.push({ token: pending, names: body.slice(cursor, m.index) });
    pending = roleToken(m);
    cursor = m.index + m[0].length;
  }
  segments.push({ token: pending, names: body.slice(cursor) });

  const lineAgency = segments.find((s) => s.token?.agency)?.token?.agency ?? null;
  const bylines: TParsedByline[] = [];
  let byCommentator = false;
  for (const { token, names: segment } of segments) {
    const names = splitNames(segment, context.strictNames);
    if (names === null) return null;
    if (token === null) {
      if (names.length === 0) continue;
      // Unlabelled names are only a credit when 摄 follows them ("张三 李四 摄").
      if (!photo) return null;
    }
    if (token?.commentator) byCommentator = true;
    const agency = token?.agency ?? context.defaultAgency ?? lineAgency ?? (token?.staff ? OWN_PAPER : null);
    if (names.length === 0) {
      // "本报评论员" signs without a personal name: the signature itself is the contributor.
      if (token?.commentator) {
        bylines.push({ name: token.printed, role: "reporter", affiliation: agency ?? OWN_PAPER });
        continue;
      }
      return null;
    }
    const roles: TBylineRole[] = photo ? ["photographer"] : (token?.roles ?? ["reporter"]);
    for (const name of names) {
      for (const r of roles) bylines.push({ name, role: r, affiliation: agency });
    }
  }
  if (bylines.length === 0) return null;
  return { bylines, byCommentator, photoOnly: bylines.every((b) => b.role === "photographer") };
}

export interface TCreditLine extends TCredits {
  /** "credit" when the line only credits photographs (本报记者 耿新洲 摄), else "byline". */
  kind: "byline" | "credit";
}

/**
 * A block that is only a byline or photo credit: "本报记者 雷甫", "□记者 雷甫 通讯员 张三",
 * "新华社记者 X Y", "本报记者 耿新洲 摄", "张三 摄". Needs a role word or a closing 摄.
 */
export function parseCreditLine(line: string): TCreditLine | null {
  const text = line.trim();
  if (charLength(text) > BYLINE_MAX_CHARS) return null;
  if (/[。；;：:!！?？“”"]/u.test(text)) return null;
  const credits = parseCreditText(text, { defaultAgency: null, strictNames: true });
  if (credits === null) return null;
  return { ...credits, kind: credits.photoOnly ? "credit" : "byline" };
}

const INLINE_CREDIT = /\s*[(（]([^()（）]{1,40}?)[)）]\s*$/u;
// Unbracketed credits: after the caption's last sentence ("…壶瓶枣。本报记者 张明远摄") or after
// spaces ("…在田间作业  李红梅摄"). The credit must end in 摄 and hold only role words and names.
const AFTER_SENTENCE_CREDIT = /[。！？!?”]\s*([^。！？!?”\s][^。！？!?”，,]{1,24}?摄(?:影)?)\s*$/u;
const AFTER_SPACES_CREDIT = /\S(\s+|\u3000+)([^。！？!?”，,]{2,24}?摄(?:影)?)\s*$/u;

/**
 * Cuts a photo credit off the end of a caption: bracketed "…休闲漫步。(张三摄)", or unbracketed after
 * the last sentence or a run of spaces. Unbracketed names must start with a known surname.
 */
export function extractInlineCredit(paragraph: string): { text: string; bylines: TParsedByline[] } | null {
  const m = INLINE_CREDIT.exec(paragraph);
  const inner = m?.[1];
  if (m !== null && inner !== undefined && PHOTO_TAIL.test(inner.trim())) {
    const credits = parseCreditText(inner, { defaultAgency: null, strictNames: false });
    if (credits !== null) return { text: paragraph.slice(0, m.index).trim(), bylines: credits.bylines };
  }
  const sentence = AFTER_SENTENCE_CREDIT.exec(paragraph);
  const spaced = sentence ? null : AFTER_SPACES_CREDIT.exec(paragraph);
  const credit = sentence?.[1] ?? spaced?.[2];
  if (credit === undefined) return null;
  const credits = parseCreditText(credit, { defaultAgency: null, strictNames: true });
  if (credits === null || !credits.photoOnly) return null;
  return { text: paragraph.slice(0, paragraph.length - credit.length).trimEnd(), bylines: credits.bylines };
}

/** Drops repeated name+role pairs (a name printed in both the dateline and a byline line). */
export function dedupeBylines(bylines: TParsedByline[]): TParsedByline[] {
  const seen = new Set<string>();
  return bylines.filter((b) => {
    const key = `${b.name}\u0000${b.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
