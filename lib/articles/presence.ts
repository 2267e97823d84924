// "Who else has this story open": each open editor sends a heartbeat; others seen recently are shown.
// No lock: an editor who closes the tab simply stops appearing. The answer also names the story's current
// version (and who saved it), so an open editor learns within one heartbeat that a newer version exists.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { authorizeActor } from "@/lib/auth/authorize-actor";
import { NEWSROOM_ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const PRESENCE_TTL_MS = 30_000;

export const ZPresenceInput = z.object({ articleId: z.number().int().positive() });

export async function touchPresence(actor: TActor, input: z.input<typeof ZPresenceInput>, now: Date = new Date()) {
  const { articleId } = ZPresenceInput.parse(input);
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "只有登录的编辑可以打开稿件");
  return getDb().$transaction(async (tx) => {
    await authorizeActor(tx, actor, NEWSROOM_ROLES);
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { version: true, origin: true, updatedBy: { select: { name: true, email: true } } },
    });
    if (!article) throw new AppError("NOT_FOUND", `稿件 #${articleId} 不存在`);
    await tx.articlePresence.upsert({
      where: { articleId_userId: { articleId, userId: actor.userId } },
      create: { articleId, userId: actor.userId, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
    await tx.articlePresence.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - 10 * PRESENCE_TTL_MS) } } });
    const others = await tx.articlePresence.findMany({
      where: { articleId, userId: { not: actor.userId }, lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
      include: { user: { select: { name: true, email: true } } },
      orderBy: { lastSeenAt: "desc" },
    });
    return {
      others: others.map((row) => ({ userId: row.userId, name: row.user.name ?? row.user.email, lastSeenAt: row.lastSeenAt.toISOString() })),
      version: article.version,
      updatedBy: article.updatedBy ? (article.updatedBy.name ?? article.updatedBy.email) : article.origin === "import" ? "导入" : null,
    };
  });
}
