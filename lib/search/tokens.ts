// Search tokens, the same rules as the database's search_tokens() (prisma/migrations/*_search): NFKC and
// lower case, then each CJK run becomes its overlapping character pairs plus its last character
// (晋中市 → 晋中 中市 市) and each run of ASCII letters and digits one token. Pure; the integration suite
// checks it against the SQL function.

const CJK_RANGES = "\\u3005-\\u3007\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\u{20000}-\\u{2ffff}";
const CJK_CHAR = new RegExp(`^[${CJK_RANGES}]$`, "u");
const TOKEN_RUN = new RegExp(`[${CJK_RANGES}]+|[a-z0-9]+`, "gu");

const QUOTES = /["'“”‘’「」『』〝〞]/gu;

/** What both sides compare: NFKC (全角 → half width), lower case, without quotation marks (幸福“食”光 = 幸福食光). */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(QUOTES, "");
}

export function isCjkChar(char: string): boolean {
  return CJK_CHAR.test(char);
}

export interface TSearchRun {
  text: string;
  cjk: boolean;
}

/** Runs of token characters (CJK or ASCII letters/digits) in normalised text, in order. */
export function searchRuns(text: string): TSearchRun[] {
  const runs: TSearchRun[] = [];
  for (const match of normalizeSearchText(text).matchAll(TOKEN_RUN)) {
    runs.push({ text: match[0], cjk: isCjkChar([...match[0]][0] ?? "") });
  }
  return runs;
}

/** The token stream the database indexes for a text (one token per position). */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of searchRuns(text)) {
    if (!run.cjk) {
      tokens.push(run.text);
      continue;
    }
    const chars = [...run.text];
    for (let index = 0; index < chars.length - 1; index += 1) tokens.push(`${chars[index]}${chars[index + 1]}`);
    tokens.push(chars[chars.length - 1] as string);
  }
  return tokens;
}

function quoteLexeme(lexeme: string): string {
  // Tokens are CJK or [a-z0-9] only; quoting keeps to_tsquery from reading anything as an operator.
  return `'${lexeme.replaceAll("'", "''").replaceAll("\\", "\\\\")}'`;
}

/**
 * "phrase" is the real match; "lexemes" only asks for every pair anywhere in the story, which the GIN index
 * answers without reading any story's vector (a superset of the phrase matches, for estimates).
 */
export type TQueryMode = "phrase" | "lexemes";

/**
 * One query term as a tsquery phrase: the term's pairs at their positions (耿新洲 → '耿新' <-> '新洲'); a
 * lone CJK character matches every pair it starts ('晋':*). A run's last character is indexed only at the
 * end of a run in the text, so the query leaves it out and counts its position. Null when the term has
 * nothing to search for (punctuation only).
 */
export function termToTsquery(term: string, weights = "", mode: TQueryMode = "phrase"): string | null {
  const parts: Array<{ lexeme: string; offset: number }> = [];
  let position = 0;
  for (const run of searchRuns(term)) {
    if (!run.cjk) {
      parts.push({ lexeme: `${quoteLexeme(run.text)}${weights ? `:${weights}` : ""}`, offset: position });
      position += 1;
      continue;
    }
    const chars = [...run.text];
    if (chars.length === 1) parts.push({ lexeme: `${quoteLexeme(chars[0] as string)}:*${weights}`, offset: position });
    for (let index = 0; index < chars.length - 1; index += 1) {
      parts.push({ lexeme: `${quoteLexeme(`${chars[index]}${chars[index + 1]}`)}${weights ? `:${weights}` : ""}`, offset: position + index });
    }
    position += chars.length;
  }
  if (parts.length === 0) return null;
  if (mode === "lexemes") return parts.map((part) => part.lexeme).join(" & ");
  let query = parts[0]?.lexeme as string;
  for (let index = 1; index < parts.length; index += 1) {
    const part = parts[index] as { lexeme: string; offset: number };
    const distance = part.offset - (parts[index - 1] as { offset: number }).offset;
    query = `(${query}) ${distance === 1 ? "<->" : `<${distance}>`} ${part.lexeme}`;
  }
  return query;
}

/** Terms of a query: split on whitespace (also full-width); every term must match. */
export function queryTerms(query: string): string[] {
  return normalizeSearchText(query)
    .split(/\s+/u)
    .filter((term) => searchRuns(term).length > 0);
}

/**
 * The whole query as to_tsquery('simple', …) input, or null when nothing in it can be searched for.
 * `weights` ("A", "AB") restricts every term to those parts of the story (headline parts are A).
 */
export function buildTsquery(query: string, weights = "", mode: TQueryMode = "phrase"): string | null {
  const phrases = queryTerms(query)
    .map((term) => termToTsquery(term, weights, mode))
    .filter((phrase): phrase is string => phrase !== null);
  if (phrases.length === 0) return null;
  return phrases.map((phrase) => `(${phrase})`).join(" & ");
}
