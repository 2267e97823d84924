// /bylines: every byline with stories readers can see (components/reader/list-index-route.tsx).
import { listIndexRoute } from "@/components/reader/list-index-route";

// Rendered per request (no build-time prerender without a database); the entries come from a data cache
// entry that every reader change drops, with the minute as a safety net.
export const dynamic = "force-dynamic";

const route = listIndexRoute("byline");
export const generateMetadata = route.generateMetadata;
export default route.Page;
