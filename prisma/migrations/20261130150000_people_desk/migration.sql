-- The admin desk for people, sections and columns, accounts and the audit trail.
-- Contributors: a default role, deactivation (kept on old stories, no longer suggested) and merging (the
-- merged row stays, pointing at the survivor, so its old reader URL can redirect there).
ALTER TABLE "Contributor" ADD COLUMN "defaultRole" "BylineRole" NOT NULL DEFAULT 'reporter';
ALTER TABLE "Contributor" ADD COLUMN "deactivatedAt" TIMESTAMPTZ(3);
ALTER TABLE "Contributor" ADD COLUMN "mergedIntoId" INTEGER;
CREATE INDEX "Contributor_mergedIntoId_idx" ON "Contributor"("mergedIntoId");
ALTER TABLE "Contributor" ADD CONSTRAINT "Contributor_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Contributor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Sections and columns: an order chosen by the desk, hiding, and the slugs they had before a rename.
ALTER TABLE "Section" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Section" ADD COLUMN "hiddenAt" TIMESTAMPTZ(3);
ALTER TABLE "Column" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Column" ADD COLUMN "hiddenAt" TIMESTAMPTZ(3);

CREATE TABLE "SectionOldSlug" (
    "slug" TEXT NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SectionOldSlug_pkey" PRIMARY KEY ("slug")
);
CREATE INDEX "SectionOldSlug_sectionId_idx" ON "SectionOldSlug"("sectionId");
ALTER TABLE "SectionOldSlug" ADD CONSTRAINT "SectionOldSlug_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ColumnOldSlug" (
    "slug" TEXT NOT NULL,
    "columnId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ColumnOldSlug_pkey" PRIMARY KEY ("slug")
);
CREATE INDEX "ColumnOldSlug_columnId_idx" ON "ColumnOldSlug"("columnId");
ALTER TABLE "ColumnOldSlug" ADD CONSTRAINT "ColumnOldSlug_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail is listed newest first by keyset (at, id), filtered by actor, type or target.
DROP INDEX "AuditEvent_at_idx";
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at", "id");
CREATE INDEX "AuditEvent_actorUserId_at_id_idx" ON "AuditEvent"("actorUserId", "at", "id");
CREATE INDEX "AuditEvent_actorSource_at_id_idx" ON "AuditEvent"("actorSource", "at", "id");
CREATE INDEX "AuditEvent_action_at_id_idx" ON "AuditEvent"("action", "at", "id");
DROP INDEX "AuditEvent_entityType_entityId_at_idx";
CREATE INDEX "AuditEvent_entityType_entityId_at_id_idx" ON "AuditEvent"("entityType", "entityId", "at", "id");
