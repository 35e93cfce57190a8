import fc from 'fast-check';
import { normalizeName, personMention, splitNames } from '../../src/core/read/normalizeText';
import { parseDate, parseMoney } from '../../src/core/read/parseValues';
import { parseEnum } from '../../src/core/read/parseEnum';

/** Names as lists write them, and a few forms of English ledgers (found by a blind tester's ledgers). */
describe('people named in lists', () => {
  it.each([
    ['刘桂兰已补学', '刘桂兰', true],
    ['补学：刘桂兰', '刘桂兰', false],
    ['陈志强送学上门', '陈志强', true],
    ['张三病假', '张三', false],
    ['王五', '王五', false],
    ['李补', '李补', false],
    ['孙丽1月15日补学', '孙丽', true],
    ['刘建军线上补学', '刘建军', true],
    ['张三2025.3.5补课', '张三', true],
    ['张三应补学', '张三', false],
    ['马超 补学', '马超', true],
    ['张三未补学', '张三', false],
    ['李四待补学', '李四', false],
  ])('%s → %s (made up: %s)', (text, name, madeUp) => {
    expect(personMention(text)).toMatchObject({ name, madeUp });
  });

  it('reads “张张应补学” as 张张 still owing, or as 张张应 made up where the branch has a 张张应', () => {
    expect(personMention('张张应补学')).toEqual({ name: '张张', madeUp: false, owed: true });
    expect(personMention('张张应补学', (n) => n === '张张应')).toEqual({ name: '张张应', madeUp: true });
    expect(personMention('张张应补学', (n) => n === '张张')).toEqual({ name: '张张', madeUp: false, owed: true });
    expect(personMention('张三于3月5日补学', (n) => n === '张三')).toEqual({ name: '张三', madeUp: true });
    expect(personMention('张于3月5日补学', (n) => n === '张于')).toEqual({ name: '张于', madeUp: true });
  });

  it('a name with words written on it is still the person, for any two-character or longer name', () => {
    const han = fc.constantFrom(...'张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢骆岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边辜吉饶刁瞿戚丘米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僖桑荆谌银扬明沙薄伏岑习胥保和蔺'.split(''));
    fc.assert(
      fc.property(fc.array(han, { minLength: 2, maxLength: 3 }), fc.constantFrom('已补学', '送学上门', '病假', '出差', '补学', '3月5日补学', '线上补学', '未补学', ''), (chars, tail) => {
        const name = chars.join('');
        // Given the branch's names, as the ledger reads it: “张应补学” is 张应 where the roster has one.
        expect(personMention(`${name}${tail}`, (n) => n === name).name).toBe(name);
      }),
      { numRuns: 200 },
    );
  });

  it('nobody absent is no name, and a count before the names is not a name', () => {
    expect(splitNames('全部到会')).toEqual([]);
    expect(splitNames('无缺席')).toEqual([]);
    expect(splitNames('2人：张三、李四')).toEqual(['张三', '李四']);
  });

  it('a bracketed remark or 同志 is not part of a name', () => {
    expect(normalizeName('张三（预备）')).toBe('张三');
    expect(normalizeName('陈志强同志')).toBe('陈志强');
  });
});

describe('English ledgers', () => {
  it('reads month/day/year text dates, "N yuan" and a labelled status', () => {
    expect(parseDate('1/8/2025')).toEqual({ date: { year: 2025, month: 1, day: 8 }, precision: 'day' });
    expect(parseDate('25/12/2025')).toEqual({ date: { year: 2025, month: 12, day: 25 }, precision: 'day' });
    expect(parseMoney('135 yuan')).toBe(13500);
    expect(parseEnum('relationStatus', 'Status: Active')).toBe('在册');
    expect(parseEnum('partyPost', 'Organization member')).toBe('组织委员');
  });
});
