// Renders a workbook as a person would see it printed: LibreOffice → PDF → PNG pages (Debian
// packages libreoffice-calc, poppler-utils, fonts-noto-cjk).
// Usage: npm run render -- FILE.xlsx [OUT_DIR]   → OUT_DIR/<name>-<page>.png (default .render/)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const [file, outDir = '.render'] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run render -- FILE.xlsx [OUT_DIR]');
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
// A private profile: a running LibreOffice or a stale lock must not block the conversion.
execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, path.resolve(file)], { stdio: 'ignore' });
const pdf = path.join(work, `${path.basename(file, path.extname(file))}.pdf`);
fs.mkdirSync(outDir, { recursive: true });
const prefix = path.join(outDir, path.basename(file, path.extname(file)));
execFileSync('pdftoppm', ['-png', '-r', '70', pdf, prefix]);
const pages = fs.readdirSync(outDir).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'));
console.log(`${pages.length} pages → ${outDir}/`);
