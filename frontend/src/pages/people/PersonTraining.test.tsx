import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { ATTENDED_MAX, PersonTraining, PersonTrainingQuery } from './PersonTraining';

const attended = (id: string, title: string, startsOn: string, days: number, of: number, completed: boolean) => ({
  id,
  days,
  completed,
  course: { id: `c-${id}`, title, kind: 'ROTATION' as const, startsOn, days: of, region: { id: 'r4', name: '桃文街道', nameLatin: null } },
});

const training = (list: ReturnType<typeof attended>[], total = list.length) =>
  fixture({
    query: PersonTrainingQuery,
    variables: { id: 'p1', last: ATTENDED_MAX },
    data: { node: { __typename: 'Person' as const, id: 'p1', attendances: { totalCount: total, edges: list.map((node) => ({ node })) } } },
  });

function render(list: ReturnType<typeof attended>[], total?: number) {
  return renderRoute({ path: '/people/:id', url: '/people/p1', element: <PersonTraining id="p1" name="全哲植" />, fixtures: [training(list, total)] });
}

describe('PersonTraining', () => {
  it('lists the courses attended, the latest first: title, year, days and completion', async () => {
    render([attended('a1', '2022年岗位能力轮训', '2022-04-11', 4, 5, false), attended('a2', '2024年岗位能力轮训', '2024-03-04', 5, 5, true)]);
    const table = await screen.findByRole('table', { name: 'Training courses 全哲植 attended, the latest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link', { name: '2024年岗位能力轮训' })).toHaveAttribute('href', '/training/c-a2');
    expect(rows[0]).toHaveTextContent('2024');
    expect(rows[0]).toHaveTextContent('5 of 5');
    expect(rows[0]).toHaveTextContent('Yes');
    expect(rows[1]).toHaveTextContent('2022');
    expect(rows[1]).toHaveTextContent('4 of 5');
    expect(rows[1]).toHaveTextContent('No');
    expect(screen.getByRole('heading', { name: /Training/ })).toHaveTextContent('2');
    await switchLanguage('zh-CN');
    expect(screen.getByRole('heading', { name: /参加培训/ })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('否');
    await switchLanguage('en');
  });

  it('says when there is none, and when only the latest are shown', async () => {
    const { unmount } = render([]);
    expect(await screen.findByText('No training recorded')).toBeInTheDocument();
    unmount();
    render([attended('a1', '轮训', '2024-03-04', 5, 5, true)], 140);
    expect(await screen.findByText('The 1 most recently recorded of 140 courses are shown.')).toBeInTheDocument();
  });
});
