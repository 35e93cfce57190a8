/** A table of character pairs (see characterTables.ts) as a map, built on first use. */
export function characterMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  const chars = [...pairs]; // code points: some characters lie outside the BMP
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  return map;
}

// Below U+2E80 (CJK radicals) there is nothing to convert: most header text is ASCII or digits.
const MAYBE_CJK = /[\u2e80-\uffff]/;

export function convertCharacters(text: string, map: Map<string, string>): string {
  if (!MAYBE_CJK.test(text)) return text;
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
