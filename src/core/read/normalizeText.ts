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

// Every character the two patterns above can match is ©, ®, in U+2000–U+3299, a surrogate (the
// emoji planes) or a variation selector: text without any of them (most cells) has no emoji.
const MAY_HOLD_EMOJI = /[\u00a9\u00ae\u2000-\u3299\ud800-\udfff\ufe0e\ufe0f]/;

export function stripEmoji(text: string): string {
  return MAY_HOLD_EMOJI.test(text) ? text.replace(KEYCAP, '').replace(EMOJI_AND_SYMBOLS, '') : text;
}

/**
 * The same text is normalised again and again (a name on every sheet, 已交 down a column): each of
 * these pure functions keeps its recent answers. Bounded, so a hostile file cannot grow it without end.
 */
function remembered(f: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let out = memo.get(text);
    if (out === undefined) {
      if (memo.size >= 50000) memo.clear();
      memo.set(text, (out = f(text)));
    }
    return out;
  };
}

/** A header cell reduced to what identifies it: “黨費金額（元）\n*” → “党费金额”. */
export const normalizeHeader = (text: string): string => normalizeHeaderOnce(String(text));
const normalizeHeaderOnce = remembered(function normalizeHeader(text: string): string {
  let t = foldWidth(stripEmoji(String(text)));
  t = t.replace(/[(\[【〔][^)\]】〕]*[)\]】〕]/g, ''); // units or notes in brackets: 金额（元）
  t = t.replace(/[\s*＊:：_\-—.·、/\\]+/g, '');
  return toSimplified(t).toLowerCase();
});

/** A person's name for matching across sheets: no spaces or emoji, simplified characters. */
export const normalizeName = (text: string): string => normalizeNameOnce(String(text));
const normalizeNameOnce = remembered(function normalizeName(text: string): string {
  // “张三（预备）” on the dues sheet is the roster's 张三: a bracketed remark is not part of a name.
  const t = foldWidth(stripEmoji(String(text)))
    .replace(/[(\[【〔][^)\]】〕]*[)\]】〕]/g, '')
    .replace(/[\s\u3000·•.]+/g, '')
    // “陈志强同志” in a talk record is 陈志强.
    .replace(/^(.{2,})(同志|同學|同学)$/, '$1');
  return toSimplified(t);
});

/** A cell's text for value parsing: width folded, emoji removed, trimmed. */
export const cleanText = remembered(function cleanText(text: string): string {
  return foldWidth(stripEmoji(text)).replace(/\u3000/g, ' ').trim();
});

// A bracketed remark after a name: 李四（出差）, 王五(病假，已补学), 赵六【公差】 (width is folded first).
const NOTE = /[([【〔]([^)\]】〕]*)[)\]】〕]/g;
// Ways of saying nobody was absent (or nobody made up): not names.
const NO_ONE = /^(无|没有|暂无|—|-|\/|0|0人|none|nil|全部到会|全体到会|全员到会|全员参加|全部参加|全到|均到会|均已到会|无缺席|无人缺席|无缺席人员|无请假|应到尽到)$/i;
// “2人：张三、李四”: the count before the names.
const COUNT_PREFIX = /^\s*\d+\s*(人|名)\s*[:：]?\s*/;

/**
 * The names in one part of a list between separators. Spaces separate names too (“张三 李四”), but
 * people also pad a two-character name to the width of three (“王  伟”, “马 超”): a single character
 * standing alone is part of the name next to it, so “王 伟 李四” is 王伟 and 李四, “王 小伟” is 王小伟. A name in Latin
 * letters keeps its spaces (“John Smith”): such lists separate names with commas.
 */
function namesInPart(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  if (/\p{Script=Latin}/u.test(t)) return [t.replace(/\s+/g, ' ')];
  const tokens = t.split(/\s+/);
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if ([...token].length === 1) {
      run += token;
      continue;
    }
    // “王 伟 李四”: two or more single characters are a name; one alone starts the next (“王 小伟”).
    if ([...run].length >= 2) out.push(run, token);
    else out.push(run + token);
    run = '';
  }
  if (run) out.push(run);
  return out;
}

/** Names with the remark each carries: “李四（出差）、王五” → 李四 / 出差, 王五 / null. */
export function splitNamesWithNotes(text: string): { name: string; note: string | null }[] {
  const out: { name: string; note: string | null }[] = [];
  // Remarks are set aside first, so a comma inside one (病假，已补学) does not split a name.
  const notes: string[] = [];
  const marked = cleanText(text).replace(COUNT_PREFIX, '').replace(NOTE, (_, note: string) => `\u0000${notes.push(note.trim()) - 1}\u0000`);
  for (const part of marked.split(/[、,，;；/\n\r]+/)) {
    // Each remark belongs to the name written just before it: “张三（病假） 李四（出差）”.
    const pieces = part.split(/(\u0000\d+\u0000)/);
    for (let i = 0; i < pieces.length; i += 2) {
      const note = i + 1 < pieces.length ? notes[Number(pieces[i + 1]!.replace(/\u0000/g, ''))] : undefined;
      const written = namesInPart(pieces[i]!);
      const names = written.filter((name) => !NO_ONE.test(name));
      for (const name of names) out.push({ name, note: null });
      // “无（全部到会）”: the remark of a word that names nobody belongs to nobody.
      if (!note || (written.length > 0 && names.length === 0)) continue;
      const last = out[out.length - 1];
      // “李四 （出差）”: a remark standing alone belongs to the name before it.
      if (last) last.note = last.note ? `${last.note}；${note}` : note;
    }
  }
  return out;
}

// Words written onto a name in absentee and make-up lists: “补学：刘桂兰”, “周文斌已补学”, “陈志强送学上门”, “张三病假”.
const MENTION_PREFIX = /^(已补学|已补课|补学人员|补课人员|补学|补课|已补|缺席人员|缺席|请假人员|请假|未到)[:：]?/;
// 补学 alone too (“孙丽1月15日补学”), but not 未补学 / 待补学 / 需补学, which say it is still owed (应补学: see ABSENCE_SUFFIX).
const MADE_UP_SUFFIX = /(已补学|已补课|已完成补学|补学完成|补课完成|已补|已送学|送学上门|送学|已自学|已学习|已传达|(?<![未待没需])(?:补学|补课))$/;
// Words saying the make-up is still owed: the person named is not made up, even in a 补学情况 column.
const OWED_WORDS = '尚未补学|未补学|待补学|未补课|待补课|需补学|应补学|要补学';
const OWED = new RegExp(`(${OWED_WORDS})$`);
const ABSENCE_SUFFIX = new RegExp(`(${OWED_WORDS}|病假|事假|请假|出差|外出|住院|公差|休假|因公|因病|因事|外派|产假)$`);

// When and how a make-up was done, written between the name and 补学: “孙丽1月15日补学”, “刘建军线上补学”.
const MADE_UP_DATE = /(?:\d{4}\s*[年.\-/]\s*)?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?$/;
const MADE_UP_HOW = /(?:线上|线下|网上|在线|自行|个人|集中|单独)$/;

/** The name before a make-up's date or manner (“孙丽1月15日”, “刘建军线上”). */
function withoutMadeUpDetail(t: string): string | null {
  const m = MADE_UP_HOW.exec(t) ?? MADE_UP_DATE.exec(t);
  // “张三于3月5日” keeps its 于 here: 于 ends names too (张于); personMention asks the roster.
  return m ? t.slice(0, m.index).trim() : null;
}

export interface Mention {
  readonly name: string;
  readonly madeUp: boolean;
  /** The words say the make-up is still owed (张三未补学). */
  readonly owed?: true;
}

/** One reading of a mention; where a make-up word and an owed word both end it, `preferOwed` decides. */
function readMention(text: string, preferOwed: boolean): Mention {
  let t = text.trim().replace(MENTION_PREFIX, '');
  let madeUp = false;
  let owed = false;
  for (;;) {
    const made = MADE_UP_SUFFIX.exec(t)?.[0] ?? '';
    const absent = ABSENCE_SUFFIX.exec(t)?.[0] ?? '';
    // Each leaves a name of two characters or more.
    const fits = (w: string): boolean => w !== '' && t.length - w.length >= 2;
    const pickAbsent = fits(absent) && (!fits(made) || (preferOwed && absent.length >= made.length));
    const word = pickAbsent ? absent : fits(made) ? made : '';
    if (word) {
      if (pickAbsent) owed ||= OWED.test(word);
      else madeUp = true;
      t = t.slice(0, t.length - word.length).trim();
      continue;
    }
    const name = madeUp ? withoutMadeUpDetail(t) : null;
    if (name === null || name.length < 2 || name === t) break;
    t = name;
  }
  return owed ? { name: t, madeUp, owed } : { name: t, madeUp };
}

/**
 * A person named in a list, without the words written onto the name; and whether those words say
 * it was made up. “张三应补学” is 张三, still owing; but “张应补学” may be 张应, made up, and
 * “张三于3月5日补学” 张三: given the names the branch has (`known`, normalised), the reading that
 * names one of them wins.
 */
export function personMention(text: string, known?: (name: string) => boolean): Mention {
  const first = readMention(text, true);
  if (!known || known(normalizeName(first.name))) return first;
  const other = readMention(text, false);
  if (known(normalizeName(other.name))) return other;
  // “张三于3月5日补学”: 于 (or 在) before the date, where the branch has a 张三.
  const bare = first.name.replace(/[于在]$/, '');
  return first.madeUp && bare !== first.name && known(normalizeName(bare)) ? { ...first, name: bare } : first;
}

/** Splits a list of names written as “张三、李四，王五 赵六” (also ; and / and line breaks), bracketed remarks left out. */
export function splitNames(text: string): string[] {
  return splitNamesWithNotes(text).map((n) => n.name);
}
