import type { Language } from '../i18n/language';
import type { BranchLedger } from './branchLedger';

/** The ledger model as every use reads it (rules, summary, helpers, 待办), with the user's language for messages. */
export interface LedgerContext extends BranchLedger {
  readonly lang: Language;
  text(zh: string, en: string): string;
}
