// /sections/<slug>[/<n>]: the stories of one section, newest first.
import { permanentRedirect } from "next/navigation";
import { storyListRoute } from "@/components/reader/story-list-route";
import { ZSlug } from "@/lib/reader/params";
import { tagReaderRender } from "@/lib/reader/tag-render";
import { readerTags } from "@/lib/reader-change/cache-tags";
import { readerPaths } from "@/lib/reader-change/urls";
import { findSlugRedirect } from "@/lib/sections/find-slug-redirect";

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
    return key.success ? { kind: "section" as const, slug: key.data } : null;
  },
  href: (filter, page) => readerPaths.section(filter.slug, page),
  title: (name) => name,
});

type TProps = Parameters<typeof route.Page>[0];

/** An old slug (before a rename) redirects permanently to the current one. */
async function redirectOldSlug(props: TProps): Promise<void> {
  const params = await props.params;
  const slug = ZSlug.safeParse(params.slug);
  const current = slug.success ? await findSlugRedirect("section", slug.data) : null;
  if (current === null) return;
  await tagReaderRender([readerTags.section(current.id)]);
  const page = Number(params.page?.[0] ?? 1);
  permanentRedirect(readerPaths.section(current.slug, Number.isInteger(page) && page > 1 ? page : 1));
}

export async function generateMetadata(props: TProps) {
  await redirectOldSlug(props);
  return route.generateMetadata(props);
}
export default async function SectionListPage(props: TProps) {
  await redirectOldSlug(props);
  return route.Page(props);
}
