import { describe, expect, it } from "vitest";
import { dictionaryWords } from "@/lib/search/query-words";

describe("the dictionary words of a query (ranking only)", () => {
  it("splits long terms into words, names and places kept whole, each once", () => {
    expect(dictionaryWords("市委理论学习中心组")).toEqual(["市委", "理论", "学习", "中心"]);
    expect(dictionaryWords("晋中市委书记常书铭")).toEqual(["晋中", "市委", "书记", "常书铭"]);
    expect(dictionaryWords("养老保险参保人数 养老保险")).toEqual(["养老", "保险", "参保", "人数"]);
  });

  it("has none for short terms, single words and ASCII", () => {
    expect(dictionaryWords("耿新洲")).toEqual([]);
    expect(dictionaryWords("晋中 北斗 5G")).toEqual([]);
    expect(dictionaryWords("xyzzy")).toEqual([]);
  });
});
