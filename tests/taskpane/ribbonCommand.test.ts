/** @jest-environment jsdom */
const runScan = jest.fn();
jest.mock('../../src/app/scanWorkbook', () => ({ runScan: (...args: unknown[]) => runScan(...args) }));
jest.mock('../../src/adapters/office/officeWorkbook', () => ({
  runExcelAction: (action: (wb: unknown) => Promise<unknown>) => action({}),
}));

import { SCAN_COMMAND, registerRibbonCommands, scanFromRibbon } from '../../src/commands/ribbonScan';

type Handler = (arg: { message?: string }) => void;

/** Office as a command in the shared runtime sees it: a dialog that records its handlers, and Office.addin. */
function fakeOffice(showAsTaskpane: () => Promise<void>) {
  const handlers: Record<string, Handler> = {};
  const dialog = { addEventHandler: (type: string, h: Handler) => (handlers[type] = h), close: jest.fn() };
  const urls: string[] = [];
  const associated: Record<string, unknown> = {};
  (globalThis as Record<string, unknown>).Office = {
    actions: { associate: (name: string, f: unknown) => (associated[name] = f) },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
    context: {
      displayLanguage: 'zh-CN',
      ui: { displayDialogAsync: (u: string, _o: unknown, cb: (r: unknown) => void) => (urls.push(u), cb({ status: 'succeeded', value: dialog })) },
    },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
  };
  const office = (globalThis as unknown as { Office: { addin: { showAsTaskpane: jest.Mock } } }).Office;
  return { handlers, dialog, urls, associated, showAsTaskpane: office.addin.showAsTaskpane };
}

const outcome = { result: { counts: { critical: 2, warning: 5, info: 1 }, recognized: [{ sheet: '党员名册' }, { sheet: '党费' }] }, report: { sheetsAdded: ['检查结果'], degraded: [] } };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the ribbon 一键检查 command (shared runtime)', () => {
  beforeEach(() => runScan.mockReset());

  it('scans once, hands the outcome to the pane, shows the counts and completes at once', async () => {
    runScan.mockResolvedValue(outcome);
    const office = fakeOffice(async () => undefined);
    const scanned: unknown[] = [];
    const event = { completed: jest.fn() };
    await scanFromRibbon(event as unknown as Office.AddinCommands.Event, (o) => scanned.push(o));
    expect(runScan).toHaveBeenCalledTimes(1);
    expect(runScan.mock.calls[0][1]).toMatchObject({ write: true, lang: 'zh-CN' });
    expect(scanned).toEqual([outcome]);
    const q = new URL(office.urls[0]).searchParams;
    expect([q.get('critical'), q.get('warning'), q.get('info'), q.get('sheet'), q.get('ledgers'), q.get('lang'), q.get('error')]).toEqual(['2', '5', '1', '检查结果', '2', 'zh-CN', null]);
    expect(new URL(office.urls[0]).pathname).toBe('/dialog.html');
    // The runtime outlives the command: the event is completed while the dialog is still open.
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(office.dialog.close).not.toHaveBeenCalled();
  });

  it('opens the pane on request and then closes the dialog', async () => {
    runScan.mockResolvedValue(outcome);
    const office = fakeOffice(async () => undefined);
    await scanFromRibbon({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, () => undefined);
    office.handlers.message({ message: 'open-pane' });
    await flush();
    expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(office.dialog.close).toHaveBeenCalledTimes(1);
  });

  it('keeps the dialog (with its hint) when the host refuses to show the pane', async () => {
    runScan.mockResolvedValue(outcome);
    const office = fakeOffice(() => Promise.reject(new Error('not now')));
    await scanFromRibbon({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, () => undefined);
    office.handlers.message({ message: 'open-pane' });
    await flush();
    expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(office.dialog.close).not.toHaveBeenCalled();
    office.handlers.message({ message: 'close' });
    expect(office.dialog.close).toHaveBeenCalledTimes(1);
  });

  it('says why when the scan fails, instead of going quiet', async () => {
    runScan.mockRejectedValue(new Error('工作簿处于单元格编辑模式'));
    const office = fakeOffice(async () => undefined);
    const scanned: unknown[] = [];
    const event = { completed: jest.fn() };
    await scanFromRibbon(event as unknown as Office.AddinCommands.Event, (o) => scanned.push(o));
    const q = new URL(office.urls[0]).searchParams;
    expect(q.get('error')).toBe('工作簿处于单元格编辑模式');
    expect(q.get('critical')).toBeNull();
    expect(scanned).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('associates the manifest’s function name with the scan', async () => {
    runScan.mockResolvedValue(outcome);
    const office = fakeOffice(async () => undefined);
    const scanned: unknown[] = [];
    registerRibbonCommands((o) => scanned.push(o));
    expect(Object.keys(office.associated)).toEqual([SCAN_COMMAND]);
    await (office.associated[SCAN_COMMAND] as (e: unknown) => Promise<void>)({ completed: jest.fn() });
    expect(scanned).toEqual([outcome]);
  });
});
