// Per-test data: users and the seeded front page, written through the real database.
import { randomUUID } from "node:crypto";
import { publishArticleInTransaction } from "@/lib/articles/publish-article";
import type { TActor } from "@/lib/auth/actor";
import { SYSTEM_IMPORT } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { getDb, type TTransaction } from "@/lib/db/client";
import { importPage } from "@/lib/import/import-page";
import { parsePageText } from "@/lib/import/parse-page-text";
import { readPageFile } from "@/lib/import/read-page-file";
import { SEED_FILE } from "./pages";

export async function createTestUser(options: { role?: "ADMIN" | "EDITOR"; disabled?: boolean; name?: string; password?: string } = {}) {
  const user = await getDb().user.create({
    data: {
      email: `${randomUUID().slice(0, 8)}@jzrb.test`,
      name: options.name ?? "测试编辑",
      role: options.role ?? "EDITOR",
      passwordHash: options.password ? await hashPassword(options.password) : null,
      disabledAt: options.disabled ? new Date() : null,
    },
  });
  const actor: TActor = { kind: "user", userId: user.id, role: user.role };
  return { user, actor };
}

export async function importSeedPage() {
  const parsed = parsePageText(await readPageFile(SEED_FILE));
  return importPage(parsed, { issueDate: "2025-12-20", pageNumber: 1, pageName: "要闻", publish: true, release: true }, SYSTEM_IMPORT);
}

/** Publishes whatever version the story's working draft is at now, as a tool that just wrote it would. */
export async function publishCurrentVersion(tx: TTransaction, articleId: number, actor: TActor = SYSTEM_IMPORT) {
  const { version } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
  return publishArticleInTransaction(tx, actor, { articleId, baseVersion: version });
}
