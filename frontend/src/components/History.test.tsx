import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../test/fixtures';
import { renderRoute } from '../test/render';
import { switchLanguage } from '../test/language';
import { EntityHistoryQuery, HISTORY_PAGE, History, historyValue } from './History';

const ID = 'o1';

type Change = { field: string; before: unknown; after: unknown };
const event = (id: string, at: string, operation: 'CREATE' | 'UPDATE' | 'DELETE', changes: Change[], actorName = 'coordinator') => ({
  node: { id, at, actorName, operation, changes },
});

const page = (edges: ReturnType<typeof event>[], total: number, endCursor: string | null, hasNextPage: boolean, after?: string) =>
  fixture({
    query: EntityHistoryQuery,
    variables: after ? { id: ID, first: HISTORY_PAGE, after } : { id: ID, first: HISTORY_PAGE },
    data: { node: { __typename: 'Organization' as const, id: ID, history: { totalCount: total, pageInfo: { hasNextPage, endCursor }, edges } } },
  });

const first = page(
  [
    event('e3', '2026-12-05T10:30:00Z', 'UPDATE', [
      { field: 'name', before: '平华社区居民委员会', after: '平华社区居委会' },
      { field: 'twinningCapacity', before: 1, after: 3 },
      { field: 'nameLatin', before: 'Pinghua', after: null },
    ]),
    event('e2', '2026-12-04T09:00:00Z', 'UPDATE', []),
  ],
  3,
  'c2',
  true,
);
const second = page([event('e1', '2026-12-01T08:00:00Z', 'CREATE', [{ field: 'kind', before: null, after: 'PARTY_BRANCH' }], 'admin')], 3, 'c3', false, 'c2');

const render = (fixtures = [first, second]) => renderRoute({ path: '/organizations/:id', url: `/organizations/${ID}`, element: <History id={ID} />, fixtures });

describe('History', () => {
  it('stays folded until asked for', async () => {
    const { client } = render();
    const toggle = screen.getByRole('button', { name: 'Show history' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(client.operations).toHaveLength(0);
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide history' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists the changes newest first: time, actor, operation, each field before → after', async () => {
    render();
    await userEvent.click(screen.getByRole('button', { name: 'Show history' }));
    const list = await screen.findByRole('list', { name: 'Changes, newest first' });
    await within(list).findByText('2 of 3 changes');
    const [latest, earlier] = list.querySelectorAll(':scope > li.history-event');
    expect(within(latest as HTMLElement).getByText('by coordinator')).toBeInTheDocument();
    expect(within(latest as HTMLElement).getByText('Changed')).toBeInTheDocument();
    expect(latest.querySelector('time')).toHaveAttribute('datetime', '2026-12-05T10:30:00Z');
    const changes = within(latest as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(changes).toEqual(['Name 平华社区居民委员会 → 平华社区居委会', 'Twinning capacity 1 → 3', 'Latin name Pinghua → (empty)']);
    expect(within(earlier as HTMLElement).getByText('No field changed.')).toBeInTheDocument();
    expect(within(list).getByText('2 of 3 changes')).toBeInTheDocument();
  });

  it('loads more under the last page, until there is no more', async () => {
    render();
    await userEvent.click(screen.getByRole('button', { name: 'Show history' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    const list = screen.getByRole('list', { name: 'Changes, newest first' });
    expect(await within(list).findByText('by admin')).toBeInTheDocument();
    expect(list.querySelectorAll(':scope > li.history-event')).toHaveLength(3);
    expect(within(list).getByText('Created')).toBeInTheDocument();
    expect(within(list).getByText((_, el) => el?.tagName === 'LI' && el.textContent === 'Kind (empty) → PARTY_BRANCH')).toBeInTheDocument();
    expect(within(list).getByText('3 of 3 changes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when nothing was changed, in either language', async () => {
    render([page([], 0, null, false)]);
    await userEvent.click(screen.getByRole('button', { name: 'Show history' }));
    expect(await screen.findByText('No changes recorded')).toBeInTheDocument();
    await switchLanguage('zh-CN');
    expect(screen.getByText('暂无修改记录')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '隐藏修改记录' })).toBeInTheDocument();
    await switchLanguage('en');
  });

  it('writes JSON values as text', () => {
    const t = (k: string) => ({ 'history.none': '(empty)', 'history.yes': 'yes', 'history.no': 'no' })[k] ?? k;
    expect(historyValue(null, t, 'en')).toBe('(empty)');
    expect(historyValue('', t, 'en')).toBe('(empty)');
    expect(historyValue(true, t, 'en')).toBe('yes');
    expect(historyValue(12000, t, 'en')).toBe('12,000');
    expect(historyValue(['VETERAN', 'RETIREE'], t, 'en')).toBe('VETERAN, RETIREE');
    expect(historyValue([], t, 'en')).toBe('(empty)');
    expect(historyValue({ a: 1 }, t, 'en')).toBe('{"a":1}');
  });
});
