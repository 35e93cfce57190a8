/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ribbon's result dialog, loaded from its real HTML with the query the command builds. */
async function openDialog(query: string) {
  const html = readFileSync(join(__dirname, '../../src/dialog/dialog.html'), 'utf8');
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(html)![1];
  window.history.pushState({}, '', `/dialog.html?${query}`);
  const sent: string[] = [];
  (globalThis as Record<string, unknown>).Office = { onReady: (f: () => void) => f(), context: { ui: { messageParent: (m: string) => sent.push(m) } } };
  jest.resetModules();
  await import('../../src/dialog/dialog');
  const text = (id: string) => document.getElementById(id)!.textContent;
  const hidden = (id: string) => document.getElementById(id)!.hasAttribute('hidden');
  return { sent, text, hidden, click: (id: string) => document.getElementById(id)!.click() };
}

describe('the ribbon scan result dialog', () => {
  it('shows the counts and the findings sheet, and asks for the pane', async () => {
    const d = await openDialog('lang=zh-CN&critical=2&warning=5&info=1&sheet=检查结果');
    expect(d.text('title')).toBe('台账检查完成');
    expect([d.text('critical'), d.text('warning'), d.text('info')]).toEqual(['严重 2', '警告 5', '提示 1']);
    expect(d.text('summary')).toContain('“检查结果”');
    expect(d.hidden('counts')).toBe(false);
    d.click('open');
    expect(d.sent).toEqual(['open-pane']);
    expect(d.text('hint')).toContain('台账助手');
    d.click('close');
    expect(d.sent).toEqual(['open-pane', 'close']);
  });

  it('says so when no ledger was recognised, rather than implying a clean workbook', async () => {
    const d = await openDialog('lang=zh-CN&critical=0&warning=0&info=0&sheet=检查结果&ledgers=0');
    expect(d.text('summary')).toContain('没有识别出任何台账表');
  });

  it('says the check could not run, with the reason, and hides the counts', async () => {
    const d = await openDialog(`lang=en-US&error=${encodeURIComponent('The workbook is in cell-edit mode')}`);
    expect(d.text('title')).toBe('The check could not run');
    expect(d.text('summary')).toBe('Nothing in the workbook was changed. Reason: The workbook is in cell-edit mode');
    expect(d.hidden('counts')).toBe(true);
    expect(d.hidden('open')).toBe(true);
    d.click('close');
    expect(d.sent).toEqual(['close']);
  });
});
