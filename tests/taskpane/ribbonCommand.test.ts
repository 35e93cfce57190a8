/** @jest-environment jsdom */
jest.mock('../../src/app/scanWorkbook', () => ({
  runScan: jest.fn(async () => ({ result: { counts: { critical: 2, warning: 5, info: 1 } }, report: { sheetsAdded: ['检查结果'], degraded: [] } })),
}));
jest.mock('../../src/adapters/office/officeWorkbook', () => ({
  runExcelAction: (action: (wb: unknown) => Promise<unknown>) => action({}),
}));

type Handler = (arg: { message?: string }) => void;

describe('the ribbon 一键检查 command', () => {
  it('scans, shows the counts in a dialog, and completes the event when the dialog is closed', async () => {
    let command: ((event: { completed: () => void }) => Promise<void>) | undefined;
    let url = '';
    const handlers: Record<string, Handler> = {};
    const dialog = { addEventHandler: (type: string, h: Handler) => (handlers[type] = h), close: jest.fn() };
    (globalThis as Record<string, unknown>).Office = {
      onReady: (f: () => void) => f(),
      actions: { associate: (_name: string, f: typeof command) => (command = f) },
      context: {
        displayLanguage: 'zh-CN',
        requirements: { isSetSupported: () => false },
        ui: { displayDialogAsync: (u: string, _o: unknown, cb: (r: unknown) => void) => ((url = u), cb({ status: 'succeeded', value: dialog })) },
      },
      AsyncResultStatus: { Succeeded: 'succeeded' },
      EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    };
    await import('../../src/commands/commands');
    const event = { completed: jest.fn() };
    await command!(event);
    const q = new URL(url).searchParams;
    expect([q.get('critical'), q.get('warning'), q.get('info'), q.get('sheet'), q.get('lang')]).toEqual(['2', '5', '1', '检查结果', 'zh-CN']);
    expect(event.completed).not.toHaveBeenCalled();
    // Without the shared runtime the pane cannot be opened from a command: the dialog stays and explains.
    handlers.message({ message: 'open-pane' });
    expect(dialog.close).not.toHaveBeenCalled();
    handlers.message({ message: 'close' });
    expect(dialog.close).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
