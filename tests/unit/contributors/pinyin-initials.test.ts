// Finding a contributor by the pinyin initials of their name, without a dictionary.
import { describe, expect, it } from "vitest";
import { nameMatches, pinyinInitials } from "@/lib/contributors/pinyin-initials";

describe("pinyin initials", () => {
  it("reads the initial of each Han character and keeps other characters", () => {
    expect(pinyinInitials("王文安")).toBe("wwa");
    expect(pinyinInitials("雷甫")).toBe("lf");
    expect(pinyinInitials("冯静宁")).toBe("fjn");
    expect(pinyinInitials("耿新洲")).toBe("gxz");
    expect(pinyinInitials("马、吕、欧阳")).toBe("m、l、oy");
    expect(pinyinInitials("Li 明")).toBe("li m");
  });

  it("matches a typed query by characters or by initials from the start", () => {
    expect(nameMatches("王文安", "文")).toBe(true);
    expect(nameMatches("王文安", "wwa")).toBe(true);
    expect(nameMatches("王文安", "WW")).toBe(true);
    expect(nameMatches("王文安", "wa")).toBe(false);
    expect(nameMatches("王文安", "雷")).toBe(false);
    expect(nameMatches("王文安", "  ")).toBe(true);
  });
});
