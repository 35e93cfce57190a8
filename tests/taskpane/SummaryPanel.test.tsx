/** @jest-environment jsdom */
import { render, screen, waitFor, fireEvent } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { previewHost } from '../../src/taskpane/previewHost';
import type { LedgerHost } from '../../src/taskpane/ledgerHost';
import type { SummaryRequest } from '../../src/app/summarizeWorkbook';
import { calendarDate } from '../../src/core/calendar/calendarDate';

const today = calendarDate(2026, 2, 10);

describe('the year-end summary panel', () => {
  it('sends year, as-of, language and blocks, and names the sheets written', async () => {
    const asked: SummaryRequest[] = [];
    const real = previewHost();
    const host: LedgerHost = { ...real, summary: (r) => (asked.push(r), real.summary(r)) };
    render(<App host={host} lang="zh-CN" today={today} initialPanel="summary" />);
    // In February the year to summarise is the one just ended.
    expect(await screen.findByRole('spinbutton')).toHaveValue(2025);
    fireEvent.click(screen.getByRole('checkbox', { name: '学习培训' }));
    fireEvent.change(screen.getByLabelText('检查基准日'), { target: { value: '2025-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: '生成年度汇总' }));
    await waitFor(() => expect(screen.getByText(/年度汇总、党费公布表/)).toBeInTheDocument());
    expect(asked[0].year).toBe(2025);
    expect(asked[0].asOf).toEqual(calendarDate(2025, 12, 31));
    expect(asked[0].lang).toBe('zh-CN');
    expect([...asked[0].blocks!]).toEqual(['membership', 'life', 'dues', 'talks', 'development', 'findings']);
  });

  it('refuses a bad year before anything is written', async () => {
    const host: LedgerHost = { ...previewHost(), summary: () => Promise.reject(new Error('should not be called')) };
    render(<App host={host} lang="en-US" today={today} initialPanel="summary" />);
    fireEvent.change(await screen.findByRole('spinbutton'), { target: { value: '1999' } });
    expect(screen.getByRole('button', { name: 'Write the summary' })).toBeDisabled();
  });
});
