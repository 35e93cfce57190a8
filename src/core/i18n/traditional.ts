import * as OpenCC from 'opencc-js/cn2t';

// Building the converter loads OpenCC's dictionaries into a trie: do it once, on first use.
let converter: ((text: string) => string) | null = null;

/** Simplified → traditional characters (Taiwan standard forms, no phrase substitution). */
export function toTraditional(text: string): string {
  if (!converter) converter = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return converter(text);
}
