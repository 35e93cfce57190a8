import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { CLI_DIST, cliBuildIsFresh } from '../../scripts/cliBuild';

/**
 * What only a real process can show: a run killed (SIGKILL) while it writes leaves the ledger as it
 * was, and a file that exhausts the memory one file may use costs only that file's result. The
 * CLI runs as `branch-ledger` runs: from dist-cli when that was built from the sources as they are,
 * else compiled from the sources into a temporary folder.
 */
const repo = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'ledger-process-'));
const build = mkdtempSync(join(tmpdir(), 'ledger-cli-build-'));
const runner = join(build, 'run.js');

function cli(args: string[], options: { preload?: string } = {}): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...(options.preload ? ['--require', options.preload] : []), runner, ...args], { cwd: work, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NODE_PATH: join(repo, 'node_modules') } });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  let compiled = CLI_DIST;
  if (!cliBuildIsFresh()) {
    // Emitted without type checking (`npm run typecheck` does that): the test needs the JavaScript, in half the time.
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(repo, 'tsconfig.cli.json'), '--outDir', build, '--tsBuildInfoFile', join(build, '.tsbuildinfo'), '--noCheck'], { stdio: 'inherit' });
    compiled = build;
  }
  writeFileSync(runner, `require(${JSON.stringify(join(compiled, 'cli', 'main.js'))}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`);
  expect(cli(['sample', '--members', '8', '--year', '2025', '--as-of', '2025-06-30', '--out', 'ledger.xlsx']).status).toBe(0);
}, 240_000);

describe('a real process', () => {
  it('fill-dues --in-place killed (SIGKILL) just before its write lands leaves the input exactly as it was; the next run takes over the stale lock', () => {
    const file = join(work, 'ledger.xlsx');
    const before = readFileSync(file);
    // Dies the moment the finished temporary file is about to be renamed over the ledger.
    const preload = join(build, 'kill-on-rename.js');
    writeFileSync(preload, "const fs = require('node:fs'); const rename = fs.renameSync; fs.renameSync = (a, b) => { if (String(a).endsWith('.tmp')) process.kill(process.pid, 'SIGKILL'); return rename(a, b); };\n");
    const killed = cli(['fill-dues', 'ledger.xlsx', '--month', '2025-07', '--in-place'], { preload });
    expect(killed.signal).toBe('SIGKILL');
    expect(readFileSync(file).equals(before)).toBe(true);
    // What the kill left: the lock and a hidden temporary file, never a half-written ledger.
    expect(readdirSync(work).filter((f) => f.includes('ledger.xlsx'))).toEqual(expect.arrayContaining(['ledger.xlsx', '.ledger.xlsx.branch-ledger.lock']));
    const again = cli(['fill-dues', 'ledger.xlsx', '--month', '2025-07', '--in-place']);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(false);
    expect(existsSync(join(work, '.ledger.xlsx.branch-ledger.lock'))).toBe(false);
  }, 120_000);

  it('a file that exhausts the memory one file may use costs only its own result; the batch prints its JSON', async () => {
    // A legitimate workbook of 64 KB with one merged area of 1.9 million cells (A1:CV19000): under the
    // check's limit of 2 million cells, and the check streams it in a second; ExcelJS's full load (a
    // highlighted copy needs it) makes an object for every cell of the area: about 1 GB.
    const zip = await JSZip.loadAsync(readFileSync(join(work, 'ledger.xlsx')));
    const sheet = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
    const xml = (await zip.file(sheet)!.async('string')).replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '');
    zip.file(sheet, xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:CV19000"/></mergeCells>'));
    writeFileSync(join(work, 'heavy.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = cli(['scan', 'heavy.xlsx', 'ledger.xlsx', '--out', 'checked', '--max-memory-mb', '256', '--format', 'json', '--as-of', '2025-06-30']);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].errors).toEqual([expect.stringMatching(/^cannot read heavy\.xlsx: reading it needs more than the 256 MB of memory one file may use/)]);
    expect(doc.files[1].errors).toEqual([]);
    expect(doc.files[1].sheets.length).toBeGreaterThan(3);
  }, 300_000);
});
