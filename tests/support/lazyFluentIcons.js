'use strict';
/**
 * @fluentui/react-icons for jest, with each icon loaded on first use.
 *
 * Fluent's components `require("@fluentui/react-icons")` whole, and its CommonJS index loads all 60
 * icon chunks (21 MB, thousands of icons made at load time): about 1.2 s of the 2 s a pane test file
 * spends loading Fluent, paid again by every such file. Webpack's tree shaking keeps the product
 * from paying it, so the tests need not either. This module is the same package: its helpers as
 * they are, and each icon taken from the chunk that defines it when a component first reads it
 * (`_reacticons.ChevronDownRegular`). Fluent only reads named properties (checked: 50 plain
 * `require` calls, no namespace spread), so nothing observes the difference.
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const LIB = join(__dirname, '..', '..', 'node_modules', '@fluentui', 'react-icons', 'lib-cjs');

// The index without its icon chunks (see lib-cjs/index.cjs).
const helpers = {};
for (const part of ['utils/wrapIcon.cjs', 'utils/bundleIcon.cjs', 'utils/createFluentIcon.cjs', 'utils/useIconState.cjs', 'utils/constants.cjs', 'contexts/index.cjs']) {
  const mod = require(join(LIB, part));
  for (const name of Object.keys(mod)) if (name !== '__esModule' && !(name in helpers)) Object.defineProperty(helpers, name, { enumerable: true, get: () => mod[name] });
}
Object.defineProperty(helpers, '__esModule', { value: true });

// Icon name → chunk file, from each chunk's `exports.A = exports.B = … = void 0;` line. Made once per
// jest worker (the files do not change while tests run).
const INDEX_KEY = Symbol.for('branch-ledger.tests.fluent-icon-index');
function iconIndex() {
  const holder = require('node:util');
  if (!holder[INDEX_KEY]) {
    const index = new Map();
    for (const dir of ['icons', 'sizedIcons']) {
      for (const file of readdirSync(join(LIB, dir))) {
        if (!file.endsWith('.cjs')) continue;
        const path = join(LIB, dir, file);
        // The declarations come first, split over several `… = void 0;` lines.
        const lines = readFileSync(path, 'utf8').split('\n', 200);
        for (const line of lines) {
          if (!line.startsWith('exports.') || !line.endsWith('void 0;')) continue;
          for (const m of line.matchAll(/exports\.(\w+) =/g)) if (!index.has(m[1])) index.set(m[1], path);
        }
      }
    }
    holder[INDEX_KEY] = index;
  }
  return holder[INDEX_KEY];
}

const loaded = new Map();
module.exports = new Proxy(helpers, {
  get(target, name) {
    if (name in target || typeof name !== 'string') return target[name];
    if (loaded.has(name)) return loaded.get(name);
    const file = iconIndex().get(name);
    // An unknown name reads as undefined, as it would from the real index.
    const value = file ? require(file)[name] : undefined;
    loaded.set(name, value);
    return value;
  },
  has(target, name) {
    return name in target || (typeof name === 'string' && iconIndex().has(name));
  },
});
