// The browser's typed calls to the admin desk's people, sections and columns and accounts routes. Every
// answer is checked with zod (through api.ts's `call`); refusals come back as typed failures with the
// server's zh-CN message.
import { z } from "zod";
import type { BYLINE_ROLES } from "@/lib/content/kinds";
import { call, type TApiResult } from "./api";

type TBylineRoleName = (typeof BYLINE_ROLES)[number];
export type TSectionKindName = "section" | "column";

export const ZIdAnswer = z.object({ id: z.number().int() });
export const ZUserAnswer = z.object({ id: z.string() });
export const ZOneTimePasswordAnswer = z.object({ id: z.string(), oneTimePassword: z.string().nullable() });
export const ZMergeAnswer = z.object({ survivorId: z.number().int(), bylinesMoved: z.number().int(), snapshotsRewritten: z.number().int() });
export type TMergeAnswer = z.infer<typeof ZMergeAnswer>;

export interface TContributorFieldsBody {
  name: string;
  affiliation: string | null;
  defaultRole: TBylineRoleName;
}

const contributors = "/api/newsroom/contributors";
const sectionsPath = (kind: TSectionKindName) => (kind === "section" ? "/api/newsroom/sections" : "/api/newsroom/columns");
const accounts = "/api/newsroom/accounts";

export const peopleDeskApi = {
  createContributor: (body: TContributorFieldsBody) => call("POST", contributors, body, ZIdAnswer),
  updateContributor: (id: number, body: TContributorFieldsBody) => call("PUT", `${contributors}/${id}`, body, ZIdAnswer),
  setContributorActive: (id: number, active: boolean) => call("POST", `${contributors}/${id}/active`, { active }, ZIdAnswer),
  mergeContributor: (id: number, survivorId: number): Promise<TApiResult<TMergeAnswer>> =>
    call("POST", `${contributors}/${id}/merge`, { survivorId }, ZMergeAnswer),

  createSection: (kind: TSectionKindName, body: { name: string; slug: string | null }) => call("POST", sectionsPath(kind), body, ZIdAnswer),
  renameSection: (kind: TSectionKindName, id: number, body: { name: string; slug: string | null }) =>
    call("PUT", `${sectionsPath(kind)}/${id}`, body, ZIdAnswer),
  moveSection: (kind: TSectionKindName, id: number, direction: "up" | "down") => call("POST", `${sectionsPath(kind)}/${id}/move`, { direction }, z.unknown()),
  setSectionHidden: (kind: TSectionKindName, id: number, hidden: boolean) => call("POST", `${sectionsPath(kind)}/${id}/hidden`, { hidden }, ZIdAnswer),
  deleteSection: (kind: TSectionKindName, id: number) => call("POST", `${sectionsPath(kind)}/${id}/delete`, {}, ZIdAnswer),

  createAccount: (body: { email: string; name: string | null; role: "ADMIN" | "EDITOR"; password: string | null }) =>
    call("POST", accounts, body, ZOneTimePasswordAnswer),
  changeRole: (id: string, role: "ADMIN" | "EDITOR") => call("POST", `${accounts}/${encodeURIComponent(id)}/role`, { role }, ZUserAnswer),
  setAccountDisabled: (id: string, disabled: boolean) => call("POST", `${accounts}/${encodeURIComponent(id)}/disabled`, { disabled }, ZUserAnswer),
  resetPassword: (id: string, password: string | null) => call("POST", `${accounts}/${encodeURIComponent(id)}/password`, { password }, ZOneTimePasswordAnswer),
  changeOwnPassword: (body: { currentPassword: string; newPassword: string }) => call("POST", `${accounts}/me/password`, body, ZUserAnswer),
};
