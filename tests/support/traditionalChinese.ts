// Node can load OpenCC's phrase tables synchronously: tests see the same zh-TW text as a pane or CLI
// that has loaded them (the pane awaits loadTraditional; see src/core/i18n/traditional.ts).
import { setTraditionalLoader } from '../../src/core/i18n/traditional';

setTraditionalLoader(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const OpenCC = require('opencc-js/cn2t') as typeof import('opencc-js/cn2t');
  return OpenCC.Converter({ from: 'cn', to: 'tw' });
});
