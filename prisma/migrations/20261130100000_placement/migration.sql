-- Placement has one truth: the working placement rows (renamed ArticlePlacement, the working side of
-- SnapshotPlacement) carry the "continued on page N" link themselves, derived from the body's jump nodes;
-- the separate Jump table is dropped. Article.status becomes the editorial stage only: whether a story is
-- published is Article.liveSnapshotId.

-- ArticlePart -> ArticlePlacement, with Prisma's names for every key and index.
ALTER TABLE "ArticlePart" RENAME TO "ArticlePlacement";
ALTER SEQUENCE "ArticlePart_id_seq" RENAME TO "ArticlePlacement_id_seq";
ALTER TABLE "ArticlePlacement" RENAME CONSTRAINT "ArticlePart_pkey" TO "ArticlePlacement_pkey";
ALTER TABLE "ArticlePlacement" RENAME CONSTRAINT "ArticlePart_articleId_fkey" TO "ArticlePlacement_articleId_fkey";
ALTER TABLE "ArticlePlacement" RENAME CONSTRAINT "ArticlePart_pageId_fkey" TO "ArticlePlacement_pageId_fkey";
ALTER INDEX "ArticlePart_articleId_sequence_key" RENAME TO "ArticlePlacement_articleId_sequence_key";
ALTER INDEX "ArticlePart_articleId_pageId_key" RENAME TO "ArticlePlacement_articleId_pageId_key";
ALTER INDEX "ArticlePart_pageId_position_idx" RENAME TO "ArticlePlacement_pageId_position_idx";

ALTER TABLE "ArticlePlacement" ADD COLUMN "jumpToPage" INTEGER;
ALTER TABLE "SnapshotPlacement" ADD COLUMN "jumpToPage" INTEGER;

-- The k-th jump node of a body ends part k-1: that part continues on the jump's page.
UPDATE "ArticlePlacement" AS placement
SET "jumpToPage" = jump.to_page
FROM (
  SELECT a."id" AS article_id,
         (row_number() OVER (PARTITION BY a."id" ORDER BY node.ordinality) - 1)::int AS sequence,
         (node.value -> 'attrs' ->> 'toPage')::int AS to_page
  FROM "Article" a
  CROSS JOIN LATERAL jsonb_array_elements(a."body" -> 'content') WITH ORDINALITY AS node(value, ordinality)
  WHERE node.value ->> 'type' = 'jump'
) AS jump
WHERE placement."articleId" = jump.article_id AND placement."sequence" = jump.sequence;

UPDATE "SnapshotPlacement" AS placement
SET "jumpToPage" = jump.to_page
FROM (
  SELECT s."id" AS snapshot_id,
         (row_number() OVER (PARTITION BY s."id" ORDER BY node.ordinality) - 1)::int AS sequence,
         (node.value -> 'attrs' ->> 'toPage')::int AS to_page
  FROM "ArticleSnapshot" s
  CROSS JOIN LATERAL jsonb_array_elements(s."content" -> 'body' -> 'content') WITH ORDINALITY AS node(value, ordinality)
  WHERE node.value ->> 'type' = 'jump'
) AS jump
WHERE placement."snapshotId" = jump.snapshot_id AND placement."sequence" = jump.sequence;

DROP TABLE "Jump";

-- Article.status (draft/published, a copy of liveSnapshotId) -> Article.stage (editorial stage).
DROP INDEX "Article_status_updatedAt_idx";
ALTER TABLE "Article" DROP COLUMN "status";
DROP TYPE "ArticleStatus";
CREATE TYPE "EditorialStage" AS ENUM ('draft');
ALTER TABLE "Article" ADD COLUMN "stage" "EditorialStage" NOT NULL DEFAULT 'draft';
CREATE INDEX "Article_stage_updatedAt_idx" ON "Article"("stage", "updatedAt");
