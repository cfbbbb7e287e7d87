import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { HomePage, HomeStatsQuery } from './HomePage';

const stats = fixture({
  query: HomeStatsQuery,
  data: { villages: { totalCount: 1040 }, organizations: { totalCount: 9993 }, people: { totalCount: 51530 }, links: { totalCount: 1403 } },
});

function setup(fixtures = [stats]) {
  const user = userEvent.setup();
  const utils = renderRoute({ path: '/', url: '/', element: <HomePage />, fixtures });
  return { ...utils, user };
}

describe('HomePage', () => {
  it('puts the search box first, focused, with example queries', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Find any village, organization or person' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Search regions, organizations and people' })).toHaveFocus();
    for (const [q, how] of [
      ['延吉', 'Chinese'],
      ['yanji', 'pinyin'],
      ['hcs', 'initials'],
      ['222401', 'division code'],
    ]) {
      expect(screen.getByRole('link', { name: `${q} ${how}` })).toHaveAttribute('href', `/search?q=${encodeURIComponent(q)}`);
    }
  });

  it('opens an example query on the search page', async () => {
    const { user, router } = setup();
    await user.click(screen.getByRole('link', { name: 'hcs initials' }));
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=hcs');
  });

  it('shows what the network holds', async () => {
    setup();
    const villages = await screen.findByText('Villages');
    expect(villages.parentElement).toHaveTextContent('1,040');
    expect(screen.getByText('People').parentElement).toHaveTextContent('51,530');
    expect(screen.getByText('Active links').parentElement).toHaveTextContent('1,403');
  });

  it('leads to the region browser, the network explorer and GraphiQL', () => {
    setup();
    const nav = screen.getByRole('navigation', { name: 'Explore' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/regions', '/network', '/graphiql']);
    expect(within(nav).getByRole('link', { name: /Explore the network/ })).toBeInTheDocument();
  });

  it('reports figures it could not load, with a retry', async () => {
    setup([fixture({ query: HomeStatsQuery, error: { message: 'database is down' } })]);
    expect(await screen.findByRole('alert')).toHaveTextContent('database is down');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    await switchLanguage('zh-CN');
    try {
      setup();
      expect(screen.getByRole('heading', { level: 1, name: '查找任意村、组织或人员' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'hcs 首字母' })).toBeInTheDocument();
      expect(await screen.findByText('行政村')).toBeInTheDocument();
    } finally {
      await switchLanguage('en');
    }
  });
});
