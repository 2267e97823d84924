-- What the print-page parser was unsure of in an imported story (zh-CN, one line each), shown to the
-- editor on the story's page. Empty for stories written in the newsroom. Nullable like every scalar list
-- Prisma creates (the schema drift check holds migrations to Prisma's own DDL); existing rows get '{}'.
ALTER TABLE "Article" ADD COLUMN "importWarnings" TEXT[] DEFAULT ARRAY[]::TEXT[];
