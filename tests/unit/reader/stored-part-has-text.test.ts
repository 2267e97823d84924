// The issue view tells whether a continuation has text from the stored body directly; it must answer as
// splitting the validated body into parts does, for every part, on any shape it may meet.
import { describe, expect, it } from "vitest";
import { splitIntoParts } from "@/lib/content/parts";
import { type TStoryDocument, ZStoryDocument } from "@/lib/content/schema";
import { partHasText } from "@/lib/reader/part-has-text";
import { storedPartHasText } from "@/lib/reader/stored-part-has-text";

const text = (value: string) => ({ type: "paragraph", content: [{ type: "text", text: value }] });
const jump = (toPage: number) => ({ type: "jump", attrs: { toPage } });

const documents: TStoryDocument[] = [
  { type: "doc", content: [] },
  { type: "doc", content: [text("第一部分"), jump(4)] },
  { type: "doc", content: [text("第一部分"), jump(4), text("续文")] },
  { type: "doc", content: [text("一"), jump(3), { type: "paragraph" }, text("  "), jump(5), text("三")] },
  { type: "doc", content: [text("一"), jump(3), { type: "figure", attrs: { mediaId: null, alt: null, caption: null, credit: null } }] },
  { type: "doc", content: [text("一"), jump(2), { type: "bulletList", content: [{ type: "listItem", content: [text("条目")] }] }, jump(3)] },
  { type: "doc", content: [jump(2), jump(3), text("末")] },
].map((document) => ZStoryDocument.parse(document));

describe("storedPartHasText", () => {
  it("agrees with splitIntoParts and partHasText for every part, stored as an object or as JSON text", () => {
    let continuationsWithText = 0;
    for (const document of documents) {
      const parts = splitIntoParts(document);
      for (let sequence = 0; sequence <= parts.length; sequence += 1) {
        const expected = partHasText(parts[sequence]);
        if (sequence > 0 && expected) continuationsWithText += 1;
        expect(storedPartHasText(document, sequence), `${JSON.stringify(document)} #${sequence}`).toBe(expected);
        expect(storedPartHasText(JSON.stringify(document), sequence)).toBe(expected);
      }
    }
    // The samples cover both answers for continuations.
    expect(continuationsWithText).toBeGreaterThan(2);
  });

  it("says no text for bodies it cannot read", () => {
    for (const body of [null, undefined, 42, {}, { content: "x" }, { content: [null, 1, "x"] }]) expect(storedPartHasText(body, 1)).toBe(false);
  });
});
