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
  stageReading: { zh: '第 1 步（共 3 步）：读取各工作表…', en: 'Step 1 of 3: reading the sheets…' },
  stageChecking: { zh: '第 2 步（共 3 步）：逐条核对规则…', en: 'Step 2 of 3: applying the rules…' },
  stageWriting: { zh: '第 3 步（共 3 步）：标色并写入“检查结果”…', en: 'Step 3 of 3: colouring cells and writing the Findings sheet…' },
  clear: { zh: '清除标记', en: 'Clear highlights' },
  cleared: { zh: '已清除标记和检查结果表，单元格格式已恢复原样。', en: 'Highlights and the Findings sheet are gone; cell formats are as they were.' },
  noFindings: { zh: '未发现问题。', en: 'Nothing found.' },
  noLedger: { zh: '没有识别出任何台账表，因此什么也没有检查。请确认表头行写有“姓名”等列名，可对照“生成台账”的模板。', en: 'No ledger sheet was recognised, so nothing was checked. Make sure the header row names the columns (Name, …); compare with a generated template.' },
  filter: { zh: '筛选', en: 'Filter' },
  noMatch: { zh: '无匹配结果', en: 'No finding matches the filter' },
  filterPlaceholder: { zh: '按姓名、规则或说明筛选', en: 'Filter by name, rule or text' },
  allSeverities: { zh: '全部', en: 'All' },
  sheetsRead: { zh: '已识别', en: 'Read' },
  sheetsNotRead: { zh: '未识别', en: 'Not read' },
  degradedHighlights: { zh: '单元格标色（需 ExcelApi 1.9）', en: 'cell highlights (need ExcelApi 1.9)' },
  highlightsFailed: { zh: '单元格未能标色：Excel 无法列出本工作簿已有的条件格式（例如同一区域有两条规则），为免误删您的规则，未改动任何条件格式。问题已全部列在检查结果表中。', en: 'Cells were not coloured: Excel could not list this workbook’s conditional formats (two rules on one range, for instance), so none was touched for fear of removing yours. Every finding is on the Findings sheet.' },
  summaryTab: { zh: '年度汇总', en: 'Year end', tw: '年度彙總' },
  summaryIntro: { zh: '根据本工作簿中的台账生成年度汇总表和党员交纳党费公布表（可直接打印归档）。只替换本工具以前生成的汇总表，不改动其他工作表。', en: 'Writes the year-end summary and the dues publication table from the ledgers in this workbook, ready to print. Only summary sheets this add-in wrote before are replaced.' },
  summaryAsOfHint: { zh: '留空：年底，或今天（若早于年底）', en: 'Blank: the year end, or today if earlier' },
  blocks: { zh: '包含的内容', en: 'Include' },
  blockMembership: { zh: '党员队伍', en: 'Members' },
  blockLife: { zh: '组织生活', en: 'Organisational life' },
  blockDues: { zh: '党费收缴及公布表', en: 'Dues and publication table' },
  blockStudy: { zh: '学习培训', en: 'Study hours' },
  blockTalks: { zh: '谈心谈话', en: 'Talks' },
  blockDevelopment: { zh: '发展党员', en: 'Development' },
  blockFindings: { zh: '检查发现的问题', en: 'Open findings' },
  writeSummary: { zh: '生成年度汇总', en: 'Write the summary', tw: '生成年度彙總' },
  summaryWritten: { zh: '已生成', en: 'Written' },
  chartsAsBars: { zh: '图表以数据条显示', en: 'charts shown as data bars' },
  helpersTab: { zh: '填写助手', en: 'Helpers', tw: '填寫助手' },
  recordMeeting: { zh: '登记会议', en: 'Record a meeting', tw: '登記會議' },
  syncRoster: { zh: '名册同步', en: 'Roster sync', tw: '名冊同步' },
  fillDues: { zh: '党费填写', en: 'Fill dues', tw: '黨費填寫' },
  meetingDate: { zh: '日期', en: 'Date' },
  meetingTypes: { zh: '类型（可多选）', en: 'Type (one or more)' },
  group: { zh: '党小组', en: 'Party group' },
  topic: { zh: '主题', en: 'Topic' },
  host: { zh: '主持人', en: 'Chaired by' },
  recorder: { zh: '记录人', en: 'Recorded by' },
  expectedList: { zh: '应到人员（勾选缺席者）', en: 'Expected (tick the absent)' },
  absent: { zh: '缺席', en: 'absent' },
  reason: { zh: '原因', en: 'reason' },
  madeUp: { zh: '已补学', en: 'made up' },
  hours: { zh: '学时', en: 'Hours' },
  summaryText: { zh: '内容摘要', en: 'Summary' },
  decisions: { zh: '决议事项', en: 'Decisions' },
  addStudy: { zh: '同时为到会人员登记学时', en: 'Also add the hours to each attendee’s study record' },
  saveMeeting: { zh: '写入会议记录', en: 'Add to the meeting sheet', tw: '寫入會議記錄' },
  meetingSaved: { zh: '已登记会议', en: 'Meeting recorded' },
  expectedPresent: { zh: '应到 {e} 人，实到 {p} 人', en: '{e} expected, {p} present' },
  cannotSave: { zh: '未写入，请先修改：', en: 'Nothing written. Please fix:' },
  month: { zh: '月份', en: 'Month' },
  preview: { zh: '预览', en: 'Preview' },
  confirmFill: { zh: '确认填写', en: 'Fill these cells', tw: '確認填寫' },
  willFill: { zh: '将在 {n} 个空白单元格中填写，合计 {t} 元', en: '{n} blank cells will be filled, {t} yuan in all' },
  filled: { zh: '已填写 {n} 个单元格，合计 {t} 元；已记入“修改记录”表', en: '{n} cells filled, {t} yuan in all; listed on the Change log sheet' },
  skipped: { zh: '跳过', en: 'Skipped' },
  checkRoster: { zh: '检查', en: 'Check' },
  confirmSync: { zh: '确认补充', en: 'Add them', tw: '確認補充' },
  missingFrom: { zh: '名册中有、台账中缺少', en: 'On the roster, missing from a ledger' },
  notOnRoster: { zh: '台账中有、名册中没有（不会删除）', en: 'In a ledger, not on the roster (kept)' },
  noRoom: { zh: '合计行前没有空行，请先插入空行：', en: 'No blank row before the totals row; insert rows first: ' },
  inStep: { zh: '各台账与名册一致。', en: 'The ledgers are in step with the roster.' },
  synced: { zh: '已补充，并记入“修改记录”表。', en: 'Added, and listed on the Change log sheet.' },
  privacy: { zh: '所有数据只在本工作簿内处理，不联网、不上传。', en: 'Everything stays in this workbook: no network, no upload.' },
} as const satisfies Record<string, Localized>;

export type TextKey = keyof typeof TEXT;

export function ui(key: TextKey, lang: Language): string {
  return localize(TEXT[key], lang);
}

// Punctuation follows the language: full-width in Chinese, ASCII with spaces in English.
const isEnglish = (lang: Language): boolean => lang === 'en-US';

/** “标签：” / “Label: ”. */
export function labelled(label: string, lang: Language): string {
  return isEnglish(lang) ? `${label}: ` : `${label}：`;
}

/** “（注）” / “ (note)”. */
export function inParens(text: string, lang: Language): string {
  return isEnglish(lang) ? ` (${text})` : `（${text}）`;
}

/** Items listed: “甲、乙” / “a, b”. */
export function listed(items: readonly string[], lang: Language): string {
  return items.join(isEnglish(lang) ? ', ' : '、');
}

/** Two clauses: “…；…” / “…; …”. */
export function semicolon(lang: Language): string {
  return isEnglish(lang) ? '; ' : '；';
}
