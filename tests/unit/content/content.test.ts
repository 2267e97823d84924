import { describe, expect, it } from "vitest";
import { formatByline, formatBylines } from "@/lib/content/format-byline";
import { joinParts, splitIntoParts } from "@/lib/content/parts";
import { countCharacters, documentPlainText } from "@/lib/content/plain-text";
import { ZStoryDocument } from "@/lib/content/schema";
import { slugify } from "@/lib/content/slug";

describe("字数", () => {
  it("counts every non-whitespace character once: Han, punctuation, digits, Latin", () => {
    expect(countCharacters("本报讯 (记者王文安)12月19日,")).toBe(17);
    expect(countCharacters("“两个覆盖”有形更有效。")).toBe(12);
    expect(countCharacters("5G 网络\n\u3000AI")).toBe(6);
    expect(countCharacters("𠮷野家")).toBe(3);
    expect(countCharacters(" \t\n\u3000")).toBe(0);
  });
});

describe("story body", () => {
  const body = ZStoryDocument.parse({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "第一段。" }] },
      { type: "subhead", content: [{ type: "text", text: "扩面提标 织密民生保障“兜底网”" }] },
      { type: "jump", attrs: { toPage: 4 } },
      { type: "paragraph", content: [{ type: "text", text: "续文。" }] },
    ],
  });

  it("splits into the parts printed on each page and joins back", () => {
    const parts = splitIntoParts(body);
    expect(parts.map((part) => [part.blocks.length, part.jumpToPage])).toEqual([
      [2, 4],
      [1, null],
    ]);
    expect(joinParts(parts)).toEqual(body);
  });

  it("gives plain text without jump markers", () => {
    expect(documentPlainText(body)).toBe("第一段。\n扩面提标 织密民生保障“兜底网”\n续文。");
  });

  it("refuses nodes and links outside the whitelist", () => {
    expect(ZStoryDocument.safeParse({ type: "doc", content: [{ type: "html", content: "<script>" }] }).success).toBe(false);
    const link = (href: string) => ({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "链接", marks: [{ type: "link", attrs: { href } }] }] }],
    });
    expect(ZStoryDocument.safeParse(link("javascript:alert(1)")).success).toBe(false);
    expect(ZStoryDocument.safeParse(link("https://www.sxjzxw.com/")).success).toBe(true);
    expect(ZStoryDocument.safeParse(link("mailto:news@example.com")).success).toBe(true);
    expect(ZStoryDocument.safeParse({ type: "doc", content: [{ type: "jump", attrs: { toPage: 0 } }] }).success).toBe(false);
  });
});

describe("bylines as printed", () => {
  it("prints roles and affiliations", () => {
    expect(formatByline({ name: "雷甫", role: "reporter", affiliation: "本报" })).toBe("本报记者 雷甫");
    expect(formatByline({ name: "耿新洲", role: "photographer", affiliation: "本报" })).toBe("本报记者 耿新洲 摄");
    expect(formatByline({ name: "张三", role: "correspondent", affiliation: null })).toBe("通讯员 张三");
    expect(formatByline({ name: "李四", role: "reporter", affiliation: "新华社" })).toBe("新华社记者 李四");
  });

  it("groups people who share a title", () => {
    expect(
      formatBylines([
        { name: "王菲", role: "reporter", affiliation: "本报" },
        { name: "雷甫", role: "reporter", affiliation: "本报" },
        { name: "张三", role: "correspondent", affiliation: null },
      ]),
    ).toBe("本报记者 王菲 雷甫 通讯员 张三");
  });
});

describe("slugs", () => {
  it("keep Chinese and drop punctuation", () => {
    expect(slugify("四中全会精神在基层")).toBe("四中全会精神在基层");
    expect(slugify("家门口的幸福“食”光")).toBe("家门口的幸福-食-光");
    expect(slugify("  ——  ")).toBe("");
  });

  it("follow the one rule (letters and digits of any script kept, every other run one dash) for any text", () => {
    const byTheRule = (text: string) =>
      text
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 80);
    const samples = [
      "晋中日报 2025年12月20日",
      "ＡＢＣ１２３全角",
      "Café—Über 5G！",
      "𠮷野家の牛丼　（𠀀）",
      "ひらがな・カタカナ・한국어",
      "“两个覆盖”有形更有效——记者手记",
      "①②③ Ⅻ 第Ⅲ部分",
      "\u0000控制\u0007字符\uFFFE",
      "a\u0301 e\u0301 ﬁ ǅ İ",
      "-开头和结尾-",
      "阿拉伯文 مرحبا 和 हिन्दी",
      "单独的高代理\uD842和低代理\uDFB7",
      "䶵㐀龥鿿豈",
      "",
    ];
    for (const text of samples) expect(slugify(text), text).toBe(byTheRule(text));
    // And over random mixes of the characters above.
    const pool = [...new Set(samples.join(""))];
    let seed = 7;
    for (let round = 0; round < 500; round += 1) {
      let text = "";
      for (let length = round % 40; length > 0; length -= 1) {
        seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
        text += pool[seed % pool.length];
      }
      expect(slugify(text), text).toBe(byTheRule(text));
    }
  });
});
