import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../test/fixtures';
import { renderRoute } from '../test/render';
import type { SearchBoxQuery as Result } from '../gql/graphql';
import { SearchBox, SearchBoxQuery, hitPlace } from './SearchBox';

type Hit = Result['regions'][number];

const region = (id: string, title: string, nameLatin: string): Hit => ({
  type: 'REGION',
  title,
  subtitle: '吉林省 / 延边朝鲜族自治州',
  node: { __typename: 'Region', id, nameLatin, level: 'COUNTY' },
});
const org = (id: string, title: string): Hit => ({
  type: 'ORGANIZATION',
  title,
  subtitle: '吉林省 / 延边朝鲜族自治州 / 延吉市 · 机关',
  node: { __typename: 'Organization', id, nameLatin: null, kind: 'GOVERNMENT_ORGAN' },
});
const person = (id: string, title: string): Hit => ({
  type: 'PERSON',
  title,
  subtitle: '吉林省 / 延边朝鲜族自治州 / 安图县 / 图台镇 / 松利村',
  node: { __typename: 'Person', id, nameLatin: 'Yan Jia' },
});

const answer = (q: string, data: Result, delay?: number) => fixture({ query: SearchBoxQuery, variables: { q, first: 5 }, data, delay });

const yanji = answer('yanji', {
  regions: [region('r1', '延吉市', 'Yanji Shi')],
  organizations: [org('o1', '延吉市林业局'), org('o2', '延吉市教育局')],
  people: [person('p1', '阎佳')],
});

const pages = ['/regions/:id', '/organizations/:id', '/people/:id', '/search'].map((path) => ({ path, element: <p>landed</p> }));

/**
 * Renders the box at /. With persistent, it stays on screen wherever it
 * navigates to, as it does in the header; otherwise the pages it opens
 * replace it.
 */
function setup(fixtures: ReturnType<typeof answer>[], variant: 'compact' | 'large' = 'compact', persistent = false) {
  const user = userEvent.setup();
  const element = <SearchBox variant={variant} />;
  const utils = persistent
    ? renderRoute({ path: '/*', url: '/', element, fixtures })
    : renderRoute({ path: '/', url: '/', element, fixtures, extra: pages });
  const input = screen.getByRole('combobox', { name: 'Search regions, organizations and people' });
  const where = () => `${utils.router.state.location.pathname}${utils.router.state.location.search}`;
  return { ...utils, user, input, where };
}

describe('SearchBox', () => {
  it('suggests regions, organizations and people under their headings', async () => {
    const { user, input } = setup([yanji]);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'yanji');
    await screen.findAllByRole('option');
    const list = screen.getByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', list.id);

    const groups = within(list).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Regions',
      'Organizations',
      'People',
    ]);
    const first = within(groups[0]).getByRole('option');
    expect(first).toHaveTextContent('延吉市');
    expect(first).toHaveTextContent('Yanji Shi');
    expect(first).toHaveTextContent('County');
    expect(first).toHaveTextContent('吉林省 / 延边朝鲜族自治州');
    // An organization's kind is shown translated, not as the subtitle's suffix.
    const forestry = within(groups[1]).getAllByRole('option')[0];
    expect(forestry).toHaveTextContent('Government organ');
    expect(forestry).not.toHaveTextContent('机关');
    expect(within(list).getByRole('option', { name: /All results for “yanji”/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('4 suggestions');
  });

  it('moves through the options with the arrow keys, Home and End, and opens the active one with Enter', async () => {
    const { user, input, where } = setup([yanji]);
    await user.type(input, 'yanji');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(5);
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[2].id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{End}');
    expect(input).toHaveAttribute('aria-activedescendant', options[4].id);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(options[3]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Enter}');
    expect(where()).toBe('/people/p1');
  });

  it('opens regions and organizations at their pages, then clears itself', async () => {
    const { user, input, where } = setup([yanji], 'compact', true);
    await user.type(input, 'yanji');
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(where()).toBe('/regions/r1');
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await user.type(input, 'yanji');
    await user.click(await screen.findByRole('option', { name: /延吉市教育局/ }));
    expect(where()).toBe('/organizations/o2');
    expect(input).toHaveValue('');
  });

  it('searches everything when Enter is pressed with no option active', async () => {
    const { user, input, where } = setup([yanji]);
    await user.type(input, 'yanji');
    await screen.findAllByRole('option');
    await user.keyboard('{Enter}');
    expect(where()).toBe('/search?q=yanji');
  });

  it('searches everything even before the suggestions arrive', async () => {
    const { user, input, where } = setup([answer('延吉', { regions: [], organizations: [], people: [] }, 500)]);
    await user.type(input, '延吉{Enter}');
    expect(where()).toBe(`/search?q=${encodeURIComponent('延吉')}`);
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const { user, input } = setup([yanji]);
    await user.type(input, 'yanji');
    await screen.findAllByRole('option');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('yanji');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveValue('');
  });

  it('closes when clicking outside', async () => {
    const { user, input } = setup([yanji]);
    await user.type(input, 'yanji');
    await screen.findAllByRole('option');
    await user.click(document.body);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('explains what can be searched when nothing matches', async () => {
    const { user, input } = setup([answer('zzz', { regions: [], organizations: [], people: [] })]);
    await user.type(input, 'zzz');
    expect(await screen.findByText('Nothing matches “zzz”', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/pinyin \(yanji\), pinyin initials \(yj\) or a division code/)).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('shows that it is searching while the answer is on its way', async () => {
    const { user, input } = setup([answer('yanji', { regions: [region('r1', '延吉市', 'Yanji Shi')], organizations: [], people: [] }, 300)]);
    await user.type(input, 'yanji');
    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: /延吉市/ })).toBeInTheDocument();
    expect(screen.queryByText('Searching…')).not.toBeInTheDocument();
  });

  it('shows an error readably', async () => {
    const failing = fixture({ query: SearchBoxQuery, variables: { q: 'yanji', first: 5 }, error: { message: 'query: too long', code: 'BAD_USER_INPUT', field: 'query' } });
    const { user, input } = setup([failing]);
    await user.type(input, 'yanji');
    expect(await screen.findByRole('alert')).toHaveTextContent('query: too long (field: query)');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('waits for typing to pause before asking the server', async () => {
    const { user, input, client } = setup([yanji]);
    await user.type(input, 'yanji');
    await screen.findAllByRole('option');
    const asked = new Set(client.operations.map((op) => op.variables?.q));
    expect([...asked]).toEqual(['yanji']);
  });

  it('never lets a slow earlier answer replace a newer one', async () => {
    const slow = answer('ya', { regions: [region('r9', '雅安村', 'Ya’an Cun')], organizations: [], people: [] }, 400);
    const { user, input, client } = setup([slow, yanji]);
    await user.type(input, 'ya');
    // The first query has gone out, and is slow to answer.
    await waitFor(() => expect(client.operations.some((op) => op.variables?.q === 'ya')).toBe(true));
    await user.type(input, 'nji');
    expect(await screen.findByRole('option', { name: /延吉市林业局/ })).toBeInTheDocument();
    // Give the slow answer time to arrive: it must not show.
    await new Promise((r) => setTimeout(r, 500));
    expect(screen.queryByRole('option', { name: /雅安村/ })).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: /延吉市林业局/ })).toBeInTheDocument();
  });

  it('takes focus on the home page, and shows a search button', () => {
    const { input } = setup([], 'large');
    expect(input).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
  });

  it('is focused from anywhere with "/" in the header', async () => {
    const { user, input } = setup([]);
    expect(input).not.toHaveFocus();
    await user.keyboard('/');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
  });
});

describe('hitPlace', () => {
  it('drops the kind from an organization subtitle only', () => {
    expect(hitPlace({ subtitle: 'a / b · 机关', node: { __typename: 'Organization' } })).toBe('a / b');
    expect(hitPlace({ subtitle: 'a / b', node: { __typename: 'Region' } })).toBe('a / b');
    expect(hitPlace({ subtitle: null, node: { __typename: 'Person' } })).toBe('');
  });
});
