/**
 * OpenCC's simplified→traditional phrase dictionary is 1 MB of text, 40% of the web edition; it
 * is inlined gzipped (the build defines __ST_PHRASES_GZ__, base64) and inflated once at start,
 * before the modules that build the converter are evaluated (see ../index.tsx).
 */
declare const __ST_PHRASES_GZ__: string;

let phrases: string | null = null;

// An entry of the real dictionary: the converter needs a non-empty one if inflating is impossible.
const FALLBACK = '㓦划 㓦劃';

export async function loadPhrases(): Promise<void> {
  if (phrases !== null) return;
  try {
    const binary = atob(__ST_PHRASES_GZ__);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    phrases = await new Response(inflated).text();
  } catch {
    // DecompressionStream is in Chromium 80+ and Firefox 113+; older ones convert character by character.
    phrases = FALLBACK;
  }
}

export function stPhrases(): string {
  return phrases ?? FALLBACK;
}
