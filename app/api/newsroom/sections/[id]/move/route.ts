// POST { direction }: move a section one place up or down.
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const POST = sectionRoutes("section").move;
