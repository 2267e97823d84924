// /sections: every section with stories readers can see (components/reader/list-index-route.tsx).
import { listIndexRoute } from "@/components/reader/list-index-route";

// Next keeps the rendered page until a publish drops its tags (lib/reader/tag-render.ts); the minute is only
// a safety net. Shared caches get their one-second lifetime from next.config.ts headers.
export const revalidate = 60;

const route = listIndexRoute("section");
export const generateMetadata = route.generateMetadata;
export default route.Page;
