-- "LiveByline" and "ContributorLiveDelta" are copies kept by row triggers on "ArticleSnapshot", and TRUNCATE
-- fires no row trigger: emptying the snapshots empties both copies in the same statement, so no person keeps
-- a count or a list entry for stories that are gone. (A data-only restore that skips triggers must still
-- rebuild them, as the migrations that created them fill them.)
CREATE FUNCTION live_copies_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- DELETE, not TRUNCATE: one TRUNCATE statement may name these tables too, and a table cannot be
  -- truncated again while that statement is still using it.
  DELETE FROM "LiveByline";
  DELETE FROM "ContributorLiveDelta";
  RETURN NULL;
END
$$;

CREATE TRIGGER "ArticleSnapshot_live_copies_truncate" AFTER TRUNCATE ON "ArticleSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION live_copies_truncate();
