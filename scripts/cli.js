// `npm run cli -- …`: runs the compiled CLI, compiling first only when a source is newer than the
// last build (tsc itself takes seconds even when nothing changed). `node scripts/cli.js --build`
// compiles unconditionally (npm ci / npm run build:cli).
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = join(__dirname, '..');
const STAMP = join(ROOT, 'dist-cli', '.built');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.cli.json', 'package-lock.json'];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs; // a deleted or renamed file changes its folder's time
  for (const f of readdirSync(path)) t = Math.max(t, newest(join(path, f)));
  return t;
}

function build() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.cli.json')], { stdio: 'inherit', cwd: ROOT });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[2] === '--build') {
  build();
} else {
  const stale = !existsSync(STAMP) || INPUTS.some((p) => existsSync(join(ROOT, p)) && newest(join(ROOT, p)) > statSync(STAMP).mtimeMs);
  if (stale) build();
  require(join(ROOT, 'bin', 'branch-ledger.js'));
}
