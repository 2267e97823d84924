// Pinyin initials of Chinese names (王文安 → "wwa"), so a contributor can be found by typing "wwa".
// Pure and client-safe: uses the runtime's Unicode collation in pinyin order (ICU) instead of a dictionary:
// a Han character's initial is the last boundary character that sorts before or with it.
const BOUNDARIES: ReadonlyArray<[string, string]> = [
  ["a", "阿"],
  ["b", "八"],
  ["c", "嚓"],
  ["d", "咑"],
  ["e", "妸"],
  ["f", "发"],
  ["g", "旮"],
  ["h", "铪"],
  ["j", "丌"],
  ["k", "咔"],
  ["l", "垃"],
  ["m", "妈"],
  ["n", "拏"],
  ["o", "噢"],
  ["p", "妑"],
  ["q", "七"],
  ["r", "呥"],
  ["s", "仨"],
  ["t", "他"],
  ["w", "屲"],
  ["x", "夕"],
  ["y", "丫"],
  ["z", "帀"],
];

let collator: Intl.Collator | null = null;
function pinyinCollator(): Intl.Collator {
  collator ??= new Intl.Collator("zh-Hans-CN-u-co-pinyin");
  return collator;
}

function initialOf(character: string): string {
  if (!/\p{Script=Han}/u.test(character)) return character.toLowerCase();
  const compare = pinyinCollator().compare;
  let initial = "";
  for (const [letter, boundary] of BOUNDARIES) {
    if (compare(character, boundary) >= 0) initial = letter;
    else break;
  }
  return initial;
}

export function pinyinInitials(text: string): string {
  return [...text].map(initialOf).join("");
}

/** Whether a typed query finds a name: by its characters, or by the pinyin initials of its start (wwa, ww). */
export function nameMatches(name: string, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return true;
  if (name.toLowerCase().includes(wanted)) return true;
  return /^[a-z]+$/.test(wanted) && pinyinInitials(name).startsWith(wanted);
}
