import { localize, type Language, type Localized } from '../i18n/language';
import type { RecordKind, SheetShape } from '../read/recognizeSheets';

/** How the list of sheets read names each sheet: its ledger, the layout it was read as, its records. */
export const KIND_LABEL: Readonly<Record<RecordKind, Localized>> = {
  roster: { zh: '党员名册', en: 'members' },
  development: { zh: '发展党员', en: 'development' },
  dues: { zh: '党费', en: 'dues' },
  meeting: { zh: '会议', en: 'meetings' },
  study: { zh: '学习', en: 'study' },
  talk: { zh: '谈话', en: 'talks' },
  obligation: { zh: '工作清单', en: 'obligations' },
};

/** Layouts worth naming to the user; a plain list of records needs no word. */
export const SHAPE_LABEL: Readonly<Partial<Record<SheetShape, Localized>>> = {
  'month-grid': { zh: '按月分列', en: 'a column per month' },
  'payment-list': { zh: '逐笔交纳清单', en: 'a list of payments' },
  'month-sheet': { zh: '单月表', en: 'one month' },
  unreadable: { zh: '未识别出月份', en: 'no month understood' },
  'absentee-log': { zh: '登记缺席人员', en: 'absentees listed' },
  'attendee-log': { zh: '登记参会人员', en: 'attendees listed' },
  'hours-grid': { zh: '按月学时统计', en: 'hours by month' },
};

export interface SheetRead {
  readonly sheet: string;
  readonly kind: RecordKind;
  readonly shape: SheetShape;
  readonly records: number;
}

/** “党费收缴明细（党费·逐笔交纳清单，65）”. */
export function sheetReadLabel(r: SheetRead, lang: Language): string {
  const shape = SHAPE_LABEL[r.shape];
  const what = `${localize(KIND_LABEL[r.kind], lang)}${shape ? `${lang === 'en-US' ? ', ' : '·'}${localize(shape, lang)}` : ''}`;
  return lang === 'en-US' ? `${r.sheet} (${what}, ${r.records})` : `${r.sheet}（${what}，${r.records}）`;
}
