import { join } from 'node:path';
import ExcelJS from 'exceljs';

/**
 * tests/support/lazyExcelJs.js stands for exceljs in jest (its parts loaded on first use). It must
 * be the object ExcelJS's own index builds: the same names, the same classes and enums.
 */
test('the lazy exceljs offers what exceljs offers, the same classes', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const real = require(join(__dirname, '..', '..', 'node_modules', 'exceljs', 'lib', 'exceljs.nodejs.js')) as Record<string, unknown> & { stream: { xlsx: Record<string, unknown> } };
  const lazy = ExcelJS as unknown as Record<string, unknown> & { stream: { xlsx: Record<string, unknown> } };
  expect(Object.keys(lazy).sort()).toEqual(Object.keys(real).sort());
  for (const key of Object.keys(real)) if (key !== 'stream') expect(lazy[key]).toBe(real[key]);
  expect(Object.keys(lazy.stream.xlsx).sort()).toEqual(Object.keys(real.stream.xlsx).sort());
  for (const key of Object.keys(real.stream.xlsx)) expect(lazy.stream.xlsx[key]).toBe(real.stream.xlsx[key]);
  expect(new ExcelJS.Workbook()).toBeInstanceOf(real.Workbook as new () => unknown);
});
