// Attaches reader cache tags to the page or route being rendered, so that `revalidateTag` drops it.
// Without Cache Components the only way to tag a whole cached (ISR) render is through a tagged
// `unstable_cache` call made during that render: its tags are collected into the page's cache entry.
// The cached value itself is a constant, never stored (render-tags-marker.mjs); the data is read fresh
// whenever the page is re-rendered.
import "server-only";
import { unstable_cache } from "next/cache";
import { READER_ALL_TAG } from "@/lib/reader-change/cache-tags";
import { RENDER_TAGS_MARKER } from "./render-tags-marker.mjs";

/** Next accepts at most 128 tags per cached call; a render may carry more (an issue with many stories). */
const TAGS_PER_CALL = 100;

export async function tagReaderRender(tags: Iterable<string>): Promise<void> {
  const all = [...new Set([READER_ALL_TAG, ...tags])].sort();
  for (let start = 0; start < all.length; start += TAGS_PER_CALL) {
    const chunk = all.slice(start, start + TAGS_PER_CALL);
    // The marker keeps the entry itself out of the route cache (route-cache-handler.mjs): only its tags matter.
    await unstable_cache(async () => true, [RENDER_TAGS_MARKER, ...chunk], { tags: [...chunk, RENDER_TAGS_MARKER] })();
  }
}
