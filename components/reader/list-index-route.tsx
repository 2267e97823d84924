// The shared body of /columns, /sections and /bylines: every 栏目, section or person with stories readers
// can see, and how many. Each route file keeps its own segment config (Next reads those exports statically).
// These URLs have no params, so Next would prerender them at build time, without a database; they render
// per request instead, from a data cache entry dropped by the tags of every reader change ("latest").
import type { Metadata } from "next";
import { unstable_cache } from "next/cache";
import { getListIndex, type TListIndexKind } from "@/lib/reader/get-list-index";
import { absoluteUrl } from "@/lib/reader/site-url";
import { READER_ALL_TAG, readerTags } from "@/lib/reader-change/cache-tags";
import { ReaderPage } from "./reader-page";

const TITLES: Record<TListIndexKind, { title: string; path: string; empty: string }> = {
  column: { title: "栏目", path: "/columns", empty: "还没有栏目刊出稿件。" },
  section: { title: "栏目分类", path: "/sections", empty: "还没有分类刊出稿件。" },
  byline: { title: "作者", path: "/bylines", empty: "还没有署名稿件刊出。" },
};

export function listIndexRoute(kind: TListIndexKind) {
  const text = TITLES[kind];
  // Every reader change carries "latest" (lib/reader-change/cache-tags.ts), so it covers each entry too.
  const cachedEntries = unstable_cache(async () => (await getListIndex(kind)).entries, ["reader-list-index", kind], {
    tags: [READER_ALL_TAG, readerTags.latest()],
    revalidate: 60,
  });
  return {
    generateMetadata(): Metadata {
      return { title: text.title, alternates: { canonical: absoluteUrl(text.path) } };
    },
    async Page() {
      const entries = await cachedEntries();
      return (
        <ReaderPage>
          <h1 className="page-title">{text.title}</h1>
          {entries.length > 0 ? (
            <ul className="list-index">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <a href={entry.href}>{entry.name}</a> <span className="list-count">{entry.count} 篇</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{text.empty}</p>
          )}
        </ReaderPage>
      );
    },
  };
}
