// The shared body of the paginated reader lists (/columns, /sections, /bylines): parse the route params,
// read the published stories through the visibility rule, tag the render, and show them newest first.
// Each route file keeps its own segment config (Next reads those exports statically).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getStoryList, type TStoryListFilter } from "@/lib/reader/get-story-list";
import { ZListPage } from "@/lib/reader/params";
import { absoluteUrl } from "@/lib/reader/site-url";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { ReaderPage } from "./reader-page";
import { StoryListView } from "./story-list-view";

type TListParams = Record<string, string | string[] | undefined> & { page?: string[] };

export interface TStoryListRoute<F extends TStoryListFilter> {
  /** The list this URL names, or null for a malformed key (404). */
  filter: (params: TListParams) => F | null;
  href: (filter: F, page: number) => string;
  title: (name: string) => string;
}

export function storyListRoute<F extends TStoryListFilter>(route: TStoryListRoute<F>) {
  async function load(props: { params: Promise<TListParams> }) {
    const params = await props.params;
    const filter = route.filter(params);
    const page = ZListPage.safeParse(params.page);
    // A 404 is rendered for each request, never stored (lib/reader/route-cache-handler.mjs), so not tagged:
    // a tag set per made-up id would fill Next's data cache instead.
    if (!filter || !page.success) notFound();
    const { list, tags } = await getStoryList(filter, page.data);
    if (!list) notFound();
    await tagReaderRender(tags);
    return { list, href: (n: number) => route.href(filter, n) };
  }

  return {
    async generateMetadata(props: { params: Promise<TListParams> }): Promise<Metadata> {
      const { list, href } = await load(props);
      return { title: route.title(list.name), alternates: { canonical: absoluteUrl(href(list.page)) } };
    },
    async Page(props: { params: Promise<TListParams> }) {
      const { list, href } = await load(props);
      return (
        <ReaderPage>
          <StoryListView title={route.title(list.name)} list={list} pageHref={href} />
        </ReaderPage>
      );
    },
  };
}
