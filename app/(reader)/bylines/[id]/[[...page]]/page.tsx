// /bylines/<id>[/<n>]: the stories one person wrote or photographed, newest first.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReaderPage } from "@/components/reader/reader-page";
import { StoryListView } from "@/components/reader/story-list-view";
import { getStoryList } from "@/lib/reader/get-story-list";
import { ZContributorId, ZListPage } from "@/lib/reader/params";
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

type TProps = { params: Promise<{ id: string; page?: string[] }> };

async function load(props: TProps) {
  const params = await props.params;
  const key = ZContributorId.safeParse(params.id);
  const page = ZListPage.safeParse(params.page);
  if (!key.success || !page.success) {
    await tagReaderRender([]);
    notFound();
  }
  const { list, tags } = await getStoryList({ kind: "byline", contributorId: key.data }, page.data);
  await tagReaderRender(tags);
  if (!list) notFound();
  return { list, href: (n: number) => readerPaths.byline(key.data, n) };
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const { list, href } = await load(props);
  return { title: `${list.name}的稿件`, alternates: { canonical: absoluteUrl(href(list.page)) } };
}

export default async function StoryListPage(props: TProps) {
  const { list, href } = await load(props);
  return (
    <ReaderPage>
      <StoryListView title={`${list.name}的稿件`} list={list} pageHref={href} />
    </ReaderPage>
  );
}
