// /issues: the archive starts at the month of the latest released issue. A redirect (not cached) so
// that the calendar itself lives at one cached URL per month.
import { redirect } from "next/navigation";
import { ReaderPage } from "@/components/reader/reader-page";
import { getLatestIssueMonth } from "@/lib/reader/get-archive-month";
import { readerPaths } from "@/lib/reader-change/urls";

export const dynamic = "force-dynamic";

export default async function ArchivePage() {
  const month = await getLatestIssueMonth();
  if (month) redirect(readerPaths.month(month));
  return (
    <ReaderPage>
      <h1 className="page-title">往期回顾</h1>
      <p className="empty">还没有已出版的报纸。</p>
    </ReaderPage>
  );
}
