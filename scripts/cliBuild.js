// Whether dist-cli holds the CLI compiled from the sources as they are now: `npm run cli` compiles
// first when it does not, and the process tests run it as it is when it does.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const CLI_DIST = join(ROOT, 'dist-cli');
const STAMP = join(CLI_DIST, '.built');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.cli.json', 'package-lock.json'];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs; // a deleted or renamed file changes its folder's time
  for (const f of readdirSync(path)) t = Math.max(t, newest(join(path, f)));
  return t;
}

/** True when dist-cli was built after every source (and tsconfig, and the lockfile) last changed. */
function cliBuildIsFresh() {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.every((p) => !existsSync(join(ROOT, p)) || newest(join(ROOT, p)) <= built);
}

module.exports = { ROOT, CLI_DIST, STAMP, cliBuildIsFresh };
