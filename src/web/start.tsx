import { createRoot } from 'react-dom/client';
import { calendarDateFromLocal } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';
import { loadTraditional } from '../core/i18n/traditional';
import { WebApp } from './WebApp';

export async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const lang = languageFromLocale(params.get('lang') ?? navigator.language);
  document.documentElement.lang = lang;
  if (lang === 'zh-TW') await loadTraditional();
  createRoot(document.getElementById('root') as HTMLElement).render(<WebApp lang={lang} today={calendarDateFromLocal(new Date())} />);
}
