// The issue desk's calls to its routes, typed and checked like the rest of the newsroom's (api.ts).
import type { z } from "zod";
import { call, type TApiResult } from "./api";
import { ZCreatedIssue, ZIssueDesk, ZIssueRef, ZPlaceableArticles, ZPlacementResult, ZPreviousPlan, ZReleaseResult, ZReorderResult } from "./issue-schemas";

export interface TPlanRequest {
  number: number | null;
  pages: Array<{ number: number; name: string; sectionId: number | null }>;
}

const issuePath = (issueId: number) => `/api/newsroom/issues/${issueId}`;

export const issuesApi = {
  createIssue: (request: TPlanRequest & { date: string }): Promise<TApiResult<z.infer<typeof ZCreatedIssue>>> =>
    call("POST", "/api/newsroom/issues", request, ZCreatedIssue),
  previousPlan: (before: string): Promise<TApiResult<z.infer<typeof ZPreviousPlan>>> =>
    call("GET", `/api/newsroom/issues/previous-plan?before=${encodeURIComponent(before)}`, undefined, ZPreviousPlan),
  getIssue: (issueId: number): Promise<TApiResult<z.infer<typeof ZIssueDesk>>> => call("GET", issuePath(issueId), undefined, ZIssueDesk),
  updatePlan: (issueId: number, request: TPlanRequest): Promise<TApiResult<z.infer<typeof ZIssueRef>>> => call("PUT", issuePath(issueId), request, ZIssueRef),
  releaseNow: (issueId: number): Promise<TApiResult<z.infer<typeof ZReleaseResult>>> => call("POST", `${issuePath(issueId)}/release`, {}, ZReleaseResult),
  scheduleRelease: (issueId: number, at: string): Promise<TApiResult<z.infer<typeof ZReleaseResult>>> =>
    call("POST", `${issuePath(issueId)}/schedule`, { at }, ZReleaseResult),
  unrelease: (issueId: number): Promise<TApiResult<z.infer<typeof ZIssueRef>>> => call("POST", `${issuePath(issueId)}/unrelease`, { confirm: true }, ZIssueRef),
  reorderPage: (pageId: number, articleIds: number[]): Promise<TApiResult<z.infer<typeof ZReorderResult>>> =>
    call("PUT", `/api/newsroom/pages/${pageId}/order`, { articleIds }, ZReorderResult),
  placeArticle: (pageId: number, request: { articleId: number; baseVersion: number }): Promise<TApiResult<z.infer<typeof ZPlacementResult>>> =>
    call("POST", `/api/newsroom/pages/${pageId}/stories`, request, ZPlacementResult),
  takeOffPage: (request: { articleId: number; baseVersion: number }): Promise<TApiResult<z.infer<typeof ZPlacementResult>>> =>
    call("POST", "/api/newsroom/pages/take-off", request, ZPlacementResult),
  findArticles: (query: string): Promise<TApiResult<z.infer<typeof ZPlaceableArticles>>> =>
    call("GET", `/api/newsroom/pages/candidates?q=${encodeURIComponent(query)}`, undefined, ZPlaceableArticles),
};
