-- LiveByline: one row per person named on a live snapshot, in the order a person's reader list shows them.
-- A person's stories lie all over "ArticleSnapshot" (≈1,400 heap pages for a busy reporter after ten
-- years), so /bylines/ID read them all to count and page them (≈10–17 ms a render, npm run bench:read).
-- Here they sit together in one index in list order, with "issueId" for the release half of the rule
-- (lib/reader/visibility.ts), so counting and paging a person read that index alone, like the section and
-- 栏目 lists read their partial indexes (migration 20261201170000_live_snapshot).
--
-- No writer touches it: the triggers below rewrite a snapshot's rows whenever its "live" flag, its bylines
-- ("contributorIds": publish, republish, unpublish, restore, import --replace, a contributor merge, a
-- direct UPDATE) or the columns copied here ("readerPublishedAt", "issueId": an issue's release) change,
-- and drop them when it is deleted. No foreign keys, like "ContributorLiveDelta": a merge moves the rows
-- to the survivor through these same triggers, and a key check per row would slow every publish.
CREATE TABLE "LiveByline" (
    "contributorId" INTEGER NOT NULL,
    "snapshotId" INTEGER NOT NULL,
    "readerPublishedAt" TIMESTAMPTZ(3),
    "issueId" INTEGER
);

CREATE FUNCTION live_byline_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."live" THEN
    DELETE FROM "LiveByline" WHERE "snapshotId" = OLD."id";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."live" THEN
    INSERT INTO "LiveByline" ("contributorId", "snapshotId", "readerPublishedAt", "issueId")
    SELECT DISTINCT c, NEW."id", NEW."readerPublishedAt", NEW."issueId" FROM unnest(NEW."contributorIds") AS c WHERE c IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

-- After the row is written, so "live" is what the live guard decided. No column list on the update
-- trigger: it compares the values themselves, whichever statement or trigger changed them.
CREATE TRIGGER "ArticleSnapshot_live_byline_insert" AFTER INSERT ON "ArticleSnapshot"
  FOR EACH ROW WHEN (NEW."live") EXECUTE FUNCTION live_byline_sync();
CREATE TRIGGER "ArticleSnapshot_live_byline_update" AFTER UPDATE ON "ArticleSnapshot"
  FOR EACH ROW WHEN (OLD."live" IS DISTINCT FROM NEW."live" OR (NEW."live" AND (
    OLD."id" IS DISTINCT FROM NEW."id"
    OR OLD."contributorIds" IS DISTINCT FROM NEW."contributorIds"
    OR OLD."readerPublishedAt" IS DISTINCT FROM NEW."readerPublishedAt"
    OR OLD."issueId" IS DISTINCT FROM NEW."issueId")))
  EXECUTE FUNCTION live_byline_sync();
CREATE TRIGGER "ArticleSnapshot_live_byline_delete" AFTER DELETE ON "ArticleSnapshot"
  FOR EACH ROW WHEN (OLD."live") EXECUTE FUNCTION live_byline_sync();

-- Backfill after the triggers exist (creating them locked out writers), in list order so even a scan that
-- must visit the table before the next VACUUM finds a person's rows on a few adjacent pages; the indexes
-- are built once, afterwards.
INSERT INTO "LiveByline" ("contributorId", "snapshotId", "readerPublishedAt", "issueId")
SELECT DISTINCT c, s."id", s."readerPublishedAt", s."issueId"
FROM "ArticleSnapshot" s CROSS JOIN LATERAL unnest(s."contributorIds") AS c
WHERE s."live" AND c IS NOT NULL
ORDER BY c, s."readerPublishedAt" DESC NULLS LAST, s."id" DESC;

ALTER TABLE "LiveByline" ADD CONSTRAINT "LiveByline_pkey" PRIMARY KEY ("snapshotId", "contributorId");
CREATE INDEX "LiveByline_contributorId_readerPublishedAt_snapshotId_issueId_idx"
  ON "LiveByline"("contributorId", "readerPublishedAt" DESC NULLS LAST, "snapshotId" DESC, "issueId");
