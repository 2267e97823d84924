// /bylines/<id>[/<n>]: the stories one person wrote or photographed, newest first.
import { storyListRoute } from "@/components/reader/story-list-route";
import { ZContributorId } from "@/lib/reader/params";
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

export const generateMetadata = route.generateMetadata;
export default route.Page;
