// /columns: every column with stories readers can see (components/reader/list-index-route.tsx).
import { listIndexRoute } from "@/components/reader/list-index-route";

// Rendered per request (no build-time prerender without a database); the entries come from a data cache
// entry that every reader change drops, with the minute as a safety net.
export const dynamic = "force-dynamic";

const route = listIndexRoute("column");
export const generateMetadata = route.generateMetadata;
export default route.Page;
