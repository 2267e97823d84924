// A refused input names the field by its label and says why in zh-CN — never `headline` or `bylines.0.name`.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorToResponse, invalidInputMessage } from "@/lib/http/error-response";

const ZInput = z.object({
  baseVersion: z.number().int(),
  draft: z.object({
    headline: z.string().max(200),
    bylines: z.array(z.object({ name: z.string().trim().min(1, { message: "署名不能为空" }) })),
  }),
});

const firstIssue = (input: unknown) => {
  const result = ZInput.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return result.error.issues[0];
};

describe("invalid input messages", () => {
  it("name the field by its label with the schema's zh-CN reason", () => {
    expect(invalidInputMessage(firstIssue({ baseVersion: 1, draft: { headline: "主题", bylines: [{ name: " " }] } }))).toBe("署名 1 的姓名：署名不能为空");
  });

  it("turn zod's English reasons into zh-CN", () => {
    const long = invalidInputMessage(firstIssue({ baseVersion: 1, draft: { headline: "字".repeat(201), bylines: [] } }));
    expect(long).toBe("主题：不能超过 200 个字符");
    expect(invalidInputMessage(firstIssue({ draft: { headline: "", bylines: [] } }))).toBe("版本号：必须填写");
  });

  it("answer 422 with the labelled message and no path in the words", async () => {
    const result = ZInput.safeParse({ baseVersion: 1, draft: { headline: 3, bylines: [] } });
    if (result.success) throw new Error("expected a refusal");
    const body = await errorToResponse(result.error).json();
    expect(body.error.message).toBe("主题：格式不对");
    expect(body.error.message).not.toMatch(/[a-z]/);
    expect(body.error.path).toBe("draft.headline");
  });
});
