// /columns/<slug>[/<n>]: the stories of one 栏目, newest first.
import { storyListRoute } from "@/components/reader/story-list-route";
import { ZSlug } from "@/lib/reader/params";
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
    const key = ZSlug.safeParse(params.slug);
    return key.success ? { kind: "column" as const, slug: key.data } : null;
  },
  href: (filter, page) => readerPaths.column(filter.slug, page),
  title: (name) => `栏目：${name}`,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
