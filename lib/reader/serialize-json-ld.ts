// JSON-LD goes into a <script> element as text, so it must not be able to end that element or start
// markup: every character with meaning to the HTML parser is written as a JSON \u escape (same data).
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
