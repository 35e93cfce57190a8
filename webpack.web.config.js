const path = require('node:path');
const fs = require('node:fs');
const ts = require('typescript');
const zlib = require('node:zlib');
const { Compilation, DefinePlugin, NormalModuleReplacementPlugin, optimize, sources } = require('webpack');

/**
 * The web edition: one self-contained HTML file (dist-web/branch-ledger.html). The bundle is
 * inlined into the page, so it runs from file:// (a USB stick, a shared folder) with no server
 * and loads nothing. Browsers of UOS/Kylin and WPS's era are Chromium 86-ish: the whole bundle,
 * node_modules included, is lowered to ES2019 (checked by `npm run check:web`).
 */
const OUT = 'branch-ledger.html';
const BUNDLE = 'branch-ledger.js';
const TARGET = ts.ScriptTarget.ES2019;

/** OpenCC's phrase dictionary (1 MB of text), gzipped and base64-encoded: inflated in the page at start. */
function stPhrasesGzipBase64() {
  const source = fs.readFileSync(path.resolve(__dirname, 'node_modules/opencc-js/dist/esm-lib/dict/STPhrases.js'), 'utf8');
  const match = /^export default (".*");\s*$/s.exec(source);
  if (!match) throw new Error('unexpected form of opencc-js STPhrases.js');
  return zlib.gzipSync(Buffer.from(JSON.parse(match[1]), 'utf8'), { level: 9 }).toString('base64');
}

/** Lowers syntax newer than ES2019 (?. ?? class fields…) that the libraries ship, before terser minifies. */
class LowerSyntaxPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LowerSyntaxPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LowerSyntaxPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith('.js'))) {
          const out = ts.transpileModule(assets[name].source().toString(), {
            compilerOptions: { target: TARGET, module: ts.ModuleKind.None, allowJs: true, removeComments: false, alwaysStrict: false, noEmitHelpers: false, importHelpers: false },
            reportDiagnostics: false,
          });
          compilation.updateAsset(name, new sources.RawSource(out.outputText));
        }
      });
    });
  }
}

/** Puts the minified bundle into the page and drops the separate file. */
class InlineIntoHtmlPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineIntoHtmlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineIntoHtmlPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        const js = assets[BUNDLE].source().toString();
        // The HTML parser ends a script at "</script" and changes state at "<!--", wherever they stand.
        const safe = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
        const template = fs.readFileSync(path.resolve(__dirname, 'src/web/index.html'), 'utf8');
        const [before, after] = template.split('<!--BUNDLE-->');
        compilation.emitAsset(OUT, new sources.RawSource(`${before}<script>${safe}</script>${after}`));
        compilation.deleteAsset(BUNDLE);
      });
    });
  }
}

module.exports = () => {
  return {
    target: ['web', 'es2019'],
    devtool: false,
    entry: { web: './src/web/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist-web'), filename: BUNDLE, clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: {
        // ExcelJS's browser build without its ES5 polyfills: every target browser has Promise, Map, async.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.bare.min.js'),
        // The same converter from OpenCC's core and preset, so its phrase dictionary can be replaced (below).
        'opencc-js/cn2t$': path.resolve(__dirname, 'src/web/opencc/cn2t.ts'),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target: 'ES2019' } } },
        },
      ],
    },
    // One file: every dynamic import is folded into the one bundle.
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      new NormalModuleReplacementPlugin(/dict[\\/]STPhrases\.js$/, path.resolve(__dirname, 'src/web/opencc/stPhrases.ts')),
      new DefinePlugin({ __ST_PHRASES_GZ__: JSON.stringify(stPhrasesGzipBase64()) }),
      new optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new LowerSyntaxPlugin(),
      new InlineIntoHtmlPlugin(),
    ],
    performance: { hints: false },
  };
};
