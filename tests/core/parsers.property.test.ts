import fc from 'fast-check';
import { parseDate, parseMoney, parseMonthHeader, parsePayment, parseHours } from '../../src/core/read/parseValues';
import { normalizeHeader, normalizeName, splitNames, splitNamesWithNotes } from '../../src/core/read/normalizeText';
import { toExcelSerial, formatIsoDate } from '../../src/core/calendar/calendarDate';
import { formatFen } from '../../src/core/money/fen';

const arbDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });

describe('value parsers (properties)', () => {
  it('read every written form of a date as the same calendar date', () => {
    fc.assert(
      fc.property(arbDate, fc.constantFrom('iso', 'slash', 'dot', 'cn', 'compact', 'serial', 'padded'), (d, form) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const text: string | number = {
          iso: formatIsoDate(d),
          slash: `${d.year}/${d.month}/${d.day}`,
          dot: `${d.year}.${d.month}.${d.day}`,
          cn: `${d.year}年${d.month}月${d.day}日`,
          compact: `${d.year}${p2(d.month)}${p2(d.day)}`,
          serial: toExcelSerial(d),
          padded: ` ${formatIsoDate(d)}\u3000`,
        }[form];
        const parsed = parseDate(text, form === 'serial' ? 'yyyy-mm-dd' : 'General');
        expect(parsed).toEqual({ date: d, precision: 'day' });
      }),
    );
  });

  it('never throws and never invents a date from arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseDate(s);
        // Two-digit years (25.3.5) and numerals (二〇二五年) are dates too: digits of some kind are the least a date holds.
        if (p !== null && p !== 'invalid') expect(/[0-9〇○零一二两三四五六七八九十]/.test(s.normalize('NFKC'))).toBe(true);
      }),
    );
  });

  it('reads month-only dates with month precision', () => {
    fc.assert(fc.property(arbDate, (d) => expect(parseDate(`${d.year}年${d.month}月`)).toEqual({ date: { ...d, day: 1 }, precision: 'month' })));
  });

  it('reads money written with ¥, 元, commas or full-width digits to the exact fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom('plain', 'yen', 'yuan', 'number', 'fullwidth'), (fen, form) => {
        const text = formatFen(fen);
        const written = { plain: text, yen: `¥${text}`, yuan: `${text}元`, number: fen / 100, fullwidth: text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) }[form];
        expect(parseMoney(written)).toBe(fen);
        expect(parsePayment(written)).toEqual({ fen });
      }),
    );
  });

  it('recognises month headers in every form, and nothing else as a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom('cn', 'cnfull', 'iso', 'en', 'zhnum'), (m, form) => {
        const zh = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][m - 1];
        const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
        const header = { cn: `${m}月`, cnfull: `${m}月份`, iso: `2025-${String(m).padStart(2, '0')}`, en, zhnum: `${zh}月` }[form];
        expect(parseMonthHeader(header)).toBe(m);
      }),
    );
    expect(parseMonthHeader('13月')).toBeNull();
    expect(parseMonthHeader('姓名')).toBeNull();
  });

  it('normalises names across spaces, width, emoji and traditional characters', () => {
    expect(normalizeName(' 張　三🤏')).toBe(normalizeName('张三'));
    fc.assert(fc.property(fc.constantFrom('张三', '李四', '欧阳娜娜'), fc.nat(3), (name, spaces) => expect(normalizeName(name.split('').join(' '.repeat(spaces)))).toBe(name)));
  });

  it('splits name lists on every separator people use', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('张三', '李四', '王五', '赵六'), { minLength: 1, maxLength: 4 }), fc.constantFrom('、', '，', ',', ' ', '；', '\n'), (names, sep) => {
        expect(splitNames(names.join(sep))).toEqual(names);
      }),
    );
  });

  it('reads a name padded with spaces (“王  伟”) as one name, in a list of any separator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('王伟', '马超', '张三丰', '李娜', '欧阳娜娜'), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('、', '，', ',', '；', '\n', ' ', '  '),
        (entries, sep) => {
          // A padded name is a two-character one (“王  伟”): it stands alone as single characters.
          const written = entries.map(([name, pad]) => ([...name].length === 2 && pad > 0 ? [...name].join(' '.repeat(pad)) : name));
          // Padded names next to each other with only spaces between them cannot be told apart (王 伟 马 超).
          fc.pre(!/^ +$/.test(sep) || entries.every(([name, pad]) => [...name].length !== 2 || pad === 0));
          expect(splitNames(written.join(sep))).toEqual(entries.map(([name]) => name));
        },
      ),
    );
    expect(splitNames('王 伟 李四')).toEqual(['王伟', '李四']);
    expect(splitNames('王 小伟、李四')).toEqual(['王小伟', '李四']);
    expect(splitNames('John Smith, Mary Lee')).toEqual(['John Smith', 'Mary Lee']);
  });

  it('keeps a bracketed remark apart from the name, whatever the brackets, separators and commas inside', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('张三', '李四', '欧阳娜娜'), fc.option(fc.constantFrom('出差', '病假，已补学', '公差; 待补学'), { nil: null })), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('、', '，', ',', ' ', '；', '\n'),
        fc.constantFrom(['（', '）'], ['(', ')'], ['【', '】'], ['[', ']']),
        fc.boolean(),
        (entries, sep, [open, close], spaced) => {
          const text = entries.map(([name, note]) => (note === null ? name : `${name}${spaced ? ' ' : ''}${open}${note}${close}`)).join(sep);
          expect(splitNamesWithNotes(text).map((n) => n.name)).toEqual(entries.map(([name]) => name));
          expect(splitNamesWithNotes(text).map((n) => n.note)).toEqual(entries.map(([, note]) => (note === null ? null : note.replace('，', ','))));
          expect(splitNames(text)).toEqual(entries.map(([name]) => name));
        },
      ),
    );
  });

  it('strips header noise but keeps the words', () => {
    expect(normalizeHeader('金额（元）')).toBe('金额');
    expect(normalizeHeader(' 黨費\n收繳* ')).toBe('党费收缴');
    expect(parseHours('1.5学时')).toBe(1.5);
  });
});
