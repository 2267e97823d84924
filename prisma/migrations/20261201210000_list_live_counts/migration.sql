-- How many live snapshots each section and 栏目 holds, kept at publish time as "ContributorLiveDelta" keeps
-- each person's (migration 20261201170000_live_snapshot). A ten-year section holds ≈25,000 stories: counting
-- them from the partial index for the page count of every list page cost ≈5 ms, and the index of 栏目 or
-- sections counted all ≈200,000 live stories on every render (npm run bench:read, BENCHMARKS.md). Readers sum
-- these rows and subtract the live stories of issues not released yet, which lib/reader/visibility.ts decides.
--
-- One writer: the triggers below append, for every change of a snapshot's liveness, section or 栏目, how
-- the count of each list moved. Rows are only ever inserted by writers, so concurrent publishes never wait
-- for each other here; about every thousand rows one writer folds the committed rows into one per list.
CREATE TABLE "ListLiveDelta" (
    "id" BIGSERIAL NOT NULL,
    -- 'section' or 'column'
    "kind" TEXT NOT NULL,
    "listId" INTEGER NOT NULL,
    "delta" INTEGER NOT NULL,
    CONSTRAINT "ListLiveDelta_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION list_live_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  compact BOOLEAN := false;
  added BIGINT;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."live" THEN
    IF OLD."sectionId" IS NOT NULL THEN
      INSERT INTO "ListLiveDelta" ("kind", "listId", "delta") VALUES ('section', OLD."sectionId", -1) RETURNING "id" INTO added;
      compact := compact OR added % 1024 = 0;
    END IF;
    IF OLD."columnId" IS NOT NULL THEN
      INSERT INTO "ListLiveDelta" ("kind", "listId", "delta") VALUES ('column', OLD."columnId", -1) RETURNING "id" INTO added;
      compact := compact OR added % 1024 = 0;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."live" THEN
    IF NEW."sectionId" IS NOT NULL THEN
      INSERT INTO "ListLiveDelta" ("kind", "listId", "delta") VALUES ('section', NEW."sectionId", 1) RETURNING "id" INTO added;
      compact := compact OR added % 1024 = 0;
    END IF;
    IF NEW."columnId" IS NOT NULL THEN
      INSERT INTO "ListLiveDelta" ("kind", "listId", "delta") VALUES ('column', NEW."columnId", 1) RETURNING "id" INTO added;
      compact := compact OR added % 1024 = 0;
    END IF;
  END IF;
  -- Rows other transactions insert meanwhile are not touched (they are not visible to the DELETE).
  IF compact AND pg_try_advisory_xact_lock(72707371) THEN
    WITH folded AS (DELETE FROM "ListLiveDelta" RETURNING "kind", "listId", "delta")
    INSERT INTO "ListLiveDelta" ("kind", "listId", "delta")
    SELECT "kind", "listId", sum("delta")::int FROM folded GROUP BY "kind", "listId" HAVING sum("delta") <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ArticleSnapshot_list_delta_insert" AFTER INSERT ON "ArticleSnapshot"
  FOR EACH ROW WHEN (NEW."live") EXECUTE FUNCTION list_live_delta();
CREATE TRIGGER "ArticleSnapshot_list_delta_update" AFTER UPDATE OF "live", "sectionId", "columnId" ON "ArticleSnapshot"
  FOR EACH ROW WHEN (OLD."live" IS DISTINCT FROM NEW."live"
    OR (NEW."live" AND (OLD."sectionId" IS DISTINCT FROM NEW."sectionId" OR OLD."columnId" IS DISTINCT FROM NEW."columnId")))
  EXECUTE FUNCTION list_live_delta();
CREATE TRIGGER "ArticleSnapshot_list_delta_delete" AFTER DELETE ON "ArticleSnapshot"
  FOR EACH ROW WHEN (OLD."live") EXECUTE FUNCTION list_live_delta();

INSERT INTO "ListLiveDelta" ("kind", "listId", "delta")
SELECT 'section', s."sectionId", count(*) FROM "ArticleSnapshot" s WHERE s."live" AND s."sectionId" IS NOT NULL GROUP BY s."sectionId";
INSERT INTO "ListLiveDelta" ("kind", "listId", "delta")
SELECT 'column', s."columnId", count(*) FROM "ArticleSnapshot" s WHERE s."live" AND s."columnId" IS NOT NULL GROUP BY s."columnId";

-- TRUNCATE fires no row trigger: emptying the snapshots empties this copy too, with the other two
-- (migration 20261201200000_live_copies_truncate).
CREATE OR REPLACE FUNCTION live_copies_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- DELETE, not TRUNCATE: one TRUNCATE statement may name these tables too, and a table cannot be
  -- truncated again while that statement is still using it.
  DELETE FROM "LiveByline";
  DELETE FROM "ContributorLiveDelta";
  DELETE FROM "ListLiveDelta";
  RETURN NULL;
END
$$;
