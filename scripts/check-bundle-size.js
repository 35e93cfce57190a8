// The pane's download budget: what taskpane.html loads before the first render (our scripts,
// gzipped; Microsoft's office.js aside) must stay within 250 KB. Prints every script's figures and
// exits 1 above the budget. Usage: npm run build && npm run size
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const { gzipSync } = require('node:zlib');

const DIST = join(__dirname, '..', 'dist');
const BUDGET_GZ = 250 * 1024;
const NOT_OURS = new Set(['office.js', 'legacy-webview.js']);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const figures = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return { file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const scriptsOf = (html) => [...readFileSync(join(DIST, html), 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1].replace(/^\.?\//, ''));
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

const startup = scriptsOf('taskpane.html').filter((f) => !NOT_OURS.has(f)).map(figures);
const lazy = walk(join(DIST, 'chunks')).map((p) => figures(relative(DIST, p))).sort((a, b) => b.gz - a.gz);
const total = startup.reduce((n, f) => n + f.gz, 0);

console.log('task pane scripts                              raw         gzipped');
for (const f of startup) console.log(`  startup  ${f.file.padEnd(36)} ${kb(f.raw).padStart(10)}  ${kb(f.gz).padStart(10)}`);
for (const f of lazy) console.log(`  lazy     ${f.file.padEnd(36)} ${kb(f.raw).padStart(10)}  ${kb(f.gz).padStart(10)}`);
console.log(`startup total ${kb(total)} gzipped; budget ${kb(BUDGET_GZ)} (${((100 * total) / BUDGET_GZ).toFixed(0)} %)`);
if (!startup.length) {
  console.error('no startup script found in dist/taskpane.html: build first (npm run build)');
  process.exit(1);
}
if (total > BUDGET_GZ) {
  console.error(`over budget by ${kb(total - BUDGET_GZ)}: split the startup path (lazy import) rather than raising the budget`);
  process.exit(1);
}
