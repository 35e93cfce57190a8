/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // TypeScript is stripped by Sucrase, file by file (tsconfig's isolatedModules promises that is safe;
  // `npm run typecheck` checks the types). ts-jest's transpileModule cost a fresh clone's first run
  // about 15 s of CPU time, Sucrase about a fifth; class fields stay native (as TypeScript emits for ES2022).
  transform: {
    '^.+\\.tsx?$': ['@sucrase/jest-plugin', { jsxRuntime: 'automatic', production: true }],
  },
  setupFiles: ['<rootDir>/tests/support/jsdomSetup.js', '<rootDir>/tests/support/quietMotion.js', '<rootDir>/tests/support/patientQueries.js', '<rootDir>/tests/support/noPositioning.js', '<rootDir>/tests/support/traditionalChinese.ts'],
  // A timeout means "hung", not "slow": on a busy machine (two suites at once on two cores) a jsdom
  // test can take several times its idle time. Nothing here waits on the clock.
  testTimeout: 60000,
  // Jest's default on two cores is one worker; the suites are independent and mostly wait on neither
  // disk nor network, so two halve the run (a run beside another full run still passes: 3 of 3).
  maxWorkers: 2,
  // `npm test` starts jest as `node --max-semi-space-size=32 …` (package.json), and the workers inherit
  // it: the suites allocate short-lived objects by the gigabyte (workbooks written and read back), and
  // with V8's default 16 MB nursery the collector took 12 % of the run; 32 MB cuts the suite's CPU
  // time by about 7 %. Processes the tests spawn do not inherit it (they are not forked).
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependencies break jest on Node 20;
    // the mock only needs the OfficeApp enum from this file.
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
    '\\.(css)$': '<rootDir>/tests/support/styleMock.js',
    // Zips are compressed with Node's zlib instead of pako's JavaScript port (see the file): reading is unchanged.
    '^pako$': '<rootDir>/tests/support/nativeDeflate.js',
    // Fluent's icons are loaded as components first read them, not all 60 chunks per test file (see the file).
    '^@fluentui/react-icons$': '<rootDir>/tests/support/lazyFluentIcons.js',
    // ExcelJS's streaming reader and writer load when first used, not in every test file (see the file).
    '^exceljs$': '<rootDir>/tests/support/lazyExcelJs.js',
  },
};
