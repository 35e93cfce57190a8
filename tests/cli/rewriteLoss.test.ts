import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { calendarDate } from '../../src/core/calendar/calendarDate';

// ExcelJS cannot write back charts, pivot tables, shapes, custom XML…: a file that has them is never
// changed in place, and a copy that lacks them says so (src/cli/files/rewriteLoss.ts).

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), today: () => calendarDate(2026, 3, 1) } };
}

const dir = mkdtempSync(join(tmpdir(), 'ledger-loss-'));
const plain = join(dir, 'plain.xlsx');
const withExtra = join(dir, 'with-custom-xml.xlsx');
const features = join(__dirname, '..', 'fixtures', 'features', 'lo-features.xlsx');

beforeAll(async () => {
  expect(await main(['sample', '--members', '8', '--year', '2025', '--as-of', '2025-06-30', '--out', plain], io().io)).toBe(0);
  // A part ExcelJS does not carry (as WPS and SharePoint add): the smallest loss there is.
  const zip = await JSZip.loadAsync(readFileSync(plain));
  zip.file('customXml/item1.xml', '<root/>');
  writeFileSync(withExtra, await zip.generateAsync({ type: 'nodebuffer' }));
}, 60000);

describe('what a rewrite would lose', () => {
  it('refuses to change a file in place when saving would lose part of it, and leaves it as it was', async () => {
    const before = readFileSync(withExtra);
    const t = io();
    expect(await main(['fill-dues', withExtra, '--month', '2025-07', '--in-place', '--lang', 'en-US'], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/cannot change .* in place: it has .*custom XML.*nothing was written.*--out/s);
    expect(readFileSync(withExtra).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.lock'))).toEqual([]);
    const s = io();
    expect(await main(['sync-roster', withExtra, '--in-place'], s.io)).toBe(2);
    expect(s.err.join('\n')).toMatch(/不能直接修改/);
    expect(readFileSync(withExtra).equals(before)).toBe(true);
  });

  it('writes a copy and says what the copy lacks; the input is unchanged', async () => {
    const before = readFileSync(withExtra);
    const out = join(dir, 'filled.xlsx');
    const t = io();
    expect(await main(['fill-dues', withExtra, '--month', '2025-07', '--out', out, '--lang', 'en-US'], t.io)).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(t.err.join('\n')).toMatch(/note: .*filled\.xlsx does not have the .*custom XML.* itself is unchanged/);
    expect(readFileSync(withExtra).equals(before)).toBe(true);
  });

  it('names charts and pivot tables with their sheets when a copy is made of a workbook that has them', async () => {
    const t = io();
    await main(['scan', features, '--out', join(dir, 'checked.xlsx'), '--lang', 'en-US'], t.io);
    expect(t.err.join('\n')).toMatch(/1 chart \(on 党费收缴台账\).*1 pivot table \(on 汇总\)/);
    const i = io();
    expect(await main(['init', '--year', '2025', '--branch', '第一党支部', '--into', features, '--out', join(dir, 'into.xlsx')], i.io)).toBe(0);
    expect(i.err.join('\n')).toMatch(/图表 1 个/);
  }, 60000);

  it('says nothing for a ledger the tool writes back whole', async () => {
    const t = io();
    expect(await main(['scan', plain, '--out', join(dir, 'plain-checked.xlsx'), '--as-of', '2025-06-30'], t.io)).toBe(0);
    expect(t.err).toEqual([]);
    const f = io();
    expect(await main(['sync-roster', plain, '--out', join(dir, 'plain-synced.xlsx')], f.io)).toBeLessThanOrEqual(1);
    expect(f.err.filter((l) => /note|提示/.test(l))).toEqual([]);
  }, 60000);
});
