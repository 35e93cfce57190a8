const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS = 'node_modules/@microsoft/office-js/dist';
// office.js loads the host script for the running Excel and its UI strings from its own folder,
// so those few files come along; the rest of the 83 MB package (other hosts, 100+ locales) does not.
const OFFICE_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-win32-16.01.js',
  'excel-win32-16.00.js',
  'excel-web-16.00.js',
  'excel-mac-16.00.js',
  'excel-ios-16.00.js',
  'excel-15.js',
  'excel-15.01.js',
  'excel-15.02.js',
];
const OFFICE_LOCALES = ['zh-cn', 'zh-tw', 'en-us'];
const STARTUP_BUDGET_RAW = 800 * 1024;

async function httpsOptions() {
  // Only the dev server needs a certificate; building never touches the certificate store.
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      dialog: './src/dialog/dialog.ts',
    },
    // Lazy chunks (the engine, the other tabs, OpenCC's phrase tables) get content hashes: a new
    // version never meets a cached old chunk.
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'dialog.html', template: './src/dialog/dialog.html', chunks: ['dialog'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // ES5 and not bundled: it must run where the bundle cannot (see the file).
          { from: 'src/taskpane/legacyWebview.js', to: 'legacy-webview.js' },
          // Already minified by Microsoft: copied as they are, not run through terser again.
          ...OFFICE_FILES.map((f) => ({ from: `${OFFICE_JS}/${f}`, to: f, noErrorOnMissing: true, info: { minimized: true } })),
          ...OFFICE_LOCALES.map((l) => ({ from: `${OFFICE_JS}/${l}/office_strings.js`, to: `${l}/office_strings.js`, noErrorOnMissing: true, info: { minimized: true } })),
        ],
      }),
    ],
    // The budget for what the pane loads before its first render (scripts/check-bundle-size.js checks
    // the gzipped figure, 250 KB); webpack measures uncompressed bytes, about 3.2 times as many.
    performance: dev
      ? { hints: false }
      : {
          hints: 'warning',
          maxEntrypointSize: STARTUP_BUDGET_RAW,
          maxAssetSize: STARTUP_BUDGET_RAW,
          // office.js and its host scripts are Microsoft's; OpenCC's phrase tables load only for traditional Chinese.
          assetFilter: (file) => file.endsWith('.js') && !OFFICE_FILES.includes(file) && !file.includes('/office_strings') && !/opencc/.test(file),
        },
    devServer: serving
      ? {
          static: { directory: path.join(__dirname, 'dist') },
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: env.WEBPACK_BUILD || argv.https === false ? undefined : await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
