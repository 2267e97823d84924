// Who performs a command: a signed-in user, or a system tool (import, seed, command line) recorded as such.
import { z } from "zod";
import { ZUserRole } from "./roles";

export const ZActor = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("user"), userId: z.string().min(1), role: ZUserRole }),
  z.object({ kind: z.literal("system"), source: z.enum(["import", "seed", "cli", "auth", "scheduler"]) }),
]);
export type TActor = z.infer<typeof ZActor>;

export const SYSTEM_IMPORT: TActor = { kind: "system", source: "import" };

/** The user id to record as author, or null for system actors. */
export function actorUserId(actor: TActor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

export function actorSource(actor: TActor): string | null {
  return actor.kind === "system" ? actor.source : null;
}
