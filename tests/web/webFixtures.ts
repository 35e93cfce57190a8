import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSample, generatedTemplate } from '../support/workbooks';
import { ROSTER_HEADER, member } from '../support/ledgerBuilder';

/** A ledger as a branch makes it by hand: a title row, its own headers, a totals row, an empty meeting log. */
export function handMadeLedger(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const put = (name: string, rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  };
  put('花名册', [ROSTER_HEADER, member('甲', { 党内职务: '书记', 月收入基数: 5001 }), member('乙', { 党小组: '一组' }), member('丙', { 入党日期: '2025-08-01', 党员类别: '预备党员', 转正日期: null }), member('丁', { 组织关系状态: '转出' })]);
  put('党费', [['2025年党费登记'], ['姓名', '类别', '基数', '月交额', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '备注'], ['甲', '在职', 5001, 75.02, 75.02, null, null, null, null, null, 70], ['丁', '在职', 3000, 15], ['戊', '在职', 3000, 15], ['合计', null, null, null]]);
  put('三会一课', [['日期', '类型', '主题', '主持人', '记录人', '应到人数', '实到人数', '缺席人员', '补学情况', '内容摘要'], ['2025/1/5', '支委會', '研究1月工作', '甲', '乙', 5, 5, null, null, '研究']]);
  return wb;
}

export interface Fixtures {
  readonly handMade: string;
  readonly sample: string;
  readonly sampleTw: string;
  readonly blank: string;
  readonly broken: string;
  readonly oldXls: string;
}

/** Writes the test files into `dir`: ledgers made by hand and by our template, a broken file and an old .xls. */
export async function writeFixtures(dir: string): Promise<Fixtures> {
  const f: Fixtures = {
    handMade: join(dir, '手工台账.xlsx'),
    sample: join(dir, '第一支部台账.xlsx'),
    sampleTw: join(dir, '第二支部臺帳.xlsx'),
    blank: join(dir, '空白台账.xlsx'),
    broken: join(dir, '损坏的文件.xlsx'),
    oldXls: join(dir, '旧格式.xls'),
  };
  await handMadeLedger().xlsx.writeFile(f.handMade);
  await (await generatedSample(30, true)).wb.xlsx.writeFile(f.sample);
  await (await generatedSample(12, true, 'zh-TW')).wb.xlsx.writeFile(f.sampleTw);
  await (await generatedTemplate()).xlsx.writeFile(f.blank);
  // A zip signature and then nothing a zip reader can use: what a truncated copy from a USB stick looks like.
  writeFileSync(f.broken, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 7)]));
  writeFileSync(f.oldXls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  return f;
}
