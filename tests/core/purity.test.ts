import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The core is plain TypeScript: no host, UI or I/O API, so every host can run it and tests need no mock. */
const CORE = join(__dirname, '../../src/core');
const FORBIDDEN = /from\s+['"](exceljs|react|react-dom|@fluentui\/[^'"]*|office-addin-[^'"]*|fs|path|os|child_process|node:[^'"]*)['"]|\bExcel\.run\b|\bOffice\.(context|onReady)\b|\brequire\(|\bfetch\(|\bXMLHttpRequest\b|\bDate\.now\(|new Date\(\)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the pure core', () => {
  const sources = files(CORE);

  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((f) => [relative(CORE, f), f]))('%s reaches no host, UI, clock or I/O API', (_name, file) => {
    const offending = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && FORBIDDEN.test(line));
    expect(offending).toEqual([]);
  });
});
