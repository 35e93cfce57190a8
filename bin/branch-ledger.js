#!/usr/bin/env node
// The CLI is compiled by `npm ci` / `npm install` (the "prepare" script) into dist-cli/.
const path = require('node:path');
let cli;
try {
  cli = require(path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js'));
} catch {
  process.stderr.write('branch-ledger: the CLI is not built; run "npm run build:cli" (npm ci does it)\n');
  process.exit(2);
}
// `branch-ledger scan … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
