// POST: add a section.
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const POST = sectionRoutes("section").create;
