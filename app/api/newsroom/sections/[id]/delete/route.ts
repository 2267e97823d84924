// POST: delete a section that no story uses.
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const POST = sectionRoutes("section").remove;
