import * as fs from 'node:fs';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { calendarDate } from '../../src/core/calendar/calendarDate';

/**
 * README's promises about files, each case a way a ledger was lost or corrupted (issue 10):
 * an output never replaces an input or an existing file unasked; writes are atomic; --in-place
 * runs exclude each other; a huge or hostile file costs only its own result.
 */
function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), today: () => calendarDate(2026, 3, 1) } };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const root = mkdtempSync(join(tmpdir(), 'ledger-safety-'));
const master = join(root, 'master-2025.xlsx');
let n = 0;
/** A fresh copy of a filled 2025 ledger in its own folder. */
function ledger(name = '台账.xlsx'): { dir: string; file: string; bytes: Buffer } {
  const dir = join(root, `case${++n}`);
  mkdirSync(dir);
  const file = join(dir, name);
  copyFileSync(master, file);
  return { dir, file, bytes: readFileSync(file) };
}

beforeAll(async () => {
  expect(await main(['sample', '--members', '8', '--year', '2025', '--as-of', '2025-06-30', '--out', master], io().io)).toBe(0);
});

describe('an output never replaces an input', () => {
  it('scan in.xlsx --report in.xlsx refuses (exit 2) and leaves the ledger byte for byte', async () => {
    const { file, bytes } = ledger();
    const t = io();
    expect(await main(['scan', file, '--report', file], t.io)).toBe(2);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain('is the input file');
  });

  it('summary in.xlsx --only --out in.xlsx refuses, even with --force', async () => {
    const { file, bytes } = ledger();
    expect(await main(['summary', file, '--only', '--out', file], io().io)).toBe(2);
    expect(await main(['summary', file, '--only', '--out', file, '--force'], io().io)).toBe(2);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('scan in.xlsx --out in.xlsx and fill-dues f.xlsx --out ./f.xlsx (another spelling) refuse', async () => {
    const { dir, file, bytes } = ledger('f.xlsx');
    expect(await main(['scan', file, '--out', file, '--force'], io().io)).toBe(2);
    const t = io();
    expect(await main(['fill-dues', file, '--month', '2025-07', '--out', join(dir, '.', 'sub', '..', 'f.xlsx'), '--force'], t.io)).toBe(2);
    expect(t.err[0]).toContain('--in-place');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a symbolic link or a hard link to the input is the input', async () => {
    const { dir, file, bytes } = ledger();
    const soft = join(dir, 'soft.xlsx');
    const hard = join(dir, 'hard.xlsx');
    symlinkSync(file, soft);
    linkSync(file, hard);
    expect(await main(['scan', file, '--out', soft, '--force'], io().io)).toBe(2);
    expect(await main(['fill-dues', file, '--month', '2025-07', '--out', hard, '--force'], io().io)).toBe(2);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('init --into mine.xlsx --out mine.xlsx refuses, even with --force', async () => {
    const { file, bytes } = ledger();
    expect(await main(['init', '--branch', 'x', '--into', file, '--out', file, '--force'], io().io)).toBe(2);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('an existing file or folder is replaced only with --force', () => {
  it.each([
    ['scan --out', (file: string, out: string) => ['scan', file, '--out', out]],
    ['scan --report', (file: string, out: string) => ['scan', file, '--report', out]],
    ['summary --out', (file: string, out: string) => ['summary', file, '--out', out]],
    ['summary --report', (file: string, out: string) => ['summary', file, '--report', out]],
    ['fill-dues --out', (file: string, out: string) => ['fill-dues', file, '--month', '2025-07', '--out', out]],
    ['sync-roster --out', (file: string, out: string) => ['sync-roster', file, '--out', out]],
  ])('%s: an existing file is kept (exit 2), replaced with --force', async (_name, argv) => {
    const { dir, file } = ledger();
    const out = join(dir, 'existing.xlsx');
    writeFileSync(out, 'precious');
    const t = io();
    expect(await main(argv(file, out), t.io)).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(t.err[0]).toContain('exists; pass --force');
    expect(await main([...argv(file, out), '--force'], io().io)).not.toBe(2);
    // sync-roster has nothing to add to this ledger and writes nothing; the others replace the file.
    if (argv(file, out)[0] !== 'sync-roster') expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('a non-empty output folder is refused without --force (scan and summary of several files)', async () => {
    const a = ledger('a.xlsx');
    const b = ledger('b.xlsx');
    const folder = join(root, 'results');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.checked.xlsx'), 'precious');
    const t = io();
    expect(await main(['scan', a.file, b.file, '--out', folder], t.io)).toBe(2);
    expect(t.err[0]).toContain('not empty');
    expect(await main(['summary', a.file, b.file, '--out', folder], io().io)).toBe(2);
    expect(readdirSync(folder)).toEqual(['a.checked.xlsx']);
    expect(readFileSync(join(folder, 'a.checked.xlsx'), 'utf8')).toBe('precious');
    expect(await main(['scan', a.file, b.file, '--out', folder, '--force'], io().io)).not.toBe(2);
    expect(readdirSync(folder).sort()).toEqual(['a.checked.xlsx', 'b.checked.xlsx']);
  });

  it('scan a/台账.xlsx b/台账.xlsx --out DIR refuses: one output would overwrite the other; nothing is written', async () => {
    const a = ledger();
    const b = ledger();
    const folder = join(root, 'both');
    const t = io();
    expect(await main(['scan', a.file, b.file, '--out', folder], t.io)).toBe(2);
    expect(t.err[0]).toContain('would both be written to');
    expect(existsSync(folder)).toBe(false);
  });
});

describe('atomic writes and the --in-place lock', () => {
  it('a full disk (ENOSPC) while writing leaves the --in-place file exactly as it was, with no temporary file', async () => {
    const { dir, file, bytes } = ledger();
    // The module object itself (the namespace import is frozen), as the file-writing code sees it.
    const nodeFs = jest.requireActual<typeof fs>('node:fs');
    const realWrite = nodeFs.writeSync;
    // The disk fills half-way through the workbook's bytes.
    const spy = jest.spyOn(nodeFs, 'writeSync').mockImplementation(((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
      if (typeof buffer === 'string' || (length ?? buffer.length) < 4096) return realWrite(fd, buffer, offset, length); // the lock file's line
      realWrite(fd, buffer, offset ?? 0, Math.floor((length ?? buffer.length) / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof fs.writeSync);
    const t = io();
    try {
      expect(await main(['fill-dues', file, '--month', '2025-07', '--in-place'], t.io)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['台账.xlsx']);
    expect(t.err.join('\n')).toMatch(/cannot write .*台账\.xlsx: the disk is full; .* was left as it was/);
  });

  it('two --in-place runs on one file at once: one refuses, so no month is silently lost', async () => {
    const { file } = ledger();
    const first = io();
    const second = io();
    const codes = await Promise.all([
      main(['fill-dues', file, '--month', '2025-07', '--in-place'], first.io),
      main(['fill-dues', file, '--month', '2025-08', '--in-place'], second.io),
    ]);
    expect([...codes].sort()).toEqual([0, 2]);
    expect([...first.err, ...second.err].join('\n')).toContain('is being changed by another run');
    // The lock is released: a later run goes ahead.
    expect(await main(['fill-dues', file, '--month', '2025-08', '--in-place'], io().io)).toBe(0);
    const dues = (await load(file)).getWorksheet('党费收缴台账')!;
    expect(dues.getCell('M4').value).toEqual(expect.any(Number));
    expect(dues.getCell('N4').value).toEqual(expect.any(Number));
  });

  it('--in-place refuses while Excel has the workbook open (its ~$ owner file is there)', async () => {
    const { dir, file, bytes } = ledger();
    writeFileSync(join(dir, '~$台账.xlsx'), Buffer.alloc(165));
    const t = io();
    expect(await main(['fill-dues', file, '--month', '2025-07', '--in-place'], t.io)).toBe(2);
    expect(t.err[0]).toContain('is open in Excel');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a file replaced in place keeps its permissions', async () => {
    const { file } = ledger();
    fs.chmodSync(file, 0o600);
    expect(await main(['fill-dues', file, '--month', '2025-07', '--in-place'], io().io)).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe("the ledger's year", () => {
  it('fill-dues --month 2030-01 on a 2025 ledger refuses, naming both years; nothing is written', async () => {
    const { dir, file, bytes } = ledger();
    const t = io();
    expect(await main(['fill-dues', file, '--month', '2030-01', '--in-place'], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/2025.*2030|2030.*2025/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(await main(['fill-dues', file, '--month', '2030-01', '--out', join(dir, 'o.xlsx')], io().io)).toBe(2);
    expect(existsSync(join(dir, 'o.xlsx'))).toBe(false);
  });

  it('summary --year 2026 on a 2025 ledger refuses, naming both years; no summary is written', async () => {
    const { dir, file } = ledger();
    const t = io();
    expect(await main(['summary', file, '--year', '2026', '--only', '--out', join(dir, 's.xlsx')], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/2025.*2026/);
    expect(existsSync(join(dir, 's.xlsx'))).toBe(false);
    expect(await main(['summary', file, '--year', '2025', '--only', '--out', join(dir, 's.xlsx')], io().io)).toBe(0);
  });

  it('the change log names the full month ("2025-07"), not only "7月"', async () => {
    const { dir, file } = ledger();
    const out = join(dir, 'o.xlsx');
    expect(await main(['fill-dues', file, '--month', '2025-07', '--out', out], io().io)).toBe(0);
    expect((await load(out)).getWorksheet('修改记录')!.getCell('B2').value).toContain('2025-07');
  });
});

describe('reading: plain messages, bounded work, one file never ends a batch', () => {
  it('an Excel lock file ~$台账.xlsx in a glob is skipped with a note; the batch passes', async () => {
    const { dir, file } = ledger();
    const owner = join(dir, '~$台账.xlsx');
    writeFileSync(owner, Buffer.alloc(165));
    const t = io();
    expect(await main(['scan', owner, file, '--format', 'json', '--as-of', '2025-06-30'], t.io)).toBe(0);
    const doc = JSON.parse(t.out[0]);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([file]);
    expect(doc.skipped).toEqual([{ file: owner, reason: expect.stringContaining('lock file') }]);
    expect(t.err).toEqual([expect.stringContaining(`skipped ${owner}`)]);
  });

  it('an old binary .xls/.et and an encrypted workbook get plain messages (how to save as .xlsx; remove the password)', async () => {
    const dir = ledger().dir;
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = join(dir, 'old.xlsx');
    writeFileSync(xls, Buffer.concat([ole, Buffer.alloc(4096), Buffer.from('Workbook', 'utf16le')]));
    const locked = join(dir, 'locked.xlsx');
    writeFileSync(locked, Buffer.concat([ole, Buffer.alloc(4096), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]));
    const t = io();
    expect(await main(['scan', xls, locked, '--format', 'json'], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/old binary workbook \(\.xls or WPS \.et\).*save it as \.xlsx/);
    expect(t.err[0]).toContain('另存为');
    expect(t.err[1]).toMatch(/protected with a password.*remove the password/);
  });

  it('a decompression bomb in a batch is refused from its zip directory; every other file still gets its result', async () => {
    const { dir, file } = ledger();
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file('xl/media/bomb.bin', Buffer.alloc(40 * 1024 * 1024));
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(bomb, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
    expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);
    const t = io();
    expect(await main(['scan', bomb, file, '--max-mb', '1', '--format', 'json', '--as-of', '2025-06-30'], t.io)).toBe(2);
    const doc = JSON.parse(t.out[0]);
    expect(doc.files[0].errors).toEqual([expect.stringMatching(/cannot read .*bomb\.xlsx: the file unpacks to \d+ MB, over the 16 MB/)]);
    expect(doc.files[1].errors).toEqual([]);
    expect(doc.files[1].sheets.length).toBeGreaterThan(3);
  });

  it('a stray formatted cell at A1048576 does not build a million-row grid; a stray value there is refused with a message naming the sheet', async () => {
    const { dir, file } = ledger();
    const wb = await load(file);
    wb.getWorksheet('党费收缴台账')!.getCell('A1048576').numFmt = '@';
    const formatted = join(dir, 'formatted.xlsx');
    await wb.xlsx.writeFile(formatted);
    wb.getWorksheet('党费收缴台账')!.getCell('A1048576').value = 'x';
    const stray = join(dir, 'stray.xlsx');
    await wb.xlsx.writeFile(stray);
    const t = io();
    const started = Date.now();
    expect(await main(['scan', stray, formatted, '--format', 'json', '--as-of', '2025-06-30'], t.io)).toBe(2);
    const doc = JSON.parse(t.out[0]);
    expect(doc.files[0].errors[0]).toMatch(/党费收缴台账.*1048576 rows/);
    expect(doc.files[1].errors).toEqual([]);
    expect(doc.files[1].sheets.length).toBeGreaterThan(3);
    // Not a timing threshold: a figure for the report (it took 1 min 46 s and 4.3 GB before).
    process.stdout.write(`stray-cell scan of two files: ${Date.now() - started} ms\n`);
  });

  it('a read failure and a write failure are told apart', async () => {
    const { dir, file } = ledger();
    const t = io();
    expect(await main(['scan', join(dir, 'missing.xlsx'), '--format', 'json'], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/cannot read .*missing\.xlsx: no such file/);
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const w = io();
    expect(await main(['scan', file, '--out', join(blocker, 'x.xlsx'), '--as-of', '2025-06-30'], w.io)).toBe(2);
    expect(w.err.join('\n')).toMatch(/cannot write .*x\.xlsx/);
  });
});
