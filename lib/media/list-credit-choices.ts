// Whom a photo can be credited to in the figure dialog: active byline people, photographers first.
import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";

export interface TCreditChoice {
  id: number;
  name: string;
  affiliation: string | null;
  defaultRole: "reporter" | "photographer" | "correspondent";
}

export async function listCreditChoices(actor: TActor): Promise<TCreditChoice[]> {
  const db = getDb();
  await authorizeActor(db, actor, NEWSROOM_ROLES);
  const rows = await db.contributor.findMany({
    where: { deactivatedAt: null, mergedIntoId: null },
    select: { id: true, name: true, affiliation: true, defaultRole: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 5000,
  });
  return [...rows.filter((row) => row.defaultRole === "photographer"), ...rows.filter((row) => row.defaultRole !== "photographer")];
}
