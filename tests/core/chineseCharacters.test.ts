import * as OpenCCt2cn from 'opencc-js/t2cn';
import * as OpenCCcn2t from 'opencc-js/cn2t';
import fc from 'fast-check';
import { toSimplified } from '../../src/core/i18n/simplified';
import { TRADITIONAL_TO_SIMPLIFIED } from '../../src/core/i18n/simplifiedTable';
import { SIMPLIFIED_TO_TRADITIONAL } from '../../src/core/i18n/traditionalTable';
import { characterMap, convertCharacters } from '../../src/core/i18n/characterMap';
import { LEDGER_SCHEMAS } from '../../src/core/schema/sheetSchemas';
import { ENUMERATIONS } from '../../src/core/schema/enumerations';
import { normalizeHeader } from '../../src/core/read/normalizeText';

const opencc = OpenCCt2cn.Converter({ from: 't', to: 'cn' });
const phraseTraditional = OpenCCcn2t.Converter({ from: 'cn', to: 'tw' });

// Every header and drop-down label the reader recognises, as the product writes them.
function labels(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(LEDGER_SCHEMAS);
  walk(ENUMERATIONS);
  return [...new Set(out.filter((s) => /[\u4e00-\u9fff]/.test(s)))];
}

describe('character-level Chinese conversion (the header reader)', () => {
  it('gives OpenCC’s phrase-level result for every label the reader knows, written in traditional characters', () => {
    const all = labels();
    expect(all.length).toBeGreaterThan(100);
    for (const label of all) {
      const traditional = phraseTraditional(label);
      expect([label, toSimplified(traditional)]).toEqual([label, opencc(traditional)]);
    }
  });

  it('reads every label converted character by character (the fallback before the phrase tables load) as the label itself', () => {
    const s2t = characterMap(SIMPLIFIED_TO_TRADITIONAL);
    for (const label of labels()) expect([label, normalizeHeader(convertCharacters(label, s2t))]).toEqual([label, normalizeHeader(label)]);
  });

  it('reads a traditional header as its simplified form', () => {
    expect(normalizeHeader('黨費金額（元）\n*')).toBe('党费金额');
    expect(toSimplified('會議記錄 𠵾')).toBe(opencc('會議記錄 𠵾'));
  });

  it('leaves text without CJK characters alone and never changes the length in code points', () => {
    const s2t = characterMap(SIMPLIFIED_TO_TRADITIONAL);
    const t2s = characterMap(TRADITIONAL_TO_SIMPLIFIED);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect([...convertCharacters(text, t2s)].length).toBe([...text].length);
        expect([...convertCharacters(text, s2t)].length).toBe([...text].length);
        if (!/[\u2e80-\uffff]/.test(text)) expect(toSimplified(text)).toBe(text);
      }),
    );
  });
});
