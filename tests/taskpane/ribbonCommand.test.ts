/** @jest-environment jsdom */
const runScan = jest.fn();
jest.mock('../../src/app/scanWorkbook', () => ({ runScan: (...args: unknown[]) => runScan(...args) }));
jest.mock('../../src/adapters/office/officeWorkbook', () => ({
  runExcelAction: (action: (wb: unknown) => Promise<unknown>) => action({}),
}));

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCAN_COMMAND, registerRibbonCommands, scanFromRibbon } from '../../src/commands/ribbonScan';
import { PartialWriteError } from '../../src/adapters/office/partialWriteError';

type Handler = (arg: { message?: string }) => void;

/** Office as a command in the shared runtime sees it: a dialog that records its handlers, and Office.addin. */
function fakeOffice(showAsTaskpane: () => Promise<void>) {
  const handlers: Record<string, Handler> = {};
  const dialog = { addEventHandler: (type: string, h: Handler) => (handlers[type] = h), close: jest.fn() };
  const dialogs: (typeof dialog)[] = [];
  const urls: string[] = [];
  const associated: Record<string, unknown> = {};
  (globalThis as Record<string, unknown>).Office = {
    actions: { associate: (name: string, f: unknown) => (associated[name] = f) },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
    context: {
      displayLanguage: 'zh-CN',
      ui: {
        displayDialogAsync: (u: string, _o: unknown, cb: (r: unknown) => void) => {
          // As Office: one dialog at a time from a page (12007 while one is open).
          if (dialogs.some((d) => !d.close.mock.calls.length)) return cb({ status: 'failed', error: { code: 12007, message: 'A dialog box is already opened' } });
          const d = { ...dialog, close: jest.fn() };
          dialogs.push(d);
          urls.push(u);
          cb({ status: 'succeeded', value: d });
        },
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
  };
  const office = (globalThis as unknown as { Office: { addin: { showAsTaskpane: jest.Mock } } }).Office;
  return {
    handlers,
    get dialog() {
      return dialogs[dialogs.length - 1];
    },
    dialogs,
    urls,
    associated,
    showAsTaskpane: office.addin.showAsTaskpane,
  };
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

  it('closes its earlier result dialog when clicked again while it is open, instead of failing silently (12007)', async () => {
    runScan.mockResolvedValue(outcome);
    const office = fakeOffice(async () => undefined);
    await scanFromRibbon({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, () => undefined);
    await scanFromRibbon({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, () => undefined);
    expect(office.urls).toHaveLength(2);
    expect(office.dialogs[0].close).toHaveBeenCalledTimes(1);
    expect(office.dialogs[1].close).not.toHaveBeenCalled();
  });

  it('tells the dialog whether the workbook was changed when the scan failed', async () => {
    const cases: [() => Promise<never>, string | null][] = [
      [async () => Promise.reject(new Error('read failed')), null],
      [async () => Promise.reject(new PartialWriteError('GeneralException', ['检查结果'], [], [])), 'partial'],
      [async () => Promise.reject(new PartialWriteError('GeneralException', [], [], [])), 'none'],
    ];
    for (const [fail, changed] of cases) {
      runScan.mockImplementationOnce(async (_wb: unknown, req: { onStage: (s: string) => void }) => {
        req.onStage('reading');
        req.onStage('writing');
        return fail();
      });
      const office = fakeOffice(async () => undefined);
      await scanFromRibbon({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, () => undefined);
      const q = new URL(office.urls[0]).searchParams;
      expect(q.get('changed')).toBe(changed ?? 'unknown');
    }
    runScan.mockImplementationOnce(async (_wb: unknown, req: { onStage: (s: string) => void }) => {
      req.onStage('reading');
      throw new Error('read failed');
    });
    const office = fakeOffice(async () => undefined);
    await scanFromRibbon({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, () => undefined);
    expect(new URL(office.urls[0]).searchParams.get('changed')).toBeNull();
  });

  it('says when the cells could not be coloured', async () => {
    runScan.mockResolvedValue({ ...outcome, report: { sheetsAdded: ['检查结果'], degraded: ['highlights'] } });
    const office = fakeOffice(async () => undefined);
    await scanFromRibbon({ completed: jest.fn() } as unknown as Office.AddinCommands.Event, () => undefined);
    expect(new URL(office.urls[0]).searchParams.get('highlighted')).toBe('0');
  });
});

describe('the result dialog’s words about changes', () => {
  async function dialogFor(query: string) {
    const html = readFileSync(join(__dirname, '../../src/dialog/dialog.html'), 'utf8');
    document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(html)![1];
    window.history.pushState({}, '', `/dialog.html?${query}`);
    (globalThis as Record<string, unknown>).Office = { onReady: (f: () => void) => f(), context: { ui: { messageParent: () => undefined } } };
    jest.resetModules();
    await import('../../src/dialog/dialog');
    return (id: string) => document.getElementById(id)!.textContent;
  }

  it('never says “nothing was changed” once writing had begun', async () => {
    expect((await dialogFor(`lang=zh-CN&error=x&changed=partial`))('summary')).toBe('写入未能全部完成，工作簿已有部分改动：x');
    expect((await dialogFor(`lang=en-US&error=x&changed=unknown`))('summary')).toMatch(/may be partly changed/);
    expect((await dialogFor(`lang=zh-CN&error=x`))('summary')).toBe('工作簿未作任何改动。原因：x');
    expect((await dialogFor(`lang=zh-CN&critical=1&warning=0&info=0&sheet=检查结果&highlighted=0`))('summary')).toMatch(/单元格未能标色/);
  });
});
