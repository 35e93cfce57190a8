// Node can load OpenCC's phrase tables synchronously: tests see the same zh-TW text as a pane or CLI
// that has loaded them (the pane awaits loadTraditional; see src/core/i18n/traditional.ts).
import { setTraditionalLoader } from '../../src/core/i18n/traditional';

type Converter = (text: string) => string;

// One converter per jest worker, not one per test file: building OpenCC's phrase tables takes about
// 0.3 s and a worker runs dozens of files. Jest gives each file fresh modules and globals but the
// same Node core modules, so the converter (a pure function of its text) is kept on one of them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require('node:util') as Record<symbol, Converter | undefined>;
const KEY = Symbol.for('branch-ledger.tests.cn-to-tw');

setTraditionalLoader(() => {
  let convert = shared[KEY];
  if (!convert) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require('opencc-js/cn2t') as typeof import('opencc-js/cn2t');
    shared[KEY] = convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  }
  return convert;
});
