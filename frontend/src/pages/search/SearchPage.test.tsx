import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import type { SearchPageHitFragment as Hit, SearchPageQuery as Result } from '../../gql/graphql';
import SearchPage, { SearchPageQuery } from './SearchPage';

const region = (id: string, title: string): Hit => ({
  type: 'REGION',
  title,
  subtitle: '吉林省 / 延边朝鲜族自治州',
  node: { __typename: 'Region', id, nameLatin: 'Yanji Shi', code: '222401000000', level: 'COUNTY', backward: false, border: true },
});
const org = (id: string, title: string): Hit => ({
  type: 'ORGANIZATION',
  title,
  subtitle: '吉林省 / 延边朝鲜族自治州 / 延吉市 · 党支部',
  node: { __typename: 'Organization', id, nameLatin: null, kind: 'PARTY_BRANCH', status: 'ACTIVE' },
});
const person = (id: string, title: string): Hit => ({
  type: 'PERSON',
  title,
  subtitle: '吉林省 / 延边朝鲜族自治州 / 安图县',
  node: { __typename: 'Person', id, nameLatin: 'Yan Jia', gender: 'FEMALE', birthDate: '1988-04-02', politicalStatus: 'MEMBER' },
});

const answer = (q: string, data: Result, delay?: number) => fixture({ query: SearchPageQuery, variables: { q }, data, delay });

// 45 organizations: three pages of 20 when shown alone, a preview of 8 among all types.
const orgs = Array.from({ length: 45 }, (_, i) => org(`o${i + 1}`, `延吉第${i + 1}村党支部`));
const yanji = answer('yanji', { regions: [region('r1', '延吉市')], organizations: orgs, people: [person('p1', '阎佳')] });

function setup(url: string, fixtures = [yanji]) {
  const user = userEvent.setup();
  const utils = renderRoute({ path: '/search', url, element: <SearchPage />, fixtures });
  const location = () => utils.router.state.location;
  return { ...utils, user, location };
}

describe('SearchPage', () => {
  it('explains what can be searched when there is no query', () => {
    setup('/search');
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByText('Search regions, organizations and people', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/its pinyin \(yanji\), pinyin initials \(yj\), or a 12-digit division code/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /yanji pinyin/ })).toHaveAttribute('href', '/search?q=yanji');
    expect(screen.getByRole('link', { name: /222401 division code/ })).toHaveAttribute('href', '/search?q=222401');
  });

  it('groups the hits by type, with counts, and previews each group', async () => {
    setup('/search?q=yanji', [answer('yanji', { regions: [region('r1', '延吉市')], organizations: orgs, people: [person('p1', '阎佳')] }, 50)]);
    expect(screen.getByRole('status')).toHaveTextContent('Searching for “yanji”…');
    expect(screen.getByRole('heading', { level: 1, name: 'Results for “yanji”' })).toBeInTheDocument();

    const tabs = await screen.findByRole('navigation', { name: 'Show results of type' });
    const tabLinks = within(tabs).getAllByRole('link');
    expect(tabLinks.map((l) => l.textContent)).toEqual(['All47', 'Regions1', 'Organizations45', 'People1']);
    expect(tabLinks[0]).toHaveAttribute('aria-current', 'page');

    const orgSection = screen.getByRole('region', { name: /Organizations/ });
    expect(within(orgSection).getAllByRole('listitem')).toHaveLength(8);
    expect(within(orgSection).getByRole('link', { name: '延吉第1村党支部' })).toHaveAttribute('href', '/organizations/o1');
    expect(within(orgSection).getAllByText('Party branch')).toHaveLength(8);
    expect(within(orgSection).getByRole('link', { name: 'Show all 45 organizations →' })).toHaveAttribute('href', '/search?q=yanji&type=organization');

    const regionSection = screen.getByRole('region', { name: /Regions/ });
    expect(within(regionSection).getByRole('link', { name: '延吉市' })).toHaveAttribute('href', '/regions/r1');
    expect(within(regionSection).getByText('Yanji Shi')).toBeInTheDocument();
    expect(within(regionSection).getByText('222401000000')).toBeInTheDocument();
    expect(within(regionSection).getByText('Border')).toBeInTheDocument();

    const people = screen.getByRole('region', { name: /People/ });
    expect(within(people).getByText('Female · born 1988 · Party member')).toBeInTheDocument();
    expect(within(people).getByRole('link', { name: '阎佳' })).toHaveAttribute('href', '/people/p1');
  });

  it('filters by type through the URL and pages through the hits', async () => {
    const { user, location } = setup('/search?q=yanji');
    await user.click(await screen.findByRole('link', { name: /^Organizations45$/ }));
    expect(location().search).toBe('?q=yanji&type=organization');
    expect(screen.getByRole('link', { name: /^Organizations45$/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Organizations 1–20 of 45')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '延吉市' })).not.toBeInTheDocument();
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(location().search).toBe('?q=yanji&type=organization&page=2');
    expect(screen.getByText('Organizations 21–40 of 45')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '延吉第21村党支部' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '延吉第1村党支部' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByText('Organizations 41–45 of 45')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();

    // Going back to all types starts again from the top.
    await user.click(screen.getByRole('link', { name: /^All47$/ }));
    expect(location().search).toBe('?q=yanji');
  });

  it('opens a shared link at the page and type it names', async () => {
    setup('/search?q=yanji&type=ORGANIZATION&page=3');
    expect(await screen.findByText('Organizations 41–45 of 45')).toBeInTheDocument();
  });

  it('says when a type has no hits and points to the others', async () => {
    setup('/search?q=yanji&type=person', [answer('yanji', { regions: [region('r1', '延吉市')], organizations: [], people: [] })]);
    expect(await screen.findByText('No people match “yanji”')).toBeInTheDocument();
    expect(screen.getByText('There is 1 result of another type: choose “All” above.')).toBeInTheDocument();
  });

  it('explains itself when nothing matches', async () => {
    setup('/search?q=zzz', [answer('zzz', { regions: [], organizations: [], people: [] })]);
    expect(await screen.findByText('Nothing matches “zzz”')).toBeInTheDocument();
    expect(screen.getByText(/Type a Chinese name or part of one/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /hcs initials/ })).toBeInTheDocument();
  });

  it('marks counts that reached the server limit', async () => {
    const many = Array.from({ length: 100 }, (_, i) => org(`o${i}`, `合作社${i}`));
    setup('/search?q=hzs', [answer('hzs', { regions: [], organizations: many, people: [] })]);
    expect(await screen.findByRole('link', { name: /^Organizations100\+$/ })).toBeInTheDocument();
    expect(screen.getByText(/Only the 100 best matches of each type are listed/)).toBeInTheDocument();
  });

  it('runs a new search from its form, keeping the type filter', async () => {
    const { user, location } = setup('/search?q=yanji&type=organization&page=2', [
      yanji,
      answer('延吉', { regions: [], organizations: [org('o7', '延吉党支部')], people: [] }),
    ]);
    const box = await screen.findByRole('searchbox', { name: 'Search regions, organizations and people' });
    expect(box).toHaveValue('yanji');
    await user.clear(box);
    await user.type(box, ' 延吉 {Enter}');
    expect(location().search).toBe(`?q=${encodeURIComponent('延吉')}&type=organization`);
    expect(await screen.findByRole('link', { name: '延吉党支部' })).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    setup('/search?q=yanji', [fixture({ query: SearchPageQuery, variables: { q: 'yanji' }, error: { message: 'search is unavailable' } })]);
    expect(await screen.findByRole('alert')).toHaveTextContent('search is unavailable');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
