// POST: delete a column that no story uses.
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const POST = sectionRoutes("column").remove;
