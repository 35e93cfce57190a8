// Writes docs/rules.md from the rule catalogue (src/core/rules). `npm run docs:rules` builds the CLI
// first; tests/docs/rulesReference.test.ts fails when the file and the catalogue differ.
const { writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const { renderRulesReference } = require(join(__dirname, '..', 'dist-cli', 'core', 'rules', 'rulesReference.js'));

const target = join(__dirname, '..', 'docs', 'rules.md');
const temp = `${target}.tmp`;
writeFileSync(temp, renderRulesReference());
renameSync(temp, target);
process.stdout.write(`wrote ${target}\n`);
