/** @jest-environment jsdom */
import { act, render, screen, waitFor, fireEvent } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { previewHost } from '../../src/taskpane/previewHost';
import type { LedgerHost } from '../../src/taskpane/ledgerHost';
import { calendarDate } from '../../src/core/calendar/calendarDate';

const today = calendarDate(2025, 12, 31);

describe('the scan panel', () => {
  it('scans, shows counts and findings grouped by rule, filters, and selects a finding’s cell', async () => {
    const real = previewHost();
    const selected: string[] = [];
    const host: LedgerHost = { ...real, select: async (sheet, cell) => void selected.push(`${sheet}!${cell}`) };
    render(<App host={host} lang="zh-CN" today={today} initialPanel="scan" />);
    fireEvent.click(await screen.findByRole('button', { name: '开始检查' }));
    await waitFor(() => expect(screen.getByText('警告 14')).toBeInTheDocument());
    expect(screen.getByText('严重 0')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'dues.missing' })).toHaveTextContent('当月未交党费（3）');
    fireEvent.change(screen.getByPlaceholderText('按姓名、规则或说明筛选'), { target: { value: '身份证' } });
    expect(screen.queryByRole('region', { name: 'dues.missing' })).toBeNull();
    const link = screen.getByRole('button', { name: /身份证号校验码不正确/ });
    fireEvent.click(link);
    expect(selected).toEqual([expect.stringMatching(/^党员名册!G\d+$/)]);
  });

  it('clears highlights and says the formats are restored', async () => {
    let cleared = 0;
    const host: LedgerHost = { ...previewHost(), clearHighlights: async () => ((cleared += 1), { sheetsAdded: [], degraded: [] }) };
    render(<App host={host} lang="zh-CN" today={today} initialPanel="scan" />);
    fireEvent.click(await screen.findByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(screen.getByText(/单元格格式已恢复原样/)).toBeInTheDocument());
    expect(cleared).toBe(1);
  });

  it('passes the chosen as-of date and shows errors', async () => {
    const asked: unknown[] = [];
    const host: LedgerHost = { ...previewHost(), scan: async (r) => (asked.push(r), Promise.reject(new Error('工作簿正在编辑'))) };
    render(<App host={host} lang="en-US" today={today} initialPanel="scan" />);
    fireEvent.change(await screen.findByLabelText('As of'), { target: { value: '2025-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run the check' }));
    await waitFor(() => expect(screen.getByText('工作簿正在编辑')).toBeInTheDocument());
    expect(asked).toEqual([{ asOf: calendarDate(2025, 6, 30), today, lang: 'en-US', write: true, onStage: expect.any(Function) }]);
  });
});

describe('progress', () => {
  it('says which of the three steps a long scan is in, then shows the result', async () => {
    const real = previewHost();
    let release: () => void = () => undefined;
    const host: LedgerHost = {
      ...real,
      scan: (r) => {
        r.onStage?.('checking');
        return new Promise((resolve) => (release = () => resolve(real.scan({ ...r, onStage: undefined }))));
      },
    };
    render(<App host={host} lang="zh-CN" today={today} initialPanel="scan" />);
    fireEvent.click(await screen.findByRole('button', { name: '开始检查' }));
    await waitFor(() => expect(screen.getByText('第 2 步（共 3 步）：逐条核对规则…')).toBeInTheDocument());
    act(() => release());
    await waitFor(() => expect(screen.getByText(/^警告 \d+$/)).toBeInTheDocument());
    expect(screen.queryByText(/第 2 步/)).toBeNull();
  });
});

describe('a workbook without ledgers', () => {
  it('warns that nothing was checked instead of reporting “nothing found”', async () => {
    const real = previewHost();
    const host: LedgerHost = {
      ...real,
      scan: async (r) => {
        const o = await real.scan(r);
        return { ...o, result: { ...o.result, findings: [], recognized: [], unrecognized: ['Sheet1'], counts: { critical: 0, warning: 0, info: 0 } } };
      },
    };
    render(<App host={host} lang="zh-CN" today={today} initialPanel="scan" />);
    fireEvent.click(await screen.findByRole('button', { name: '开始检查' }));
    await waitFor(() => expect(screen.getByText(/没有识别出任何台账表/)).toBeInTheDocument());
    expect(screen.queryByText('未发现问题。')).toBeNull();
  });
});

describe('opening the pane after the ribbon scan', () => {
  it('starts on the check tab and lists the earlier scan without writing', async () => {
    const writes: (boolean | undefined)[] = [];
    const real = previewHost();
    const host: LedgerHost = { ...real, hasScanResults: async () => true, scan: (r) => (writes.push(r.write), real.scan(r)) };
    render(<App host={host} lang="zh-CN" today={today} />);
    await waitFor(() => expect(screen.getByText(/^警告 \d+$/)).toBeInTheDocument());
    expect(writes).toEqual([false]);
    expect(screen.getByRole('tab', { name: '一键检查' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('a scan run from the ribbon in the same runtime', () => {
  it('switches the pane to the check tab and lists that outcome without reading the workbook again', async () => {
    const real = previewHost();
    const outcome = await real.scan({ today, lang: 'zh-CN', write: false });
    let scans = 0;
    let publish: ((o: typeof outcome) => void) | undefined;
    const host: LedgerHost = {
      ...real,
      scan: (r) => ((scans += 1), real.scan(r)),
      subscribeRibbonScan: (listener) => ((publish = listener), () => (publish = undefined)),
    };
    const { unmount } = render(<App host={host} lang="zh-CN" today={today} initialPanel="template" />);
    expect(screen.getByRole('tab', { name: '生成台账' })).toHaveAttribute('aria-selected', 'true');
    act(() => publish!(outcome));
    expect(screen.getByRole('tab', { name: '一键检查' })).toHaveAttribute('aria-selected', 'true');
    // The check tab is a chunk of its own: it shows once loaded.
    expect(await screen.findByText(`警告 ${outcome.result.counts.warning}`)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'dues.missing' })).toBeInTheDocument();
    expect(scans).toBe(0);
    unmount();
    expect(publish).toBeUndefined();
  });
});
