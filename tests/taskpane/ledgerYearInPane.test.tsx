/** @jest-environment jsdom */
import { render, screen, waitFor, fireEvent } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { previewHost } from '../../src/taskpane/previewHost';
import type { LedgerHost } from '../../src/taskpane/ledgerHost';
import { calendarDate } from '../../src/core/calendar/calendarDate';

/** DOMAIN.md "The ledger's year" in the pane: a 2026 summary of the 2025 ledger is refused with both years named, nothing written. */
describe("the ledger's year in the pane", () => {
  it('the summary tab shows the refusal naming both years, and writes nothing', async () => {
    const real = previewHost();
    let written = 0;
    const host: LedgerHost = { ...real, summary: async (r) => { const report = await real.summary(r); written++; return report; } };
    // In June 2026 the tab proposes 2026; the preview workbook is a 2025 ledger.
    render(<App host={host} lang="zh-CN" today={calendarDate(2026, 6, 10)} initialPanel="summary" />);
    expect(await screen.findByRole('spinbutton', {}, { timeout: 30_000 })).toHaveValue(2026);
    fireEvent.click(screen.getByRole('button', { name: '生成年度汇总' }));
    await waitFor(() => expect(screen.getByText(/这份台账是2025年度的，不能生成2026年度的汇总/)).toBeInTheDocument(), { timeout: 30_000 });
    expect(written).toBe(0);
  }, 60_000);

  it('the dues helper refuses a month of another year with both years named', async () => {
    const host = previewHost();
    const preview = await host.previewFillDues(2030, 1);
    expect(preview.problem).toMatch(/2025.*2030-01/);
    expect(preview.fills).toEqual([]);
  }, 60_000);
});
