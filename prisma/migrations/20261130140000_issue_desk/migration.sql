-- The admin desk releases issues now or at a set time. A scheduled release is a future "releasedAt" (the
-- visibility rule already treats it as unreleased); "releaseNotifiedAt" records that the reader caches were
-- told about the release, claimed by exactly one app instance with a conditional UPDATE when it falls due.
ALTER TABLE "Issue" ADD COLUMN "releaseNotifiedAt" TIMESTAMPTZ(3);

-- Issues released before this migration were announced when they were released.
UPDATE "Issue" SET "releaseNotifiedAt" = "releasedAt" WHERE "releasedAt" IS NOT NULL;

-- What every app instance's release timer asks: the next release still to announce.
CREATE INDEX "Issue_releaseNotifiedAt_releasedAt_idx" ON "Issue"("releaseNotifiedAt", "releasedAt");
