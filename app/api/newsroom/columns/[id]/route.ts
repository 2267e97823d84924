// PUT: rename a column (its old slug keeps redirecting).
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const PUT = sectionRoutes("column").rename;
