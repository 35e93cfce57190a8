import { createRoot } from 'react-dom/client';
import { calendarDateFromLocal, formatIsoDate } from '../core/calendar/calendarDate';
import { languageFromLocale } from '../core/i18n/language';
import { loadTraditional } from '../core/i18n/traditional';
import { App } from './App';
import { officeHost } from './officeHost';
import { PREVIEW_TODAY, previewHost } from './previewHost';
import { publishRibbonScan } from './ribbonScanEvents';

async function start(inExcel: boolean): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const lang = languageFromLocale(params.get('lang') ?? (inExcel ? Office.context.displayLanguage : navigator.language));
  const preview = !inExcel && params.has('preview');
  const host = inExcel ? officeHost : preview ? previewHost(params.getAll('existing')) : null;
  const initialPanel = (['scan', 'summary', 'helpers', 'upcoming'] as const).find((p) => p === params.get('panel')) ?? 'template';
  // A traditional-Chinese pane waits for OpenCC's phrase tables (a chunk of their own) before its first words.
  if (lang === 'zh-TW') await loadTraditional();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  let shownDay = '';
  const render = (): void => {
    // The preview runs on its sample's date: one "today" for the forms and the scan.
    const today = preview ? PREVIEW_TODAY : calendarDateFromLocal(new Date());
    if (formatIsoDate(today) === shownDay) return;
    shownDay = formatIsoDate(today);
    // Keyed by the day: a pane shown again on a later day starts from that day's date (the ribbon's last scan is re-listed).
    root.render(<App key={shownDay} host={host} lang={lang} today={today} initialPanel={initialPanel} />);
  };
  render();
  // The shared runtime lives as long as the workbook is open, possibly for days.
  if (inExcel) void Office.addin?.onVisibilityModeChanged?.((m) => (m.visibilityMode === Office.VisibilityMode.taskpane ? render() : undefined));
}

if (document.documentElement.dataset.unsupportedWebview) {
  // legacy-webview.js has said this webview cannot run the pane; leave its message in place.
} else if (typeof Office !== 'undefined') {
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    // Shared runtime: this page also serves the ribbon's 一键检查, whether or not the pane is shown.
    // Its scan engine is a chunk of its own; Office queues a ribbon click until the function is associated.
    if (inExcel) void import(/* webpackChunkName: "ribbon" */ '../commands/ribbonScan').then((m) => m.registerRibbonCommands(publishRibbonScan));
    void start(inExcel);
  });
} else {
  void start(false);
}
