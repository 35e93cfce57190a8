/**
 * The CLI's machine-readable outputs, field by field (zh-CN descriptions, English field names).
 * docs/rules.md is generated from this list, and a test compares it with what the CLI prints, so
 * a field added to an output without a line here fails the build.
 */
export interface ContractField {
  /** JSON path: `files[].findings[].rule`. */
  readonly path: string;
  readonly type: string;
  readonly description: string;
}

export interface OutputContract {
  readonly command: string;
  readonly invocation: string;
  readonly note: string;
  readonly fields: readonly ContractField[];
}

const f = (path: string, type: string, description: string): ContractField => ({ path, type, description });

export const SCAN_CONTRACT: OutputContract = {
  command: 'scan',
  invocation: 'npm run --silent cli -- scan FILE.xlsx... --format json [--as-of YYYY-MM-DD]',
  note: '标准输出上一个 JSON 文档。字段名和含义保持稳定；新增字段只会追加。',
  fields: [
    f('asOf', 'string (YYYY-MM-DD)', '命令的检查基准日（--as-of，未给出时为当天）'),
    f('files', 'array', '每个输入文件一项，顺序同命令行'),
    f('files[].file', 'string', '文件路径，同命令行'),
    f('files[].asOf', 'string (YYYY-MM-DD)', '该文件实际使用的基准日（--as-of，否则设置表的“检查基准日”，否则当天）'),
    f('files[].year', 'number | null', '台账年度（设置表“台账年度”，否则标题中的年份，否则基准日的年份）；文件无法读取时为 null'),
    f('files[].sheets', 'array', '识别出的台账工作表'),
    f('files[].sheets[].sheet', 'string', '工作表名称，同文件'),
    f('files[].sheets[].kind', 'string', '台账种类：roster、development、dues、meeting、study、talk、obligation'),
    f('files[].sheets[].shape', 'string', '读取时认定的版式：records（逐条记录）、month-grid（按月分列）、payment-list（逐笔交纳清单）、month-sheet（单月表）、unreadable（未识别出月份）、absentee-log（登记缺席人员）、attendee-log（登记参会人员）'),
    f('files[].sheets[].headerRow', 'number', '表头最后一行（从 1 起；多行表头时为最下一行）'),
    f('files[].sheets[].records', 'number', '读到的记录行数'),
    f('files[].findings', 'array', '检查发现的问题，按严重程度、工作表、行排序'),
    f('files[].findings[].rule', 'string', '规则编号（见上文规则一览；`*.` 规则带台账种类，如 roster.missing-field）'),
    f('files[].findings[].severity', 'string', 'critical（严重）、warning（警告）或 info（提示）'),
    f('files[].findings[].sheet', 'string', '工作表名称，同文件'),
    f('files[].findings[].row', 'number | null', 'Excel 行号（从 1 起）；针对整张表或整个支部的问题为 null'),
    f('files[].findings[].column', 'string | null', '列的表头，同文件'),
    f('files[].findings[].cell', 'string | null', '单元格地址（A1 形式，可能是 F11:H11 这样的区域）'),
    f('files[].findings[].member', 'string | null', '涉及的党员姓名，同文件'),
    f('files[].findings[].period', 'string | null', '周期性事项的期间：2025-03、2025-Q1、2025-H1、2025'),
    f('files[].findings[].meetingType', 'string | null', '会议规则的会议类型（简体中文规范名称，如“支部委员会”）'),
    f('files[].findings[].group', 'string | null', '按党小组检查时的党小组'),
    f('files[].findings[].message', 'string', '问题说明（--lang 的语言）'),
    f('files[].findings[].basis', 'string', '依据：文件标题和条款（--lang 的语言）；设置表填写了“本单位规定名称”时，本单位规定以该名称引用'),
    f('files[].errors', 'array of string', '文件无法读取、--out 副本无法写入或未识别出台账时的原因（cannot read … / cannot write …）；此时退出码为 2'),
    f('skipped', 'array of {file, reason}', '跳过的输入（file 为命令行上的路径，reason 为原因）：Excel/WPS 打开工作簿时留下的锁文件（~$台账.xlsx），不是工作簿；不影响退出码'),
  ],
};

export const UPCOMING_CONTRACT: OutputContract = {
  command: 'upcoming',
  invocation: 'npm run --silent cli -- upcoming FILE.xlsx... --format json [--as-of YYYY-MM-DD] [--days N]',
  note: '待办提醒（DOMAIN.md §7）：基准日之后 N 天内到期、尚未完成的事项，按到期日排序；已经逾期的事项属于 scan。',
  fields: [
    f('asOf', 'string (YYYY-MM-DD)', '基准日'),
    f('days', 'number', '向后看的天数（默认 30）'),
    f('files', 'array', '每个输入文件一项'),
    f('files[].file', 'string', '文件路径，同命令行'),
    f('files[].items', 'array', '待办事项，按到期日排序'),
    f('files[].items[].kind', 'string', '事项种类（会议、转正、发展党员各阶段、换届、年度工作、党费、学时等）'),
    f('files[].items[].rule', 'string', '逾期后会变成的规则编号（见上文规则一览）'),
    f('files[].items[].due', 'string (YYYY-MM-DD)', '到期日'),
    f('files[].items[].member', 'string | null', '涉及的党员或发展对象'),
    f('files[].items[].group', 'string | null', '党小组'),
    f('files[].items[].meetingType', 'string | null', '会议类型'),
    f('files[].items[].period', 'string | null', '期间：2025-03、2025-Q1、2025-H1、2025'),
    f('files[].items[].sheet', 'string | null', '相关工作表'),
    f('files[].items[].row', 'number | null', '相关行'),
    f('files[].items[].message', 'string', '事项说明'),
    f('files[].errors', 'array of string', '文件无法读取时的原因'),
  ],
};

/** `summary` writes workbooks, not JSON: its machine-readable part is the `--report` sheet, one row per file. */
export const SUMMARY_CONTRACT: OutputContract = {
  command: 'summary',
  invocation: 'npm run --silent cli -- summary FILE.xlsx... --report 各支部汇总.xlsx [--year 2025] [--as-of YYYY-MM-DD]',
  note: 'summary 不输出 JSON：它写出“年度汇总”“党费公布表”工作表。供程序读取的是 --report 工作簿“各支部年度汇总”表，第 3 行为表头，每个文件一行（比率为 0–1 的小数，单元格格式为百分比）。',
  fields: [
    f('文件 File', 'string', '文件路径'),
    f('支部 Branch', 'string', '支部名称（设置表）'),
    f('年度 Year', 'number', '汇总年度'),
    f('党员人数 Members', 'number', '党员人数（一人只计一次）'),
    f('组织生活完成率 Meetings held', 'number (0–1)', '已召开的必开会议期数 ÷ 应召开的期数'),
    f('党费收缴率 Dues collected', 'number (0–1)', '实交 ÷ 应交'),
    f('学时达标率 Study met', 'number (0–1)', '学时达到要求的党员 ÷ 党员'),
    f('谈心谈话覆盖率 Talk coverage', 'number (0–1)', '有谈话记录的党员 ÷ 党员'),
    f('严重问题 Critical', 'number', '同一基准日检查出的严重问题数'),
    f('警告 Warnings', 'number', '警告数'),
    f('说明 Notes', 'string', '文件无法读取时的原因'),
  ],
};

export const RULES_CONTRACT: OutputContract = {
  command: 'rules',
  invocation: 'npm run --silent cli -- rules --format json [--lang zh-CN|zh-TW|en-US] [--from FILE.xlsx]',
  note: '规则目录和设置项；给出 --from 时，列出该工作簿实际使用的数值：来自其“设置”表（source 为 settings）还是默认值（default）。文字为 --lang 的语言。',
  fields: [
    f('lang', 'string', '文字所用语言'),
    f('from', 'string | null', '--from 给出的文件'),
    f('settingsSheet', 'string | null', '该文件的设置表名称；没有设置表时为 null'),
    f('localStandard', 'string | null', '设置表“本单位规定名称”'),
    f('parameters', 'array', '全部规则参数（设置表中的一行一项）'),
    f('parameters[].id', 'string', '参数 key（设置表“键”列）'),
    f('parameters[].label', 'string', '设置表“项目”列的名称'),
    f('parameters[].unit', 'string', '单位：days、months、years、members、yuan、fraction、hours、count、digits、frequency'),
    f('parameters[].defaultValue', 'number | string', '默认值（频次为 monthly、quarterly、half-yearly、yearly、none）'),
    f('parameters[].value', 'number | string', '实际使用的值'),
    f('parameters[].source', 'string', 'settings（来自设置表）或 default（默认值）'),
    f('parameters[].unreadable', 'boolean', '设置表中填写了但无法读取（此时按默认值）'),
    f('parameters[].basis', 'string', '默认值的依据'),
    f('parameters[].rules', 'array of string', '使用该参数的规则编号'),
    f('rules', 'array', '全部规则'),
    f('rules[].id', 'string', '规则编号'),
    f('rules[].title', 'string', '名称'),
    f('rules[].severity', 'string', '默认严重程度：critical、warning、info'),
    f('rules[].severityText', 'string', '严重程度的文字（视情况而定的规则附说明）'),
    f('rules[].what', 'string', '检查什么'),
    f('rules[].why', 'string', '为什么'),
    f('rules[].basis', 'string', '依据（文件标题和条款）'),
    f('rules[].parameters', 'array of string', '该规则使用的参数 key'),
    f('rules[].settingsItems', 'array of string', '该规则读取的设置表基本情况项目的 key'),
    f('rules[].whereToChange', 'string', '在哪里修改数值'),
  ],
};

export const OUTPUT_CONTRACTS: readonly OutputContract[] = [SCAN_CONTRACT, SUMMARY_CONTRACT, UPCOMING_CONTRACT, RULES_CONTRACT];

/** Every JSON path of a parsed document, arrays as `[]` (for comparing with a contract). */
export function jsonPaths(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, path: string): void => {
    if (path) out.add(path);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, `${path}[]`);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    }
  };
  walk(value, prefix);
  return out;
}
