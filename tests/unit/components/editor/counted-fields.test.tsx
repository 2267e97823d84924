// The editor's one-line fields stop at the length the server keeps and show how much is used.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HeadlineFields } from "@/components/editor/headline-fields";
import { ZArticleDraft } from "@/lib/articles/article-draft";
import { FIELD_LIMITS } from "@/lib/content/field-limits";

const draft = { kicker: null, headline: "竞逐“北斗”新赛道", subheadline: null, dateline: "本报讯" };

describe("the headline fields", () => {
  it("stop each part at its limit and count what is typed", () => {
    const html = renderToStaticMarkup(<HeadlineFields draft={draft} onChange={() => {}} />);
    expect(html).toContain(`maxLength="${FIELD_LIMITS.headline}"`);
    expect(html).toContain(`9/${FIELD_LIMITS.headline}`);
    expect(html).toContain(`3/${FIELD_LIMITS.dateline}`);
    expect(html).toContain(`0/${FIELD_LIMITS.kicker}`);
  });

  it("marks the counter when the limit is close", () => {
    const long = { ...draft, dateline: "讯".repeat(FIELD_LIMITS.dateline) };
    expect(renderToStaticMarkup(<HeadlineFields draft={long} onChange={() => {}} />)).toContain("nr-counter-near");
  });
});

describe("the limits the fields share with the server", () => {
  const base = { kind: "news", headline: "", body: { type: "doc", content: [] } };

  it("accepts a headline at the limit and refuses one past it, naming 主题", () => {
    expect(ZArticleDraft.safeParse({ ...base, headline: "标".repeat(FIELD_LIMITS.headline) }).success).toBe(true);
    const refused = ZArticleDraft.safeParse({ ...base, headline: "标".repeat(FIELD_LIMITS.headline + 1) });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(`主题不能超过 ${FIELD_LIMITS.headline} 个字符`);
  });

  it("refuses a byline name and a 电头 past their limits", () => {
    const byline = (name: string) => ({ ...base, bylines: [{ name, role: "reporter" }] });
    expect(ZArticleDraft.safeParse(byline("名".repeat(FIELD_LIMITS.bylineName))).success).toBe(true);
    expect(ZArticleDraft.safeParse(byline("名".repeat(FIELD_LIMITS.bylineName + 1))).success).toBe(false);
    expect(ZArticleDraft.safeParse({ ...base, dateline: "讯".repeat(FIELD_LIMITS.dateline + 1) }).success).toBe(false);
  });
});
