/** @jest-environment jsdom */
import { render, screen, waitFor, fireEvent } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import type { LedgerHost } from '../../src/taskpane/ledgerHost';
import type { TemplateRequest } from '../../src/core/template/templatePlan';
import { calendarDate } from '../../src/core/calendar/calendarDate';

const today = calendarDate(2025, 11, 20);
const unused = {
  scan: () => Promise.reject(new Error('not in this test')),
  clearHighlights: () => Promise.reject(new Error('not in this test')),
  select: () => Promise.resolve(),
  hasScanResults: () => Promise.resolve(false),
  summary: () => Promise.reject(new Error('not in this test')),
  roster: () => Promise.reject(new Error('not in this test')),
  recordMeeting: () => Promise.reject(new Error('not in this test')),
  previewFillDues: () => Promise.reject(new Error('not in this test')),
  fillDues: () => Promise.reject(new Error('not in this test')),
  previewSyncRoster: () => Promise.reject(new Error('not in this test')),
  syncRoster: () => Promise.reject(new Error('not in this test')),
};

function fakeHost(existing: string[] = []) {
  const calls: { request: TemplateRequest; policy?: string }[] = [];
  const host: LedgerHost = {
    ...unused,
    async generateTemplate(request, policy) {
      calls.push({ request, policy });
      const clash = request.sheets.map(() => '党员名册').filter((n) => existing.includes(n));
      if (clash.length && !policy) return { status: 'clash', clashes: ['党员名册'] };
      return {
        status: 'written',
        sheets: [
          { kind: 'roster', requestedName: '党员名册', name: policy === 'rename' ? '党员名册 (2)' : '党员名册', outcome: policy === 'rename' ? 'renamed' : 'created', addedForFormulas: false },
          { kind: 'settings', requestedName: '设置', name: '设置', outcome: 'created', addedForFormulas: true },
        ],
        report: { sheetsAdded: ['党员名册'], degraded: [] },
      };
    },
  };
  return { host, calls };
}

describe('the template panel', () => {
  it('refuses to generate without a branch name', () => {
    const { host, calls } = fakeHost();
    render(<App host={host} lang="zh-CN" today={today} />);
    expect(screen.getByRole('button', { name: '生成台账' })).toBeDisabled();
    expect(calls).toHaveLength(0);
  });

  it('sends the year, branch, unit type, language and chosen sheets to the host', async () => {
    const { host, calls } = fakeHost();
    render(<App host={host} lang="zh-CN" today={today} />);
    fireEvent.change(screen.getByPlaceholderText('如：机关第一党支部'), { target: { value: ' 第一党支部 ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '学习培训记录' }));
    fireEvent.click(screen.getByRole('button', { name: '生成台账' }));
    await waitFor(() => expect(screen.getByText('已生成')).toBeInTheDocument());
    expect(calls).toHaveLength(1);
    const req = calls[0].request;
    expect(req.settings).toEqual({ branchName: '第一党支部', unitType: '机关', year: 2025 });
    expect(req.lang).toBe('zh-CN');
    expect(req.sheets).toEqual(['settings', 'roster', 'development', 'dues', 'meeting', 'talk', 'obligation']);
    expect(screen.getByText(/公式需要读取设置表/)).toBeInTheDocument();
  });

  it('offers rename or skip on a name clash, and writes only after the choice', async () => {
    const { host, calls } = fakeHost(['党员名册']);
    render(<App host={host} lang="zh-CN" today={today} />);
    fireEvent.change(screen.getByPlaceholderText('如：机关第一党支部'), { target: { value: '第一党支部' } });
    fireEvent.click(screen.getByRole('button', { name: '生成台账' }));
    await waitFor(() => expect(screen.getByText('工作簿中已有同名工作表')).toBeInTheDocument());
    expect(calls.map((c) => c.policy)).toEqual([undefined]);
    fireEvent.click(screen.getByRole('button', { name: /用新名称生成/ }));
    await waitFor(() => expect(screen.getByText(/党员名册 \(2\)/)).toBeInTheDocument());
    expect(calls.map((c) => c.policy)).toEqual([undefined, 'rename']);
  });

  it('speaks English and traditional Chinese', () => {
    const { host } = fakeHost();
    const { unmount } = render(<App host={host} lang="en-US" today={today} />);
    expect(screen.getByRole('button', { name: 'Add the sheets' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Dues ledger' })).toBeInTheDocument();
    unmount();
    render(<App host={host} lang="zh-TW" today={today} />);
    expect(screen.getByRole('heading', { name: '支部台帳助手' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '黨員名冊' })).toBeInTheDocument();
  });

  it('shows the host error instead of failing silently', async () => {
    const host: LedgerHost = { ...unused, generateTemplate: async () => Promise.reject(new Error('工作簿受保护')) };
    render(<App host={host} lang="zh-CN" today={today} />);
    fireEvent.change(screen.getByPlaceholderText('如：机关第一党支部'), { target: { value: '第一党支部' } });
    fireEvent.click(screen.getByRole('button', { name: '生成台账' }));
    await waitFor(() => expect(screen.getByText('工作簿受保护')).toBeInTheDocument());
  });
});
