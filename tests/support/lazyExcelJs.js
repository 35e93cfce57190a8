'use strict';
/**
 * exceljs for jest, with its parts loaded on first use.
 *
 * ExcelJS's index loads the whole library at once: 660 modules, of which the streaming reader and
 * writer (unzipper, archiver, bluebird, es-abstract…) are 380 that most test files never touch.
 * jest loads each module again for every test file, so this costs about 0.2 s per file in ~35 files.
 * This is the same object as lib/exceljs.nodejs.js builds, with each class required when first read.
 */
const { join } = require('node:path');

const LIB = join(__dirname, '..', '..', 'node_modules', 'exceljs', 'lib');
const lazy = (target, name, path) =>
  Object.defineProperty(target, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = require(join(LIB, path));
      Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });

const xlsx = {};
lazy(xlsx, 'WorkbookWriter', 'stream/xlsx/workbook-writer');
lazy(xlsx, 'WorkbookReader', 'stream/xlsx/workbook-reader');
const ExcelJS = { stream: { xlsx } };
lazy(ExcelJS, 'Workbook', 'doc/workbook');
lazy(ExcelJS, 'ModelContainer', 'doc/modelcontainer');
Object.assign(ExcelJS, require(join(LIB, 'doc/enums')));

module.exports = ExcelJS;
