import { localize, type Language, type Localized } from '../i18n/language';
import { range, type PlanValue, type WritePlan } from '../plan/writePlan';
import { HEADER_STYLE, NUMBER_FORMATS, standardPrint } from '../template/ledgerLayout';
import { GENERATED_NOTE } from '../scan/generatedSheets';
import type { SummaryData } from './summaryData';

export interface BranchFigures {
  readonly file: string;
  readonly data: SummaryData | null;
  readonly error: string | null;
}

const L = (zh: string, en: string): Localized => ({ zh, en });

/** One sheet for an organisation department: a row per branch file with its headline figures. */
export function planBranchReport(branches: readonly BranchFigures[], lang: Language): WritePlan {
  const t = (l: Localized): string => localize(l, lang);
  const header = [L('文件', 'File'), L('支部', 'Branch'), L('年度', 'Year'), L('党员人数', 'Members'), L('组织生活完成率', 'Meetings held'), L('党费收缴率', 'Dues collected'), L('学时达标率', 'Study met'), L('谈心谈话覆盖率', 'Talk coverage'), L('严重问题', 'Critical'), L('警告', 'Warnings'), L('说明', 'Notes')].map(t);
  const rows: PlanValue[][] = branches.map(({ file, data, error }) => {
    if (!data) return [file, null, null, null, null, null, null, null, null, null, error];
    const life = data.life?.types.filter((x) => x.required > 0) ?? [];
    const required = life.reduce((a, x) => a + x.required, 0);
    const held = life.reduce((a, x) => a + x.held, 0);
    const study = data.study;
    return [
      file,
      data.branchName,
      data.year,
      data.membership?.total ?? null,
      required ? held / required : null,
      data.dues?.rate ?? null,
      study && study.length ? study.filter((s) => s.hours >= s.required).length / study.length : null,
      data.talks && data.talks.members ? data.talks.covered / data.talks.members : null,
      data.findings.filter((f) => f.severity === 'critical').length,
      data.findings.filter((f) => f.severity === 'warning').length,
      null,
    ];
  });
  const title = t(L('各支部年度汇总', 'Branches: year-end figures'));
  const n = header.length;
  return {
    sheets: [
      {
        name: title,
        kind: 'summary',
        columnWidths: [30, 22, 8, 10, 14, 12, 12, 14, 10, 10, 30],
        styles: [
          { range: range(1, 1, 1, n), style: { bold: true, fontSize: 16, hAlign: 'center' } },
          { range: range(2, 1, 1, n), style: { fontSize: 9, fontColor: '595959' } },
          { range: range(3, 1, 1, n), style: HEADER_STYLE },
          ...(rows.length ? [{ range: range(4, 1, rows.length, n), style: { border: true } }, { range: range(4, 5, rows.length, 4), style: { numberFormat: NUMBER_FORMATS.rate } }] : []),
        ],
        blocks: [
          { row: 1, col: 1, values: [[title, ...Array<PlanValue>(n - 1).fill(null)]] },
          { row: 2, col: 1, values: [[t(GENERATED_NOTE), ...Array<PlanValue>(n - 1).fill(null)]] },
          { row: 3, col: 1, values: [header] },
          ...(rows.length ? [{ row: 4, col: 1, values: rows }] : []),
        ],
        merges: [range(1, 1, 1, n), range(2, 1, 1, n)],
        freeze: { rows: 3, cols: 2 },
        validations: [],
        conditionalFormats: [],
        print: standardPrint(title, lang, 3),
      },
    ],
  };
}
