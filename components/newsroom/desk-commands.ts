// The admin desk's commands as the browser runs them from a form: each names its target, reads its fields
// from the form, calls the typed API, and says what to show or where to go afterwards. Client-safe.
import type { TApiResult } from "@/lib/newsroom-client/api";
import { peopleDeskApi, type TSectionKindName } from "@/lib/newsroom-client/people-desk-api";
import { ZBylineRole } from "@/lib/newsroom-client/schemas";

export type TDeskCommand =
  | { name: "createContributor" }
  | { name: "updateContributor"; id: number }
  | { name: "setContributorActive"; id: number; active: boolean }
  | { name: "mergeContributor"; id: number }
  | { name: "createSection"; kind: TSectionKindName }
  | { name: "renameSection"; kind: TSectionKindName; id: number }
  | { name: "moveSection"; kind: TSectionKindName; id: number; direction: "up" | "down" }
  | { name: "setSectionHidden"; kind: TSectionKindName; id: number; hidden: boolean }
  | { name: "deleteSection"; kind: TSectionKindName; id: number }
  | { name: "createAccount" }
  | { name: "changeRole"; id: string }
  | { name: "setAccountDisabled"; id: string; disabled: boolean }
  | { name: "resetPassword"; id: string }
  | { name: "changeOwnPassword" };

export interface TDeskOutcome {
  /** Shown after success (e.g. a one-time password). */
  notice?: string;
  /** A secret shown once, apart from the notice so it can be copied. */
  secret?: string;
  /** Where to go next (e.g. the survivor of a merge); the page is refreshed otherwise. */
  goTo?: string;
}

const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const orNull = (value: string): string | null => (value.trim() ? value : null);
const role = (value: string): "ADMIN" | "EDITOR" => (value === "ADMIN" ? "ADMIN" : "EDITOR");

function contributorFields(form: FormData) {
  const parsedRole = ZBylineRole.safeParse(field(form, "defaultRole"));
  return { name: field(form, "name"), affiliation: orNull(field(form, "affiliation")), defaultRole: parsedRole.success ? parsedRole.data : "reporter" };
}

function oneTime(password: string | null): TDeskOutcome {
  return password ? { notice: "一次性密码（只显示这一次，请立即转交本人，并请其登录后修改）：", secret: password } : { notice: "已保存" };
}

async function done<T>(result: Promise<TApiResult<T>>, outcome: (data: T) => TDeskOutcome = () => ({ notice: "已保存" })) {
  const answer = await result;
  return answer.kind === "ok" ? ({ kind: "ok", outcome: outcome(answer.data) } as const) : answer;
}

export function runDeskCommand(command: TDeskCommand, form: FormData) {
  switch (command.name) {
    case "createContributor":
      return done(peopleDeskApi.createContributor(contributorFields(form)), (data) => ({ goTo: `/newsroom/contributors/${data.id}` }));
    case "updateContributor":
      return done(peopleDeskApi.updateContributor(command.id, contributorFields(form)));
    case "setContributorActive":
      return done(peopleDeskApi.setContributorActive(command.id, command.active));
    case "mergeContributor":
      return done(peopleDeskApi.mergeContributor(command.id, Number(field(form, "survivorId"))), (data) => ({
        goTo: `/newsroom/contributors/${data.survivorId}?merged=${command.id}`,
      }));
    case "createSection":
      return done(peopleDeskApi.createSection(command.kind, { name: field(form, "name"), slug: orNull(field(form, "slug")) }));
    case "renameSection":
      return done(peopleDeskApi.renameSection(command.kind, command.id, { name: field(form, "name"), slug: orNull(field(form, "slug")) }));
    case "moveSection":
      return done(peopleDeskApi.moveSection(command.kind, command.id, command.direction), () => ({}));
    case "setSectionHidden":
      return done(peopleDeskApi.setSectionHidden(command.kind, command.id, command.hidden));
    case "deleteSection":
      return done(peopleDeskApi.deleteSection(command.kind, command.id));
    case "createAccount":
      return done(
        peopleDeskApi.createAccount({
          email: field(form, "email"),
          name: orNull(field(form, "name")),
          role: role(field(form, "role")),
          password: orNull(field(form, "password")),
        }),
        (data) => oneTime(data.oneTimePassword),
      );
    case "changeRole":
      return done(peopleDeskApi.changeRole(command.id, role(field(form, "role"))));
    case "setAccountDisabled":
      return done(peopleDeskApi.setAccountDisabled(command.id, command.disabled));
    case "resetPassword":
      return done(peopleDeskApi.resetPassword(command.id, orNull(field(form, "password"))), (data) => oneTime(data.oneTimePassword));
    case "changeOwnPassword":
      return done(peopleDeskApi.changeOwnPassword({ currentPassword: field(form, "currentPassword"), newPassword: field(form, "newPassword") }), () => ({
        notice: "密码已修改",
      }));
  }
}
