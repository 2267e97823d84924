// The browser's calls to the admin desk: what they send, that answers are checked, and that a refusal
// arrives with the server's message.
import { afterEach, describe, expect, it, vi } from "vitest";
import { BAD_RESPONSE_MESSAGE } from "@/lib/newsroom-client/api";
import { peopleDeskApi } from "@/lib/newsroom-client/people-desk-api";

function answer(status: number, body: unknown) {
  const sent: Array<{ url: string; init: RequestInit }> = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("peopleDeskApi", () => {
  it("posts a merge with the survivor and returns the checked answer", async () => {
    const sent = answer(200, { survivorId: 3, bylinesMoved: 2, snapshotsRewritten: 1 });
    expect(await peopleDeskApi.mergeContributor(9, 3)).toEqual({ kind: "ok", data: { survivorId: 3, bylinesMoved: 2, snapshotsRewritten: 1 } });
    expect(sent[0]?.url).toBe("/api/newsroom/contributors/9/merge");
    expect(sent[0]?.init.method).toBe("POST");
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ survivorId: 3 });
  });

  it("sends sections and columns to their own routes", async () => {
    const sent = answer(200, { id: 4 });
    await peopleDeskApi.renameSection("column", 4, { name: "民生直通车", slug: null });
    await peopleDeskApi.setSectionHidden("section", 4, true);
    expect(sent.map((request) => [request.init.method, request.url])).toEqual([
      ["PUT", "/api/newsroom/columns/4"],
      ["POST", "/api/newsroom/sections/4/hidden"],
    ]);
  });

  it("returns a refusal with the server's message, and refuses an answer of the wrong shape", async () => {
    answer(409, { error: { code: "CONFLICT", message: "你是最后一位在用的管理员，不能停用自己或取消自己的管理员身份；请先任命另一位管理员" } });
    expect(await peopleDeskApi.setAccountDisabled("u1", true)).toMatchObject({
      kind: "error",
      status: 409,
      code: "CONFLICT",
      message: expect.stringContaining("最后一位"),
    });
    answer(201, { id: 5, oneTimePassword: 12345 });
    expect(await peopleDeskApi.createAccount({ email: "a@jzrb.test", name: null, role: "EDITOR", password: null })).toMatchObject({
      kind: "error",
      code: "BAD_RESPONSE",
      message: BAD_RESPONSE_MESSAGE,
    });
  });
});
