import { dialogLanguage, dialogText } from './dialogText';

/** The ribbon scan's result: counts by severity and where the findings are, or why it failed; a way to the pane. */
Office.onReady(() => {
  const q = new URLSearchParams(window.location.search);
  const lang = dialogLanguage(q.get('lang'));
  const el = (id: string): HTMLElement | null => document.getElementById(id);
  const set = (id: string, text: string): void => {
    const e = el(id);
    if (e) e.textContent = text;
  };
  document.documentElement.lang = lang;
  const error = q.get('error');
  if (error !== null) {
    set('title', dialogText('errorTitle', lang));
    // Never "nothing was changed" once writing had begun (one Excel sync is not a transaction).
    const changed = q.get('changed');
    set('summary', dialogText(changed === 'partial' ? 'errorPartial' : changed === 'unknown' ? 'errorWhileWriting' : 'errorSummary', lang, error));
    for (const id of ['counts', 'open']) el(id)?.setAttribute('hidden', '');
  } else {
    set('title', dialogText('title', lang));
    for (const s of ['critical', 'warning', 'info'] as const) set(s, `${dialogText(s, lang)} ${Number(q.get(s) ?? 0)}`);
    const summary = q.get('highlighted') === '0' ? 'summaryUncoloured' : 'summary';
    set('summary', q.get('ledgers') === '0' ? dialogText('noLedger', lang) : dialogText(summary, lang, q.get('sheet') ?? ''));
  }
  set('open', dialogText('open', lang));
  set('close', dialogText('close', lang));
  el('open')?.addEventListener('click', () => {
    // The pane opens and this dialog closes; should the host refuse, this hint says where the button is.
    set('hint', dialogText('openHint', lang));
    Office.context.ui.messageParent('open-pane');
  });
  el('close')?.addEventListener('click', () => Office.context.ui.messageParent('close'));
});
