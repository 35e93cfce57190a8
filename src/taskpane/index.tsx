import { createRoot } from 'react-dom/client';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';
import { App } from './App';
import { officeHost } from './officeHost';
import { previewHost } from './previewHost';

function start(inExcel: boolean): void {
  const params = new URLSearchParams(window.location.search);
  const lang = languageFromLocale(params.get('lang') ?? (inExcel ? Office.context.displayLanguage : navigator.language));
  const host = inExcel ? officeHost : params.has('preview') ? previewHost(params.getAll('existing')) : null;
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(<App host={host} lang={lang} today={calendarDateFromLocal(new Date())} initialPanel={(['scan', 'summary', 'helpers'] as const).find((p) => p === params.get('panel')) ?? 'template'} />);
}

if (typeof Office !== 'undefined') {
  Office.onReady((info) => start(info.host === Office.HostType.Excel));
} else {
  start(false);
}
