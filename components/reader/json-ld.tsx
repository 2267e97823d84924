// schema.org data for search engines. JSON, not HTML: "<" is escaped so no text can close the script.
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped, built from our own objects
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
