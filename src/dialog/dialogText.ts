/**
 * Words of the result dialog the ribbon's 一键检查 shows. Written out in all three languages (not
 * converted by OpenCC) so the dialog does not load the conversion dictionaries: it opens at once.
 */
export type DialogLanguage = 'zh-CN' | 'zh-TW' | 'en-US';

const TEXT = {
  title: ['台账检查完成', '台帳檢查完成', 'Ledger check done'],
  errorTitle: ['检查未能完成', '檢查未能完成', 'The check could not run'],
  errorSummary: ['工作簿未作任何改动。原因：{sheet}', '活頁簿未作任何改動。原因：{sheet}', 'Nothing in the workbook was changed. Reason: {sheet}'],
  critical: ['严重', '嚴重', 'Critical'],
  warning: ['警告', '警告', 'Warning'],
  info: ['提示', '提示', 'Info'],
  summary: ['问题已列在“{sheet}”表中，相关单元格已标色；数据未作任何改动。', '問題已列在「{sheet}」表中，相關儲存格已標色；資料未作任何改動。', 'The findings are listed on the "{sheet}" sheet and their cells are coloured; no data was changed.'],
  noLedger: ['没有识别出任何台账表，因此什么也没有检查。请确认表头行写有“姓名”等列名，可对照“生成台账”的模板。', '沒有識別出任何台帳表，因此什麼也沒有檢查。請確認表頭列寫有「姓名」等欄名，可對照「生成台帳」的範本。', 'No ledger sheet was recognised, so nothing was checked. Make sure the header row names the columns (Name, …); compare with a generated template.'],
  open: ['在窗格中查看', '在窗格中檢視', 'Show in the pane'],
  close: ['知道了', '知道了', 'OK'],
  openHint: ['请在“开始”选项卡点击“台账助手”打开窗格，可逐条查看、筛选和定位。', '請在「常用」索引標籤按一下「台帳助手」開啟窗格，可逐條檢視、篩選和定位。', 'Open the pane from Home › Ledger pane to browse, filter and jump to each finding.'],
} as const satisfies Record<string, readonly [string, string, string]>;

export function dialogLanguage(value: string | null): DialogLanguage {
  return value === 'zh-TW' || value === 'en-US' ? value : 'zh-CN';
}

export function dialogText(key: keyof typeof TEXT, lang: DialogLanguage, sheet = ''): string {
  return TEXT[key][lang === 'zh-CN' ? 0 : lang === 'zh-TW' ? 1 : 2].replace('{sheet}', sheet);
}
