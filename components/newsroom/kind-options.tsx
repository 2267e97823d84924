// The <option>s of a 体裁 select, in the newsroom's words.
import { ARTICLE_KIND_OPTIONS } from "@/lib/articles/kind-labels";

export function KindOptions() {
  return ARTICLE_KIND_OPTIONS.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
