import { dialogLanguage, dialogText } from './dialogText';

/** The ribbon scan's result: counts by severity, where the findings are, and a way to the pane. */
Office.onReady(() => {
  const q = new URLSearchParams(window.location.search);
  const lang = dialogLanguage(q.get('lang'));
  const set = (id: string, text: string): void => {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  };
  document.documentElement.lang = lang;
  set('title', dialogText('title', lang));
  for (const s of ['critical', 'warning', 'info'] as const) set(s, `${dialogText(s, lang)} ${Number(q.get(s) ?? 0)}`);
  set('summary', dialogText('summary', lang, q.get('sheet') ?? ''));
  set('open', dialogText('open', lang));
  set('close', dialogText('close', lang));
  document.getElementById('open')?.addEventListener('click', () => {
    // The command opens the pane where the host allows it; otherwise say where the button is.
    set('hint', dialogText('openHint', lang));
    Office.context.ui.messageParent('open-pane');
  });
  document.getElementById('close')?.addEventListener('click', () => Office.context.ui.messageParent('close'));
});
