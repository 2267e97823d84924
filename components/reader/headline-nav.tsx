// 标题导航: every headline of the issue by page. An issue lists ≈60 stories; as ≈250 React elements this list
// was most of what the issue view cost to render, serialise (RSC payload) and store. It is written here
// as one HTML string instead, the same markup React writes for the same tree (tests/unit/components/reader/
// headline-nav.test.tsx compares them), every text and attribute escaped as React escapes them. Nothing but
// this function's output reaches this component's dangerouslySetInnerHTML (the reader's only other raw
// output is the JSON-LD script, lib/reader/serialize-json-ld.ts).
import type { THeadlineEntry } from "@/lib/reader/get-issue-view";
import type { TIssuePage } from "@/lib/reader/issue-pages";
import { pageLabel, readerPaths } from "@/lib/reader-change/urls";

const SPECIAL = /["&'<>]/g;
const ENTITY: Readonly<Record<string, string>> = { '"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;" };

/** React's escaping of text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (char) => ENTITY[char] ?? char);
}

/** React separates adjacent texts with an empty comment. */
const TEXT_SEPARATOR = "<!-- -->";

function entryHtml(entry: THeadlineEntry): string {
  return `<li><a href="${escapeHtml(entry.href)}">${escapeHtml(entry.headline)}</a>${entry.sequence > 0 ? '<span class="continued">（续）</span>' : ""}${
    entry.hasText ? "" : '<span class="continued">续文尚未录入</span>'
  }</li>`;
}

export function headlineNavHtml(date: string, pages: ReadonlyArray<TIssuePage & { headlines: THeadlineEntry[] }>): string {
  let html = '<h2 id="headline-nav-title">标题导航</h2>';
  for (const page of pages) {
    // Every value goes through escapeHtml, numbers included: nothing reaches the markup unescaped.
    const id = escapeHtml(`page-${page.number}`);
    const name = page.name ? `${TEXT_SEPARATOR}${escapeHtml(` ${page.name}`)}` : "";
    html += `<section aria-labelledby="${id}"><h3 id="${id}"><a href="${escapeHtml(readerPaths.page(date, page.number))}">${escapeHtml(pageLabel(page.number))}${name}</a></h3>`;
    html += page.headlines.length > 0 ? `<ul>${page.headlines.map(entryHtml).join("")}</ul>` : '<p class="notice">本版内容尚未录入。</p>';
    html += "</section>";
  }
  return html;
}

export function HeadlineNav({ date, pages }: { date: string; pages: ReadonlyArray<TIssuePage & { headlines: THeadlineEntry[] }> }) {
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: headlineNavHtml escapes every text and attribute as React does
    <section className="headline-nav" aria-labelledby="headline-nav-title" dangerouslySetInnerHTML={{ __html: headlineNavHtml(date, pages) }} />
  );
}
