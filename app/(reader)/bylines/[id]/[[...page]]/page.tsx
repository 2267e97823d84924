// /bylines/<id>[/<n>]: the stories one person wrote or photographed, newest first.
import { permanentRedirect } from "next/navigation";
import { storyListRoute } from "@/components/reader/story-list-route";
import { findContributorRedirect } from "@/lib/contributors/find-contributor-redirect";
import { ZContributorId } from "@/lib/reader/params";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";

// Next keeps the rendered page until a publish drops its tags (lib/reader/tag-render.ts); the minute is only
// a safety net. Shared caches get their one-second lifetime from next.config.ts headers.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const route = storyListRoute({
  filter: (params) => {
    const key = ZContributorId.safeParse(params.id);
    return key.success ? { kind: "byline" as const, contributorId: key.data } : null;
  },
  href: (filter, page) => readerPaths.byline(filter.contributorId, page),
  title: (name) => `${name}的稿件`,
});

type TProps = Parameters<typeof route.Page>[0];

/** A contributor merged into another: its URL (and its list pages) lives on as a permanent redirect. */
async function redirectMerged(props: TProps): Promise<void> {
  const params = await props.params;
  const id = ZContributorId.safeParse(params.id);
  const survivor = id.success ? await findContributorRedirect(id.data) : null;
  if (!id.success || survivor === null) return;
  await tagReaderRender([readerTags.byline(id.data)]);
  const page = Number(params.page?.[0] ?? 1);
  permanentRedirect(readerPaths.byline(survivor, Number.isInteger(page) && page > 1 ? page : 1));
}

export async function generateMetadata(props: TProps) {
  await redirectMerged(props);
  return route.generateMetadata(props);
}
export default async function BylinePage(props: TProps) {
  await redirectMerged(props);
  return route.Page(props);
}
