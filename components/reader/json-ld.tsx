// schema.org data for search engines, serialised by serializeJsonLd so no text in it can leave the script.
import { serializeJsonLd } from "@/lib/reader/serialize-json-ld";

export function JsonLd({ data }: { data: object }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the only input is serializeJsonLd's escaped JSON
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
