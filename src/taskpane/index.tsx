import { createRoot } from 'react-dom/client';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';
import { App } from './App';
import { officeHost } from './officeHost';

function start(inExcel: boolean): void {
  const lang = languageFromLocale(inExcel ? Office.context.displayLanguage : navigator.language);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(<App host={inExcel ? officeHost : null} lang={lang} today={calendarDateFromLocal(new Date())} />);
}

if (typeof Office !== 'undefined') {
  Office.onReady((info) => start(info.host === Office.HostType.Excel));
} else {
  start(false);
}
