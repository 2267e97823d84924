import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { JsonLd } from "@/components/reader/json-ld";
import { serializeJsonLd } from "@/lib/reader/serialize-json-ld";

describe("JSON-LD in a reader page", () => {
  const hostile = { "@type": "NewsArticle", headline: '</script><script>alert("x")</script> & <!-- \u2028' };

  it("cannot close its script element or start markup, whatever a headline contains", () => {
    const html = renderToStaticMarkup(<JsonLd data={hostile} />);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.indexOf("</script>")).toBe(html.length - "</script>".length);
    expect(html).not.toMatch(/<!--|<script>alert/);
  });

  it("still carries exactly the same data", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    expect(serializeJsonLd(hostile)).not.toMatch(/[<>&\u2028\u2029]/);
  });
});
