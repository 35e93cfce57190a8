import { localize, type Language, type Localized } from '../core/i18n/language';

/** Words of the task pane; zh-TW follows from zh-CN through OpenCC unless given. */
const TEXT = {
  appTitle: { zh: '支部台账助手', en: 'Branch Ledger', tw: '支部台帳助手' },
  templateTab: { zh: '生成台账', en: 'New ledger', tw: '生成台帳' },
  templateIntro: { zh: '为所选年度生成一套便于填写的台账工作表：下拉列表、日期和金额格式、党费公式、打印设置都已配好。不会改动已有的工作表。', en: 'Adds ledger sheets for the year, ready to fill: drop-downs, date and money formats, dues formulas and print setup. Existing sheets are never changed.' },
  year: { zh: '台账年度', en: 'Year' },
  branch: { zh: '支部名称', en: 'Branch name' },
  branchPlaceholder: { zh: '如：机关第一党支部', en: 'e.g. First Branch, Finance Office' },
  unitType: { zh: '单位类型', en: 'Unit type' },
  language: { zh: '表格语言', en: 'Sheet language' },
  sheets: { zh: '生成哪些工作表', en: 'Sheets to add' },
  generate: { zh: '生成台账', en: 'Add the sheets', tw: '生成台帳' },
  working: { zh: '正在写入工作簿…', en: 'Writing to the workbook…' },
  done: { zh: '已生成', en: 'Added' },
  kept: { zh: '保留了已有的工作表', en: 'Kept the existing sheets' },
  renamedNote: { zh: '因重名改用新名称', en: 'renamed: the name was taken' },
  addedForFormulas: { zh: '党费和工作清单的公式需要读取设置表，已一并生成', en: 'added because the dues and obligations formulas read it' },
  clashTitle: { zh: '工作簿中已有同名工作表', en: 'The workbook already has sheets with these names' },
  clashBody: { zh: '不会覆盖已有工作表。请选择：', en: 'Nothing will be overwritten. Choose:' },
  clashRename: { zh: '用新名称生成（如“党员名册 (2)”）', en: 'Add with new names (e.g. "Members (2)")' },
  clashSkip: { zh: '跳过已有的，只生成其余', en: 'Skip those, add the rest' },
  cancel: { zh: '取消', en: 'Cancel' },
  degraded: { zh: '当前 Excel 版本较旧，以下功能未能设置：', en: 'This Excel is older; these could not be set:' },
  degradedValidation: { zh: '下拉列表', en: 'drop-downs' },
  degradedPrint: { zh: '打印设置', en: 'print setup' },
  error: { zh: '出错了', en: 'Something went wrong' },
  needBranch: { zh: '请填写支部名称', en: 'Enter the branch name' },
  needSheets: { zh: '请至少选择一个工作表', en: 'Choose at least one sheet' },
  badYear: { zh: '年度应在2000至2100之间', en: 'The year must be between 2000 and 2100' },
  noExcel: { zh: '此页面需要在 Excel 中作为加载项打开。', en: 'Open this page as an add-in inside Excel.' },
  scanTab: { zh: '一键检查', en: 'Check', tw: '一鍵檢查' },
  scanIntro: { zh: '检查本工作簿中的各类台账（也能识别自制表格），找出缺项和逾期事项，在单元格上标色并生成“检查结果”表。不会改动任何数据。', en: 'Checks every ledger in this workbook (hand-made ones too) for gaps and overdue items, colours the cells and writes a Findings sheet. No value is changed.' },
  asOf: { zh: '检查基准日', en: 'As of' },
  runScan: { zh: '开始检查', en: 'Run the check', tw: '開始檢查' },
  scanning: { zh: '正在读取并检查…', en: 'Reading and checking…' },
  clear: { zh: '清除标记', en: 'Clear highlights' },
  cleared: { zh: '已清除标记和检查结果表，单元格格式已恢复原样。', en: 'Highlights and the Findings sheet are gone; cell formats are as they were.' },
  noFindings: { zh: '未发现问题。', en: 'Nothing found.' },
  filter: { zh: '筛选', en: 'Filter' },
  filterPlaceholder: { zh: '按姓名、规则或说明筛选', en: 'Filter by name, rule or text' },
  allSeverities: { zh: '全部', en: 'All' },
  sheetsRead: { zh: '已识别', en: 'Read' },
  sheetsNotRead: { zh: '未识别', en: 'Not read' },
  degradedHighlights: { zh: '单元格标色（需 Excel 2019 以上的 ExcelApi 1.9）', en: 'cell highlights (need ExcelApi 1.9)' },
  privacy: { zh: '所有数据只在本工作簿内处理，不联网、不上传。', en: 'Everything stays in this workbook: no network, no upload.' },
} as const satisfies Record<string, Localized>;

export type TextKey = keyof typeof TEXT;

export function ui(key: TextKey, lang: Language): string {
  return localize(TEXT[key], lang);
}
