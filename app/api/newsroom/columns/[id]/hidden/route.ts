// POST { hidden }: hide a column from the editor's choices, or show it again.
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const POST = sectionRoutes("column").hidden;
