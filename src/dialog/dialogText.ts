/**
 * Words of the result dialog the ribbon's 一键检查 shows. Written out in all three languages (not
 * converted by OpenCC) so the dialog does not load the conversion dictionaries: it opens at once.
 */
export type DialogLanguage = 'zh-CN' | 'zh-TW' | 'en-US';

const TEXT = {
  title: ['台账检查完成', '台帳檢查完成', 'Ledger check done'],
  errorTitle: ['检查未能完成', '檢查未能完成', 'The check could not run'],
  errorSummary: ['工作簿未作任何改动。原因：{sheet}', '活頁簿未作任何改動。原因：{sheet}', 'Nothing in the workbook was changed. Reason: {sheet}'],
  // Writing had begun: what Excel kept is in the reason (the add-in checks which sheets are there).
  errorPartial: ['写入未能全部完成，工作簿已有部分改动：{sheet}', '寫入未能全部完成，活頁簿已有部分改動：{sheet}', 'Writing stopped part-way and the workbook was partly changed: {sheet}'],
  errorWhileWriting: ['写入时出错，工作簿可能已有部分改动（检查结果表或标色可能不完整）。原因：{sheet}', '寫入時出錯，活頁簿可能已有部分改動（檢查結果表或標色可能不完整）。原因：{sheet}', 'Writing failed and the workbook may be partly changed (the findings sheet or the colours may be incomplete). Reason: {sheet}'],
  critical: ['严重', '嚴重', 'Critical'],
  warning: ['警告', '警告', 'Warning'],
  info: ['提示', '提示', 'Info'],
  summary: ['问题已列在“{sheet}”表中，相关单元格已标色；数据未作任何改动。', '問題已列在「{sheet}」表中，相關儲存格已標色；資料未作任何改動。', 'The findings are listed on the "{sheet}" sheet and their cells are coloured; no data was changed.'],
  summaryUncoloured: ['问题已列在“{sheet}”表中；单元格未能标色（此 Excel 不支持，或无法读取表中已有的条件格式）；数据未作任何改动。', '問題已列在「{sheet}」表中；儲存格未能標色（此 Excel 不支援，或無法讀取表中已有的設定格式化的條件）；資料未作任何改動。', 'The findings are listed on the "{sheet}" sheet; the cells could not be coloured (this Excel cannot, or could not list the sheet\'s conditional formats); no data was changed.'],
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
