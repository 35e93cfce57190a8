import { toSimplified } from '../i18n/simplified';

/**
 * Text as people type it into cells: full-width digits and letters, stray spaces inside names
 * (“张 三”), line breaks in headers, emoji pasted from chat, traditional characters.
 */
const EMOJI_AND_SYMBOLS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0e\ufe0f\u20e3]/gu;
const KEYCAP = /[0-9#*]\ufe0f?\u20e3/gu;

/** NFKC folds full-width forms (１２３, ＡＢ, （）) into their ASCII equivalents. */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

export function stripEmoji(text: string): string {
  return text.replace(KEYCAP, '').replace(EMOJI_AND_SYMBOLS, '');
}

/** A header cell reduced to what identifies it: “黨費金額（元）\n*” → “党费金额”. */
export function normalizeHeader(text: string): string {
  let t = foldWidth(stripEmoji(String(text)));
  t = t.replace(/[(\[【〔][^)\]】〕]*[)\]】〕]/g, ''); // units or notes in brackets: 金额（元）
  t = t.replace(/[\s*＊:：_\-—.·、/\\]+/g, '');
  return toSimplified(t).toLowerCase();
}

/** A person's name for matching across sheets: no spaces or emoji, simplified characters. */
export function normalizeName(text: string): string {
  const t = foldWidth(stripEmoji(String(text))).replace(/[\s\u3000·•.]+/g, '');
  return toSimplified(t);
}

/** A cell's text for value parsing: width folded, emoji removed, trimmed. */
export function cleanText(text: string): string {
  return foldWidth(stripEmoji(text)).replace(/\u3000/g, ' ').trim();
}

/** Splits a list of names written as “张三、李四，王五 赵六” (also ; and / and line breaks). */
export function splitNames(text: string): string[] {
  return cleanText(text)
    .split(/[、,，;；/\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/^(无|没有|—|-|none)$/i.test(s));
}
