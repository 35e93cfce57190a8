import { readFileSync } from 'node:fs';
import { describeLost, partsLostByRewrite } from '../../adapters/exceljs/droppedParts';
import type { Language } from '../../core/i18n/language';

/**
 * What writing a workbook back through ExcelJS would lose (charts, pivot tables, shapes…), in the
 * user's words, or '' when nothing. Never throws: a file that cannot be read is reported by the read.
 */
export function rewriteLoss(file: string, lang: Language): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return '';
  }
  return describeLost(partsLostByRewrite(bytes), lang);
}

/** Said after a copy was written without some of its input's content; the input is untouched. */
export function copyLossNote(input: string, copy: string, loss: string, lang: Language): string {
  return lang === 'en-US'
    ? `branch-ledger: note: ${copy} does not have the ${loss} of ${input}: this tool cannot write them. ${input} itself is unchanged.`
    : `branch-ledger: 提示：副本 ${copy} 未包含 ${input} 中的${loss}，本工具无法写入这些内容；${input} 本身未改动。`;
}

/** Why an in-place change is refused: the file itself would lose them. */
export function inPlaceLossRefusal(file: string, loss: string, lang: Language): string {
  return lang === 'en-US'
    ? `cannot change ${file} in place: it has ${loss}, which this tool cannot write back, so saving would lose them; nothing was written. Write a copy with --out instead.`
    : `不能直接修改 ${file}：其中的${loss}本工具无法写回，保存会丢失；未写入任何内容。请改用 --out 另存副本。`;
}
