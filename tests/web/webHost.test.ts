import ExcelJS from 'exceljs';
import { calendarDate } from '../../src/core/calendar/calendarDate';
import { fileProblem, MAX_XLSX_MB, type OpenedFile } from '../../src/web/openedFiles';
import { webHost, type OutputKind } from '../../src/web/webHost';
import { batchJson, scanFiles } from '../../src/web/batchScan';
import type { Download } from '../../src/web/download';
import { handMadeLedger } from './webFixtures';

// ExcelJS round trips: generous on a loaded machine (the figures that matter are in npm run bench:web).
jest.setTimeout(60_000);

const zip = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]);
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function opened(wb: ExcelJS.Workbook, name = '手工台账.xlsx', id = 1): Promise<OpenedFile> {
  const data = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return { id, name, bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer, problem: null, changed: false };
}

async function bookOf(d: Download): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await d.make()) as ArrayBuffer);
  return wb;
}

describe('opening files in the web edition', () => {
  it('tells an old .xls/.et (by name or by content), a non-workbook and an oversized file from an .xlsx', () => {
    expect(fileProblem('台账.xls', 100, ole, 'zh-CN')).toContain('另存为');
    expect(fileProblem('台账.et', 100, zip, 'en-US')).toContain('Save As');
    expect(fileProblem('renamed.xlsx', 100, ole, 'zh-CN')).toContain('.xls/.et');
    expect(fileProblem('notes.xlsx', 100, new TextEncoder().encode('hello wo'), 'en-US')).toContain('not an .xlsx');
    expect(fileProblem('big.xlsx', (MAX_XLSX_MB + 1) * 1024 * 1024, zip, 'en-US')).toContain(`${MAX_XLSX_MB} MB`);
    expect(fileProblem('台账.xlsx', 100, zip, 'zh-CN')).toBeNull();
  });
});

describe('the web host (the pane’s host over opened bytes)', () => {
  const ui = { today: () => calendarDate(2025, 7, 20), lang: 'zh-CN' as const };

  it('a scan offers the checked copy and the findings document, and leaves the opened bytes as they were', async () => {
    const file = await opened(handMadeLedger());
    const before = new Uint8Array(file.bytes!).slice();
    const outputs = new Map<OutputKind, Download>();
    const host = webHost(file, ui, { output: (k, d) => outputs.set(k, d), changed: () => undefined });
    const outcome = await host.scan({ asOf: calendarDate(2025, 6, 30), today: ui.today(), lang: 'zh-CN' });
    expect(outcome.result.findings.length).toBeGreaterThan(0);
    const doc = JSON.parse((await outputs.get('findings')!.make()) as string);
    expect(doc.files[0].file).toBe('手工台账.xlsx');
    expect(doc.files[0].findings).toHaveLength(outcome.result.findings.length);
    expect((await bookOf(outputs.get('checked')!)).getWorksheet('检查结果')).toBeDefined();
    expect(outputs.get('checked')!.name).toBe('手工台账.checked.xlsx');
    expect(new Uint8Array(file.bytes!)).toEqual(before);
  });

  it('a helper that writes changes the working copy and offers it with its 修改记录; a preview changes nothing', async () => {
    const file = await opened(handMadeLedger());
    const changed: ArrayBuffer[] = [];
    const outputs = new Map<OutputKind, Download>();
    const host = webHost(file, ui, { output: (k, d) => outputs.set(k, d), changed: (b) => changed.push(b) });
    await host.previewFillDues(2025, 2);
    expect(changed).toHaveLength(0);
    const preview = await host.fillDues(2025, 2);
    expect(preview.fills.length).toBeGreaterThan(0);
    expect(changed).toHaveLength(1);
    const filled = await bookOf(outputs.get('filled')!);
    expect(filled.getWorksheet('党费')!.getCell('F3').value).toBe(75.02);
    expect(filled.getWorksheet('修改记录')).toBeDefined();
  });

  it('without a file, only a template can be made', async () => {
    const outputs = new Map<OutputKind, Download>();
    const host = webHost(null, ui, { output: (k, d) => outputs.set(k, d), changed: () => undefined });
    await expect(host.previewSyncRoster()).rejects.toThrow('请先打开');
    const outcome = await host.generateTemplate({ settings: { branchName: '第一党支部', unitType: '机关', year: 2025 }, lang: 'zh-CN', sheets: ['roster'], today: ui.today() });
    expect(outcome.status).toBe('written');
    expect((await bookOf(outputs.get('template')!)).worksheets.map((w) => w.name)).toContain('党员名册');
  });
});

describe('checking many files', () => {
  it('lists an unreadable file with its reason and checks the others', async () => {
    const good = await opened(handMadeLedger(), 'a.xlsx', 1);
    const broken: OpenedFile = { id: 2, name: 'b.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]).buffer, problem: null, changed: false };
    const old: OpenedFile = { id: 3, name: 'c.xls', bytes: null, problem: 'old format', changed: false };
    const progress: number[] = [];
    const asOf = calendarDate(2025, 6, 30);
    const entries = await scanFiles([good, broken, old], { asOf, today: asOf, lang: 'zh-CN' }, (done) => progress.push(done));
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(entries.map((e) => e.scanned.errors.length)).toEqual([0, 1, 1]);
    expect(entries[1].scanned.errors[0]).toMatch(/^cannot read b\.xlsx: /);
    expect(entries[2].scanned.errors[0]).toBe('cannot read c.xls: old format');
    expect(JSON.parse(batchJson(asOf, entries)).files.map((f: { file: string }) => f.file)).toEqual(['a.xlsx', 'b.xlsx', 'c.xls']);
  });
});

describe('待办 in the web edition', () => {
  const ui = { today: () => calendarDate(2025, 7, 20), lang: 'zh-CN' as const };
  it('lists what is due next from the opened file, and offers a copy with the 月度工作提醒 sheet', async () => {
    const file = await opened(handMadeLedger());
    const outputs = new Map<OutputKind, Download>();
    const host = webHost(file, ui, { output: (k, d) => outputs.set(k, d), changed: () => undefined });
    const outcome = await host.upcoming!({ asOf: calendarDate(2025, 7, 20), today: ui.today(), lang: 'zh-CN', days: 30 });
    expect(outcome.items.length).toBeGreaterThan(0);
    expect(outcome.items.every((i) => i.due >= '2025-07-20' && i.due <= '2025-08-19')).toBe(true);
    await host.writeReminders!({ asOf: calendarDate(2025, 7, 20), today: ui.today(), lang: 'zh-CN' });
    expect((await bookOf(outputs.get('filled')!)).getWorksheet('月度工作提醒')).toBeDefined();
  });
});
