import { localize, type Language, type Localized } from '../i18n/language';

/**
 * The documents a rule or a parameter rests on, cited to users by title and article (DOMAIN.md
 * "Citing the basis to users"): never an internal reference. Local documents are one unit's own
 * standards, shipped as examples; they are marked as local and a settings row can rename them to
 * the user's own standard.
 */
export type DocumentId =
  | 'charter'
  | 'branchWork2018'
  | 'dues2008'
  | 'development2014'
  | 'education2019'
  | 'trainingPlan2019'
  | 'terms2018'
  | 'idNumberStandard'
  | 'localDuties'
  | 'localResponsibility'
  | 'localAction'
  | 'localBenchmark'
  | 'localStandard'
  | 'tool';

export interface BasisDocument {
  readonly id: DocumentId;
  /** With its book-title marks (《》) where it is a document. */
  readonly title: Localized;
  readonly year: number | null;
  readonly kind: 'national' | 'local' | 'tool';
}

const doc = (id: DocumentId, kind: BasisDocument['kind'], year: number | null, zh: string, en: string): BasisDocument => ({ id, kind, year, title: { zh, en } });

export const BASIS_DOCUMENTS: readonly BasisDocument[] = [
  doc('charter', 'national', null, '《中国共产党章程》', 'Constitution of the Communist Party of China'),
  doc('branchWork2018', 'national', 2018, '《中国共产党支部工作条例（试行）》', 'Regulations on the Work of Party Branches (Trial)'),
  doc('dues2008', 'national', 2008, '《关于中国共产党党费收缴、使用和管理的规定》', 'Provisions on the Collection, Use and Management of Party Dues'),
  doc('development2014', 'national', 2014, '《中国共产党发展党员工作细则》', 'Detailed Rules on Recruiting Party Members'),
  doc('education2019', 'national', 2019, '《中国共产党党员教育管理工作条例》', 'Regulations on the Education and Management of Party Members'),
  doc('trainingPlan2019', 'national', null, '《2019—2023年全国党员教育培训工作规划》', 'National Plan for Party Member Education and Training 2019–2023'),
  doc('terms2018', 'national', 2018, '《关于党的基层组织任期的意见》', 'Opinions on the Terms of Primary Party Organisations'),
  doc('idNumberStandard', 'national', null, '《公民身份号码》（GB 11643—1999）', 'Citizen Identification Number (GB 11643-1999)'),
  doc('localDuties', 'local', null, '《党总支工作职责》', 'Duties of the Party General Branch'),
  doc('localResponsibility', 'local', null, '《关于建立健全党建工作目标责任制的实施办法》', 'Measures for the Party-Building Responsibility System'),
  doc('localAction', 'local', null, '《基层党支部“个个过关、全面过硬”行动方案》', 'Action Plan “Every Branch Up to Standard”'),
  doc('localBenchmark', 'local', null, '《“树标杆、补短板”基层党组织建设通知》', 'Notice on “Setting Benchmarks, Fixing Weak Spots” in Primary Organisations'),
  doc('localStandard', 'local', 2019, '《单位党支部建设标准》', 'Standard for Party Branches of Units'),
  doc('tool', 'tool', null, '本工具设置', 'Setting of this tool'),
];

export function basisDocument(id: DocumentId): BasisDocument {
  const d = BASIS_DOCUMENTS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown document ${id}`);
  return d;
}

/** One citation: a document, the article or section, and what it says where that helps. */
export interface Citation {
  readonly doc: DocumentId;
  readonly article?: Localized;
  readonly says?: Localized;
}

export const LOCAL_MARK: Localized = { zh: '本单位规定', en: 'local standard', tw: '本單位規定' };
const EXAMPLE_MARK: Localized = { zh: '本单位规定示例', en: 'local standard, example', tw: '本單位規定示例' };

/**
 * A citation as the user reads it. `localName` is the user's own local standard (the settings
 * row 本单位规定名称): it replaces the example local documents, whose article numbers then no longer apply.
 */
export function citeOne(c: Citation, lang: Language, localName?: string | null): string {
  const d = basisDocument(c.doc);
  const en = lang === 'en-US';
  const says = c.says ? `${en ? ': ' : '：'}${localize(c.says, lang)}` : '';
  if (d.kind === 'tool') return `${localize(d.title, lang)}${says}`;
  if (d.kind === 'local' && localName && localName.trim()) {
    const name = localName.trim().replace(/^《|》$/g, '');
    return en ? `${name} (${localize(LOCAL_MARK, lang)})${says}` : `《${name}》（${localize(LOCAL_MARK, lang)}）${says}`;
  }
  const title = localize(d.title, lang);
  const article = c.article ? localize(c.article, lang) : '';
  if (en) {
    const parts = [d.year ? `(${d.year})` : '', article, d.kind === 'local' ? `(${localize(EXAMPLE_MARK, lang)})` : ''].filter(Boolean);
    return `${title}${parts.length ? ` ${parts.join(' ')}` : ''}${says}`;
  }
  const year = d.year ? `（${d.year}）` : '';
  const mark = d.kind === 'local' ? `（${localize(EXAMPLE_MARK, lang)}）` : '';
  return `${title}${year}${article}${mark}${says}`;
}

/** Several citations, one after another; a renamed local standard is named once. */
export function citeBasis(citations: readonly Citation[], lang: Language, localName?: string | null): string {
  const texts = citations.map((c) => citeOne(c, lang, localName));
  return [...new Set(texts)].join(lang === 'en-US' ? '; ' : '；');
}

/** The default rendering in every language, for data that stores a `Localized` basis. */
export function basisText(citations: readonly Citation[]): Localized {
  return { zh: citeBasis(citations, 'zh-CN'), en: citeBasis(citations, 'en-US'), tw: citeBasis(citations, 'zh-TW') };
}

/** Shorthand for an article: `art('第九条', 'art. 9')`. */
export const art = (zh: string, en: string): Localized => ({ zh, en });
