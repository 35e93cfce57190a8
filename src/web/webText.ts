import { localize, type Language, type Localized } from '../core/i18n/language';

/** Words of the web edition's own frame; the panels keep the pane's words (uiText.ts). */
const TEXT = {
  title: { zh: '支部台账助手 · 网页版', en: 'Branch Ledger · web edition', tw: '支部台帳助手 · 網頁版' },
  offline: {
    zh: '离线运行：文件只在这台电脑的浏览器里读取和生成，不会上传到任何地方。',
    en: 'Runs offline: files are read and made in this browser on this computer and never sent anywhere.',
  },
  open: { zh: '打开台账文件（.xlsx，可多选）', en: 'Open ledger files (.xlsx, one or several)', tw: '打開台帳文件（.xlsx，可多選）' },
  drop: { zh: '或把文件拖到这里', en: 'or drop files here' },
  opening: { zh: '正在读取文件…', en: 'Reading the files…' },
  noFiles: { zh: '还没有打开文件。检查、填写和汇总针对打开的台账；生成空白台账不需要打开文件。', en: 'No file open yet. Checking, filling and the summary work on an opened ledger; a new blank ledger needs none.', tw: '還沒有打開文件。檢查、填寫和匯總針對打開的台帳；生成空白台帳不需要打開文件。' },
  openFirst: { zh: '请先打开一个 .xlsx 台账文件', en: 'Open an .xlsx ledger file first', tw: '請先打開一個 .xlsx 台帳文件' },
  current: { zh: '当前文件', en: 'Current file' },
  changed: { zh: '（已填写，未下载）', en: ' (filled, not yet downloaded)' },
  oldFormat: {
    zh: '这是旧的 .xls/.et 格式，无法直接读取。请在 WPS 或 Excel 中打开它，点“文件 → 另存为”，文件类型选“Excel 工作簿 (*.xlsx)”，然后打开另存的 .xlsx 文件。',
    en: 'This is the old .xls/.et format, which cannot be read here. Open it in WPS or Excel, choose File → Save As, pick "Excel Workbook (*.xlsx)", then open the saved .xlsx file.',
  },
  notXlsx: { zh: '这不是 .xlsx 工作簿（文件内容不是 Excel 格式）。', en: 'This is not an .xlsx workbook (its content is not in Excel format).' },
  tooLarge: { zh: '文件有 {mb} MB，超过可读取的上限 {max} MB；请删除多余的工作表或内容后再试。', en: 'The file is {mb} MB, over the {max} MB a ledger workbook is read up to; remove stray sheets or content and try again.' },
  remove: { zh: '移除', en: 'Remove' },
  download: { zh: '下载', en: 'Download' },
  downloadChecked: { zh: '下载检查后的副本（标出问题 + 检查结果表）', en: 'Download the checked copy (highlights + findings sheet)', tw: '下載檢查後的副本（標出問題 + 檢查結果表）' },
  downloadJson: { zh: '下载检查结果 JSON', en: 'Download the findings (JSON)', tw: '下載檢查結果 JSON' },
  downloadReport: { zh: '下载汇总报告（各支部一览）', en: 'Download the report workbook (all branches)', tw: '下載匯總報告（各支部一覽）' },
  downloadFilled: { zh: '下载填写后的副本（含修改记录）', en: 'Download the filled copy (with the change log)', tw: '下載填寫後的副本（含修改記錄）' },
  downloadSummary: { zh: '下载含年度汇总的副本', en: 'Download the copy with the year-end summary', tw: '下載含年度匯總的副本' },
  downloadTemplate: { zh: '下载生成的台账', en: 'Download the new ledger', tw: '下載生成的台帳' },
  copyNote: { zh: '网页版不改动原文件：结果作为新文件下载。', en: 'The web edition never changes your file: results are downloaded as new files.' },
  batchIntro: { zh: '已打开多个文件：一次检查全部台账，列出各支部的问题数，并可下载汇总报告。', en: 'Several files are open: check them all at once, see each branch’s counts and download the report workbook.', tw: '已打開多個文件：一次檢查全部台帳，列出各支部的問題數，並可下載匯總報告。' },
  checkAll: { zh: '检查全部文件', en: 'Check all files' },
  progress: { zh: '正在检查 {i} / {n}：{file}', en: 'Checking {i} of {n}: {file}' },
  file: { zh: '文件', en: 'File' },
  branch: { zh: '支部', en: 'Branch' },
  problem: { zh: '无法检查的原因', en: 'Why it could not be checked', tw: '無法檢查的原因' },
  unreadable: { zh: '无法读取：', en: 'Cannot be read: ', tw: '無法讀取：' },
  view: { zh: '查看', en: 'View' },
  back: { zh: '← 返回全部文件', en: '← Back to all files' },
  checkedCopy: { zh: '检查后的副本', en: 'Checked copy' },
  filesDone: { zh: '已检查 {n} 个文件，其中 {bad} 个无法检查。', en: 'Checked {n} files; {bad} could not be checked.', tw: '已檢查 {n} 個文件，其中 {bad} 個無法檢查。' },
  language: { zh: '界面语言', en: 'Language', tw: '介面語言' },
} satisfies Record<string, Localized>;

export type WebTextKey = keyof typeof TEXT;

export function web(key: WebTextKey, lang: Language): string {
  return localize(TEXT[key], lang);
}
