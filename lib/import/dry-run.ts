// The `--dry-run --json` view of a parsed page: the importer's contract with other tools.
import type { TParsedPage } from "./types";

export function dryRunResult(parsed: TParsedPage, options: { issueDate: string; pageNumber: number; pageName: string | null }) {
  return {
    issueDate: options.issueDate,
    page: { number: options.pageNumber, name: options.pageName },
    articles: parsed.articles,
    warnings: parsed.warnings,
  };
}
