import { describe, expect, it } from "vitest";
import { broadenQuery } from "@/lib/search/broaden-query";

describe("broadening a query that matched nothing", () => {
  it("splits long terms into dictionary words and keeps names whole", () => {
    expect(broadenQuery("晋中市委书记常书铭")).toBe("晋中 市委 书记 常书铭");
    expect(broadenQuery("晋中特色产品绿博会")).toBe("晋中 特色 产品 绿博会");
    expect(broadenQuery("养老保险参保人数 2025")).toBe("养老 保险 参保 人数 2025");
  });

  it("leaves short terms and single words alone", () => {
    expect(broadenQuery("耿新洲")).toBeNull();
    expect(broadenQuery("晋中 榆次")).toBeNull();
  });
});
