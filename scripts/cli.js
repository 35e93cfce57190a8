// `npm run cli -- …`: runs the compiled CLI, compiling first only when a source is newer than the
// last build (tsc itself takes seconds even when nothing changed). `node scripts/cli.js --build`
// compiles unconditionally (npm ci / npm run build:cli).
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');
const { ROOT, STAMP, cliBuildIsFresh } = require('./cliBuild');

function build() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.cli.json')], { stdio: 'inherit', cwd: ROOT });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[2] === '--build') {
  build();
} else {
  if (!cliBuildIsFresh()) build();
  require(join(ROOT, 'bin', 'branch-ledger.js'));
}
