// POST { hidden }: hide a section from the editor's choices, or show it again.
import { sectionRoutes } from "@/app/api/newsroom/sections/section-routes";

export const POST = sectionRoutes("section").hidden;
