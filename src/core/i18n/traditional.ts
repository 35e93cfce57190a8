import { characterMap, convertCharacters } from './characterMap';
import { SIMPLIFIED_TO_TRADITIONAL } from './traditionalTable';

type Converter = (text: string) => string;

// OpenCC's simplified → traditional phrase tables are 1 MB: they load only for text shown to people
// in traditional Chinese (loadTraditional), not for every pane or CLI start.
let phrases: Converter | null = null;
let loadSync: (() => Converter) | null = null;
let characters: Map<string, string> | null = null;

// One word for "ledger" across the product, as the hand-written zh-TW texts have it.
const TERMS: readonly [RegExp, string][] = [[/[臺台][賬帳]/g, '台帳']];

function fixTerms(text: string): string {
  return TERMS.reduce((t, [pattern, word]) => t.replace(pattern, word), text);
}

/**
 * Simplified → traditional (Taiwan standard forms). With OpenCC's phrase tables once loaded
 * (loadTraditional, or a host's synchronous loader); before that, character by character, which
 * is enough where the text is only compared after toSimplified (the header reader).
 */
export function toTraditional(text: string): string {
  if (!phrases && loadSync) phrases = loadSync();
  // The same texts (rule titles, labels, month names) are converted again and again; a conversion
  // by character is forgotten once the phrase tables load.
  if (phrases !== memoBy) {
    memo.clear();
    memoBy = phrases;
  }
  let out = memo.get(text);
  if (out === undefined) {
    if (phrases) out = fixTerms(phrases(text));
    else {
      characters ??= characterMap(SIMPLIFIED_TO_TRADITIONAL);
      out = fixTerms(convertCharacters(text, characters));
    }
    // Bounded: cell texts of a large ledger must not grow it without end.
    if (memo.size >= 5000) memo.clear();
    memo.set(text, out);
  }
  return out;
}

const memo = new Map<string, string>();
let memoBy: Converter | null = null;

/** Whether text for people can be converted with phrase rules now. */
export function traditionalLoaded(): boolean {
  return phrases !== null;
}

/** Loads OpenCC's phrase tables (a separate chunk in the pane); call before showing zh-TW text. */
export async function loadTraditional(): Promise<void> {
  if (phrases) return;
  const OpenCC = await import(/* webpackChunkName: "opencc-phrases" */ 'opencc-js/cn2t');
  phrases ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
}

/** For hosts that can load synchronously (Node tests): the tables load on the first conversion. */
export function setTraditionalLoader(load: (() => Converter) | null): void {
  loadSync = load;
}
