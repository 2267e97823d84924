// POST { direction }: move a column one place up or down.
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const POST = sectionRoutes("column").move;
