// What the importer was unsure of in one story, for the notice on its editor page.
import "server-only";
import { getDb } from "@/lib/db/client";

/** The stored doubts (zh-CN), empty for a story the newsroom wrote or one imported without doubts. */
export async function getImportWarnings(articleId: number): Promise<string[]> {
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { importWarnings: true } });
  return article?.importWarnings ?? [];
}
