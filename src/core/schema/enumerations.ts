import type { Localized } from '../i18n/language';

/**
 * Enumerated column values. `value` is the canonical zh-CN word the core reasons with; the labels
 * are what a template in each language offers in its drop-down.
 */
export interface EnumOption {
  readonly value: string;
  readonly label: Localized;
}

export interface Enumeration {
  readonly id: string;
  readonly options: readonly EnumOption[];
  /** Whether a value outside the list is an error ("stop") or allowed after a warning (free text is common). */
  readonly strict: boolean;
}

const opt = (value: string, en: string, tw?: string): EnumOption => ({ value, label: { zh: value, en, tw } });

export const ENUMERATIONS = {
  gender: { id: 'gender', strict: true, options: [opt('男', 'Male'), opt('女', 'Female')] },
  unitType: {
    id: 'unitType',
    strict: true,
    options: [
      opt('高校', 'University'),
      opt('机关', 'Government agency'),
      opt('国企', 'State-owned enterprise'),
      opt('两新', 'Non-public organisation'),
      opt('中小学', 'School'),
      opt('村社区', 'Village or community'),
      opt('其他', 'Other'),
    ],
  },
  personCategory: {
    id: 'personCategory',
    strict: true,
    options: [opt('在职', 'Employed'), opt('离退休', 'Retired'), opt('学生', 'Student'), opt('农民', 'Farmer'), opt('其他', 'Other')],
  },
  memberCategory: {
    id: 'memberCategory',
    strict: true,
    options: [opt('正式党员', 'Full member'), opt('预备党员', 'Probationary member')],
  },
  education: {
    id: 'education',
    strict: false,
    options: [
      opt('研究生', 'Postgraduate'),
      opt('大学本科', 'Bachelor'),
      opt('大学专科', 'Associate'),
      opt('中专', 'Secondary vocational'),
      opt('高中', 'High school'),
      opt('初中及以下', 'Junior high or below'),
    ],
  },
  partyPost: {
    id: 'partyPost',
    strict: true,
    options: [
      opt('书记', 'Secretary'),
      opt('副书记', 'Deputy secretary'),
      opt('组织委员', 'Organisation member'),
      opt('宣传委员', 'Publicity member'),
      opt('纪检委员', 'Discipline member'),
      opt('委员', 'Committee member'),
      opt('党小组长', 'Group leader'),
      opt('—', '—'),
    ],
  },
  relationStatus: {
    id: 'relationStatus',
    strict: true,
    options: [
      opt('在册', 'Registered'),
      opt('转入', 'Transferred in'),
      opt('转出', 'Transferred out'),
      opt('停止党籍', 'Membership suspended'),
      opt('去世', 'Deceased'),
    ],
  },
  meetingType: {
    id: 'meetingType',
    // One meeting often serves several purposes ("支部党员大会暨主题党日"): free combinations must stay possible.
    strict: false,
    options: [
      opt('支部党员大会', 'General meeting'),
      opt('支部委员会', 'Committee meeting'),
      opt('党小组会', 'Group meeting'),
      opt('党课', 'Party lecture'),
      opt('主题党日', 'Theme day'),
      opt('组织生活会', 'Organisational life meeting'),
      opt('民主评议党员', 'Democratic appraisal'),
      opt('专题学习', 'Thematic study'),
      opt('党费公布', 'Dues publication'),
      opt('其他', 'Other'),
    ],
  },
  studyForm: {
    id: 'studyForm',
    strict: false,
    options: [opt('集中学习', 'Group study'), opt('党课', 'Party lecture'), opt('网络学习', 'Online'), opt('培训班', 'Training course'), opt('其他', 'Other')],
  },
  talkReason: {
    id: 'talkReason',
    strict: false,
    options: [
      opt('思想波动', 'Change in outlook'),
      opt('违章违纪', 'Breach of rules'),
      opt('岗位调整', 'Job change'),
      opt('矛盾纠纷', 'Dispute'),
      opt('表扬批评', 'Praise or criticism'),
      opt('日常', 'Routine'),
    ],
  },
} as const satisfies Record<string, Enumeration>;

export type EnumerationId = keyof typeof ENUMERATIONS;
