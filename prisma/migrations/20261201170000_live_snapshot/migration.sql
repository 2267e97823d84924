-- ArticleSnapshot.live: whether the snapshot is its story's live one (some Article's "liveSnapshotId").
-- The visibility rule read that through one probe of "Article_liveSnapshotId_key" per candidate story, so a
-- ten-year section list (≈25,000 stories) cost ≈100 ms however few stories it showed (npm run bench:read,
-- BENCHMARKS.md). With the fact on the snapshot, partial indexes hold only live snapshots and the lists
-- run as index-only scans.
--
-- One writer: the triggers on "Article" below flag the new live snapshot and unflag the old one whenever
-- "liveSnapshotId" is set, changed or cleared (publish, republish, unpublish, restore, import, a direct
-- UPDATE). A guard on "ArticleSnapshot" recomputes the flag from "Article" whenever a row is inserted or
-- its flag is written, so no statement can set it to anything but the truth.

-- Backfill without rewriting the table: most snapshots of an archive are live, so the column starts as true
-- for every existing row (a catalogue-only change) and only the superseded versions are written, before the
-- default becomes false for new rows (the guard decides their value anyway).
ALTER TABLE "ArticleSnapshot" ADD COLUMN "live" BOOLEAN NOT NULL DEFAULT true;
UPDATE "ArticleSnapshot" s SET "live" = false WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."liveSnapshotId" = s."id");
ALTER TABLE "ArticleSnapshot" ALTER COLUMN "live" SET DEFAULT false;

CREATE FUNCTION article_snapshot_live_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."live" := EXISTS (SELECT 1 FROM "Article" a WHERE a."liveSnapshotId" = NEW."id");
  RETURN NEW;
END $$;

CREATE TRIGGER "ArticleSnapshot_live_guard" BEFORE INSERT OR UPDATE OF "live" ON "ArticleSnapshot"
  FOR EACH ROW EXECUTE FUNCTION article_snapshot_live_guard();

-- Runs after the row is written, so the guard sees the new "liveSnapshotId". The writes only make the guard
-- look again; it decides the value.
CREATE FUNCTION article_live_snapshot_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."liveSnapshotId" IS NOT NULL THEN
    UPDATE "ArticleSnapshot" SET "live" = false WHERE "id" = OLD."liveSnapshotId";
  END IF;
  IF NEW."liveSnapshotId" IS NOT NULL THEN
    UPDATE "ArticleSnapshot" SET "live" = true WHERE "id" = NEW."liveSnapshotId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_live_snapshot_insert" AFTER INSERT ON "Article"
  FOR EACH ROW WHEN (NEW."liveSnapshotId" IS NOT NULL) EXECUTE FUNCTION article_live_snapshot_changed();
CREATE TRIGGER "Article_live_snapshot_update" AFTER UPDATE OF "liveSnapshotId" ON "Article"
  FOR EACH ROW WHEN (OLD."liveSnapshotId" IS DISTINCT FROM NEW."liveSnapshotId") EXECUTE FUNCTION article_live_snapshot_changed();

-- Reader lists hold only live snapshots, newest first, with "issueId" for the release half of the rule, so
-- counting and paging a section or 栏目 never visit the table (they replace the indexes of
-- 20261201120000_reader_indexes, which held every version).
DROP INDEX "ArticleSnapshot_sectionId_readerPublishedAt_id_issueId_idx";
DROP INDEX "ArticleSnapshot_columnId_readerPublishedAt_id_issueId_idx";
CREATE INDEX "ArticleSnapshot_sectionId_readerPublishedAt_id_issueId_idx" ON "ArticleSnapshot"("sectionId", "readerPublishedAt" DESC NULLS LAST, "id" DESC, "issueId") WHERE "live";
CREATE INDEX "ArticleSnapshot_columnId_readerPublishedAt_id_issueId_idx" ON "ArticleSnapshot"("columnId", "readerPublishedAt" DESC NULLS LAST, "id" DESC, "issueId") WHERE "live";

-- The sitemap index: the latest change among each issue's live stories, read from the index alone.
DROP INDEX "ArticleSnapshot_issueId_readerModifiedAt_idx";
CREATE INDEX "ArticleSnapshot_issueId_readerModifiedAt_idx" ON "ArticleSnapshot"("issueId", "readerModifiedAt" DESC NULLS LAST) WHERE "live";

-- The people index (/bylines) counts each person's visible stories. Counting them meant unnesting the
-- bylines of every live story (≈300,000 at ten years, 0.7–1 s). Instead triggers append, for every change
-- of a snapshot's liveness or bylines, how the count of live snapshots naming each person moved; the index
-- sums these rows (compacted now and then) and subtracts the live stories of issues not released yet,
-- which lib/reader/visibility.ts decides. Rows are only ever inserted by writers, so concurrent publishes
-- never wait for each other here. No foreign key: a merge rewrites the snapshots' bylines, which moves the
-- counts to the survivor through these same triggers.
CREATE TABLE "ContributorLiveDelta" (
    "id" BIGSERIAL NOT NULL,
    "contributorId" INTEGER NOT NULL,
    "delta" INTEGER NOT NULL,
    CONSTRAINT "ContributorLiveDelta_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION contributor_live_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  compact BOOLEAN := false;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."live" THEN
    WITH added AS (
      INSERT INTO "ContributorLiveDelta" ("contributorId", "delta")
      SELECT c, -count(*) FROM unnest(OLD."contributorIds") AS c GROUP BY c RETURNING "id")
    SELECT compact OR coalesce(bool_or("id" % 1024 = 0), false) INTO compact FROM added;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."live" THEN
    WITH added AS (
      INSERT INTO "ContributorLiveDelta" ("contributorId", "delta")
      SELECT c, count(*) FROM unnest(NEW."contributorIds") AS c GROUP BY c RETURNING "id")
    SELECT compact OR coalesce(bool_or("id" % 1024 = 0), false) INTO compact FROM added;
  END IF;
  -- About every thousand rows, one writer (whoever gets the lock) folds the committed rows into one per
  -- person, so the sum stays cheap. Rows other transactions insert meanwhile are not touched.
  IF compact AND pg_try_advisory_xact_lock(72707370) THEN
    WITH folded AS (DELETE FROM "ContributorLiveDelta" RETURNING "contributorId", "delta")
    INSERT INTO "ContributorLiveDelta" ("contributorId", "delta")
    SELECT "contributorId", sum("delta")::int FROM folded GROUP BY "contributorId" HAVING sum("delta") <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ArticleSnapshot_live_delta_insert" AFTER INSERT ON "ArticleSnapshot"
  FOR EACH ROW WHEN (NEW."live") EXECUTE FUNCTION contributor_live_delta();
CREATE TRIGGER "ArticleSnapshot_live_delta_update" AFTER UPDATE OF "live", "contributorIds" ON "ArticleSnapshot"
  FOR EACH ROW WHEN (OLD."live" IS DISTINCT FROM NEW."live" OR (NEW."live" AND OLD."contributorIds" IS DISTINCT FROM NEW."contributorIds"))
  EXECUTE FUNCTION contributor_live_delta();
CREATE TRIGGER "ArticleSnapshot_live_delta_delete" AFTER DELETE ON "ArticleSnapshot"
  FOR EACH ROW WHEN (OLD."live") EXECUTE FUNCTION contributor_live_delta();

INSERT INTO "ContributorLiveDelta" ("contributorId", "delta")
SELECT c, count(*) FROM "ArticleSnapshot" s CROSS JOIN LATERAL unnest(s."contributorIds") AS c WHERE s."live" GROUP BY c;
