// /sections/<slug>[/<n>]: the stories of one section, newest first.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryListView } from "@/components/reader/story-list-view";
import { getStoryList } from "@/lib/reader/get-story-list";
import { ZListPage, ZSlug } from "@/lib/reader/params";
import { absoluteUrl } from "@/lib/reader/site-url";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { readerPaths } from "@/lib/reader/urls";

// Next keeps the rendered page until a publish drops its tags (lib/reader/tag-render.ts); the minute is only
// a safety net. Shared caches get their one-second lifetime from next.config.ts headers.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type TProps = { params: Promise<{ slug: string; page?: string[] }> };

async function load(props: TProps) {
  const params = await props.params;
  const key = ZSlug.safeParse(params.slug);
  const page = ZListPage.safeParse(params.page);
  if (!key.success || !page.success) {
    await tagReaderRender([]);
    notFound();
  }
  const { list, tags } = await getStoryList({ kind: "section", slug: key.data }, page.data);
  await tagReaderRender(tags);
  if (!list) notFound();
  return { list, href: (n: number) => readerPaths.section(key.data, n) };
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const { list, href } = await load(props);
  return { title: `${list.name}`, alternates: { canonical: absoluteUrl(href(list.page)) } };
}

export default async function StoryListPage(props: TProps) {
  const { list, href } = await load(props);
  return (
    <ReaderPage>
      <StoryListView title={`${list.name}`} list={list} pageHref={href} />
    </ReaderPage>
  );
}
