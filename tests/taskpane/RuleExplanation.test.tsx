/** @jest-environment jsdom */
import { render, screen, waitFor, fireEvent, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { previewHost } from '../../src/taskpane/previewHost';
import { RuleExplanation } from '../../src/taskpane/RuleExplanation';
import { calendarDate } from '../../src/core/calendar/calendarDate';

const today = calendarDate(2025, 12, 31);
jest.setTimeout(60_000);

describe('a finding’s rule opens its explanation', () => {
  it('in the scan list: what, why, basis and the settings row with the value in force', async () => {
    render(<App host={previewHost()} lang="zh-CN" today={today} initialPanel="scan" />);
    fireEvent.click(await screen.findByRole('button', { name: '开始检查' }));
    const group = await waitFor(() => screen.getByRole('region', { name: 'dues.missing' }), { timeout: 30_000 });
    const toggle = within(group).getByRole('button', { name: '规则说明' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    const note = within(group).getByRole('note');
    expect(note).toHaveTextContent('当月未交党费 · dues.missing');
    expect(note).toHaveTextContent('为什么：党费应按月交纳。');
    expect(note).toHaveTextContent('依据：《关于中国共产党党费收缴、使用和管理的规定》（2008）；《单位党支部建设标准》（2019）五、3（本单位规定示例）');
    // The preview ledger has a settings sheet holding the defaults: the value is shown as the workbook's.
    expect(note).toHaveTextContent('补交党费最长月数 = 6个月（本工作簿设置表）');
    expect(note).toHaveTextContent('在“设置”表中修改以下项目的“值”：“周期检查宽限天数”、“补交党费最长月数”。');
    fireEvent.click(within(group).getByRole('button', { name: '收起规则说明' }));
    expect(within(group).queryByRole('note')).toBeNull();
  });

  it('shows a value the settings sheet changed next to its default, in English', () => {
    render(
      <RuleExplanation rule="roster.missing-field" lang="en-US" initiallyOpen settings={{ parameters: new Map(), sheet: 'Settings', localStandardName: 'Our Branch Rules' }} />,
    );
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Required entry missing · *.missing-field');
    expect(note).toHaveTextContent('Basis: Our Branch Rules (local standard): records must be complete');
    expect(note).toHaveTextContent('To change: This rule has no number to change.');
    render(<RuleExplanation rule="branch.size" lang="en-US" initiallyOpen settings={{ parameters: new Map([['branch.maxMembers', 40]]), sheet: 'Settings' }} />);
    expect(screen.getAllByRole('note')[1]).toHaveTextContent('Maximum members in a branch = 40 members (this workbook’s settings; default 50 members)');
  });
});
