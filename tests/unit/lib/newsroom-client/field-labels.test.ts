// Fields are named by the labels on the form, never by their input paths.
import { describe, expect, it } from "vitest";
import { fieldLabel } from "@/lib/newsroom-client/field-labels";

describe("field labels", () => {
  it("names the save, publish and create inputs as the form does", () => {
    expect(fieldLabel(["headline"])).toBe("主题");
    expect(fieldLabel(["draft", "headline"])).toBe("主题");
    expect(fieldLabel(["draft", "kicker"])).toBe("引题");
    expect(fieldLabel(["draft", "bylines", 0, "name"])).toBe("署名 1 的姓名");
    expect(fieldLabel(["draft", "bylines", 2, "affiliation"])).toBe("署名 3 的单位");
    expect(fieldLabel(["bylines"])).toBe("署名");
    expect(fieldLabel(["pageId"])).toBe("版面");
    expect(fieldLabel(["baseVersion"])).toBe("版本号");
    expect(fieldLabel(["nothing"])).toBeNull();
    expect(fieldLabel([])).toBeNull();
  });
});
