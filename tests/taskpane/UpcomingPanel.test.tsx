/** @jest-environment jsdom */
import { render, screen, waitFor, fireEvent, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { UpcomingPanel } from '../../src/taskpane/UpcomingPanel';
import { previewHost } from '../../src/taskpane/previewHost';
import type { LedgerHost } from '../../src/taskpane/ledgerHost';
import type { UpcomingRequest } from '../../src/app/upcomingWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';

const today = calendarDate(2025, 11, 10);

describe('the 待办 tab', () => {
  it('lists the items by week, selects an item’s sheet and row, switches to 90 days and writes the reminder sheet', async () => {
    const asked: UpcomingRequest[] = [];
    const selected: [string, string][] = [];
    const real = previewHost();
    const host: LedgerHost = {
      ...real,
      upcoming: (r) => (asked.push(r), real.upcoming!(r)),
      select: async (sheet, cell) => void selected.push([sheet, cell]),
    };
    render(<App host={host} lang="zh-CN" today={today} initialPanel="upcoming" />);
    await waitFor(() => expect(screen.getByText(/^2025-11-10 – 2025-12-10：\d+项$/)).toBeInTheDocument());
    expect(asked[0]).toMatchObject({ days: 30, lang: 'zh-CN', asOf: today });
    const list = screen.getByLabelText('upcoming');
    // 2025-11-30 is a Sunday: its week is 11-24 to 11-30.
    expect(within(list).getByText(/^11月24日–11月30日（\d+）$/)).toBeInTheDocument();
    fireEvent.click(within(list).getByRole('button', { name: /2025年11月党费尚有/ }));
    expect(selected[0][0]).toBe('党费收缴台账');
    expect(selected[0][1]).toMatch(/^A\d+$/);
    fireEvent.click(screen.getByRole('radio', { name: /90天/ }));
    await waitFor(() => expect(screen.getByText(/^2025-11-10 – 2026-02-08：\d+项$/)).toBeInTheDocument());
    expect(asked[asked.length - 1].days).toBe(90);
    fireEvent.click(screen.getByRole('button', { name: '生成“月度工作提醒”表' }));
    await waitFor(() => expect(screen.getByText('已写入工作表：月度工作提醒')).toBeInTheDocument());
  });

  it('is one component over any LedgerHost (the web edition reuses it); says so when nothing is due', async () => {
    const host: LedgerHost = {
      ...previewHost(),
      upcoming: async (r) => ({ asOf: r.asOf ?? r.today, year: 2025, days: r.days, branchName: null, items: [], noLedger: false }),
    };
    render(<UpcomingPanel host={host} lang="en-US" today={today} />);
    await waitFor(() => expect(screen.getByText('Nothing is due in this period.')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Download calendar/ })).toBeNull();
  });
});
