-- Search walks live snapshots newest first ("searchDate" DESC, "id" DESC): for a common term, the newest
-- matches are found by reading that order until a page is full. The plain date index left PostgreSQL to
-- sort every date's stories by id (an incremental sort of whole rows) and to skip superseded versions one
-- by one; this index has the exact order and holds live snapshots only.
DROP INDEX "ArticleSnapshot_searchDate_idx";
CREATE INDEX "ArticleSnapshot_searchDate_id_idx" ON "ArticleSnapshot"("searchDate" DESC, "id" DESC) WHERE "live";
