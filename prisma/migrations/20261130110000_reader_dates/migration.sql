-- A printed story is dated, for readers, by its issue's release, not by when it was imported or
-- published; a story read online before its issue keeps its first online publication. The dates readers
-- see (JSON-LD, feeds, sitemaps, the story page) are kept on each snapshot, and the feed orders by them.

ALTER TABLE "Article" ADD COLUMN "webFirstPublishedAt" TIMESTAMPTZ(3);
ALTER TABLE "ArticleSnapshot" ADD COLUMN "revisesEarlier" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ArticleSnapshot" ADD COLUMN "readerPublishedAt" TIMESTAMPTZ(3);
ALTER TABLE "ArticleSnapshot" ADD COLUMN "readerModifiedAt" TIMESTAMPTZ(3);

UPDATE "Article" AS a
SET "webFirstPublishedAt" = web.first_at
FROM (SELECT "articleId", min("publishedAt") AS first_at FROM "ArticleSnapshot" WHERE "issueId" IS NULL GROUP BY "articleId") AS web
WHERE web."articleId" = a."id";

UPDATE "ArticleSnapshot" AS s
SET "revisesEarlier" = EXISTS (SELECT 1 FROM "ArticleSnapshot" AS e WHERE e."articleId" = s."articleId" AND e."id" < s."id");

-- The same rule as lib/reader-change/reader-dates.ts.
UPDATE "ArticleSnapshot" AS s
SET "readerPublishedAt" = dated.published_at,
    "readerModifiedAt" = CASE WHEN s."revisesEarlier" THEN GREATEST(dated.published_at, s."publishedAt") ELSE dated.published_at END
FROM (
  SELECT s2."id",
         CASE
           WHEN s2."issueId" IS NULL THEN COALESCE(a."firstPublishedAt", s2."publishedAt")
           WHEN i."releasedAt" IS NULL THEN NULL
           WHEN a."webFirstPublishedAt" < i."releasedAt" THEN a."webFirstPublishedAt"
           ELSE GREATEST(i."releasedAt", a."firstPublishedAt")
         END AS published_at
  FROM "ArticleSnapshot" AS s2
  JOIN "Article" AS a ON a."id" = s2."articleId"
  LEFT JOIN "Issue" AS i ON i."id" = s2."issueId"
) AS dated
WHERE dated."id" = s."id";

CREATE INDEX "ArticleSnapshot_readerPublishedAt_idx" ON "ArticleSnapshot"("readerPublishedAt");
