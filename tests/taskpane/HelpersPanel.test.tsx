/** @jest-environment jsdom */
import { act, render, screen, waitFor, fireEvent, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { previewHost } from '../../src/taskpane/previewHost';
import type { LedgerHost } from '../../src/taskpane/ledgerHost';
import type { MeetingInput } from '../../src/core/fill/recordMeeting';
import { calendarDate } from '../../src/core/calendar/calendarDate';

const today = calendarDate(2025, 12, 31);

// The list opens within the click: queried at once, not polled. (findBy… on an open Fluent list
// took seconds in jsdom, each poll waiting on the popup's positioning styles.)
function pick(label: string, option: string): void {
  const box = screen.getByRole('combobox', { name: label, hidden: true });
  fireEvent.click(box);
  const list = document.getElementById(box.getAttribute('aria-controls') ?? '') as HTMLElement;
  fireEvent.click(within(list).getByText(option, { selector: '[role="option"]' }));
}

describe('the meeting form', () => {
  it('computes the expected attendees from the roster, sends absentees with reasons and make-ups', async () => {
    const sent: MeetingInput[] = [];
    const real = previewHost([], 8);
    let written: Promise<unknown> = Promise.resolve();
    const host: LedgerHost = { ...real, recordMeeting: (input) => (sent.push(input), (written = real.recordMeeting(input)) as ReturnType<LedgerHost['recordMeeting']>) };
    const roster = await host.roster();
    const n = roster.length;
    render(<App host={host} lang="zh-CN" today={today} initialPanel="helpers" />);
    const expectedLabel = await screen.findByText(`应到人员（勾选缺席者）：${n}/${n}`);
    fireEvent.change(screen.getByLabelText(/^主题/, { selector: 'input[type="text"]' }), { target: { value: '学习党章' } });
    pick('主持人', roster[0].name);
    pick('记录人', roster[2].name);
    const group = expectedLabel.closest('[role="group"]') as HTMLElement;
    fireEvent.click(within(group).getByLabelText(`${roster[5].name} 缺席`));
    fireEvent.change(screen.getByLabelText(`${roster[5].name} 原因`), { target: { value: '出差' } });
    fireEvent.click(within(group).getByLabelText(`${roster[5].name} 已补学`));
    fireEvent.change(screen.getByLabelText(/^内容摘要/), { target: { value: '集体学习党章' } });
    expect(screen.getByText(`应到人员（勾选缺席者）：${n - 1}/${n}`)).toBeInTheDocument();
    fireEvent.click(screen.getByText('写入会议记录'));
    // Awaits the write itself rather than polling the page for its message.
    await act(() => written);
    expect(screen.getByText(`应到 ${n} 人，实到 ${n - 1} 人`)).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ types: ['主题党日'], topic: '学习党章', host: roster[0].name, recorder: roster[2].name, absentees: [{ name: roster[5].name, reason: '出差' }], makeUp: [roster[5].name] });
  });

  it('shows the committee only for a committee meeting, and refuses an empty topic without writing', async () => {
    const real = previewHost([], 8);
    let writes = 0;
    const host: LedgerHost = { ...real, recordMeeting: async (input) => { const r = await real.recordMeeting(input); if (r.ok) writes++; return r; } };
    const roster = await host.roster();
    const committee = roster.filter((m) => m.committee).length;
    render(<App host={host} lang="zh-CN" today={today} initialPanel="helpers" />);
    await screen.findByText(`应到人员（勾选缺席者）：${roster.length}/${roster.length}`);
    fireEvent.click(screen.getByLabelText('主题党日'));
    fireEvent.click(screen.getByLabelText('支部委员会'));
    expect(committee).toBeLessThan(roster.length);
    expect(screen.getByText(`应到人员（勾选缺席者）：${committee}/${committee}`)).toBeInTheDocument();
    fireEvent.click(screen.getByText('写入会议记录'));
    await waitFor(() => expect(screen.getByText('未写入，请先修改：')).toBeInTheDocument());
    expect(screen.getByText('请填写会议主题')).toBeInTheDocument();
    expect(writes).toBe(0);
  });
});

describe('dues and roster helpers in the pane', () => {
  it('previews the month’s dues (count and total) before filling', async () => {
    const real = previewHost();
    const calls: string[] = [];
    const host: LedgerHost = { ...real, previewFillDues: (y, m) => (calls.push(`preview ${y}-${m}`), real.previewFillDues(y, m)), fillDues: (y, m) => (calls.push(`fill ${y}-${m}`), real.fillDues(y, m)) };
    render(<App host={host} lang="zh-CN" today={calendarDate(2026, 1, 15)} initialPanel="helpers" />);
    fireEvent.click(await screen.findByRole('tab', { name: '党费填写' }));
    expect(await screen.findByRole('button', { name: '确认填写' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    await waitFor(() => expect(screen.getByText(/个空白单元格中填写，合计/)).toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: '确认填写' }));
    await waitFor(() => expect(screen.getByText(/已记入“修改记录”表/)).toBeInTheDocument());
    expect(calls).toEqual(['preview 2025-12', 'fill 2025-12']);
  });

  it('lists roster differences before adding', async () => {
    render(<App host={previewHost()} lang="zh-CN" today={today} initialPanel="helpers" />);
    fireEvent.click(await screen.findByRole('tab', { name: '名册同步' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查' }));
    await waitFor(() => expect(screen.getByText(/名册中有、台账中缺少|各台账与名册一致/)).toBeInTheDocument());
  });
});
