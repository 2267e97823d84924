// The route handlers of /api/newsroom/sections and /api/newsroom/columns, written once for both kinds.
import { NextResponse } from "next/server";
import { newsroomRoute, ZArticleParams, ZNoParams } from "@/lib/http/newsroom-route";
import { createSection, ZCreateSectionInput } from "@/lib/sections/create-section";
import { deleteSection } from "@/lib/sections/delete-section";
import { renameSection, ZRenameSectionInput } from "@/lib/sections/rename-section";
import { moveSection, ZMoveSectionInput } from "@/lib/sections/reorder-sections";
import type { TSectionKind } from "@/lib/sections/section-store";
import { setSectionHidden, ZSetSectionHiddenInput } from "@/lib/sections/set-section-hidden";

const noStore = { headers: { "Cache-Control": "no-store" } };

export function sectionRoutes(kind: TSectionKind) {
  return {
    create: newsroomRoute({ params: ZNoParams, body: ZCreateSectionInput.omit({ kind: true }) }, async ({ actor, body }) =>
      NextResponse.json(await createSection(actor, { ...body, kind }), { status: 201, ...noStore }),
    ),
    rename: newsroomRoute({ params: ZArticleParams, body: ZRenameSectionInput.omit({ kind: true, id: true }) }, async ({ actor, params, body }) =>
      NextResponse.json(await renameSection(actor, { ...body, kind, id: params.id }), noStore),
    ),
    move: newsroomRoute({ params: ZArticleParams, body: ZMoveSectionInput.omit({ kind: true, id: true }) }, async ({ actor, params, body }) =>
      NextResponse.json(await moveSection(actor, { ...body, kind, id: params.id }), noStore),
    ),
    hidden: newsroomRoute({ params: ZArticleParams, body: ZSetSectionHiddenInput.omit({ kind: true, id: true }) }, async ({ actor, params, body }) =>
      NextResponse.json(await setSectionHidden(actor, { ...body, kind, id: params.id }), noStore),
    ),
    remove: newsroomRoute({ params: ZArticleParams }, async ({ actor, params }) =>
      NextResponse.json(await deleteSection(actor, { kind, id: params.id }), noStore),
    ),
  };
}
