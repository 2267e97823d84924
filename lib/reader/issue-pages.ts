// The pages (版) of a released issue, for 版面导航 (read with the issue by read-issue-frame.ts).
import "server-only";

export interface TIssuePage {
  id: number;
  number: number;
  /** 版名; null for a page known only as a jump target so far. */
  name: string | null;
}
