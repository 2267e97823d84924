// PUT: rename a section (its old slug keeps redirecting).
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const PUT = sectionRoutes("section").rename;
