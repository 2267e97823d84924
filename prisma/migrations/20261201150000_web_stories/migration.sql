-- The front page's block of web-only stories reads the newest live snapshots without an issue. With the
-- issue first and the reader date after it, that is one short backward index scan however large the
-- printed archive grows; the index still serves every lookup by issue, so it replaces the one on issueId.
DROP INDEX "ArticleSnapshot_issueId_idx";
CREATE INDEX "ArticleSnapshot_issueId_readerPublishedAt_id_idx" ON "ArticleSnapshot"("issueId", "readerPublishedAt", "id");
