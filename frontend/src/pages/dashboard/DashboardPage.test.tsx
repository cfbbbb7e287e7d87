import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../../test/fixtures';
import type { RegionLevel } from '../../gql/graphql';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { viewerFixture } from '../admin/testViewers';
import { allFigures } from '../../components/indicators/testResults';
import { currentYear } from '../../components/indicators/model';
import DashboardPage, { DashboardQueryDoc } from './DashboardPage';
import { DashboardRegionQueryDoc, DashboardRegionSearchQuery } from './RegionChooser';

const year = currentYear();

type Place = { id: string; name: string; nameLatin: string | null; level: RegionLevel };
const province: Place = { id: 'r1', name: '吉林省', nameLatin: 'Jilin Sheng', level: 'PROVINCE' };
const city: Place = { id: 'r2', name: '延边朝鲜族自治州', nameLatin: 'Yanbian', level: 'CITY' };
const township: Place = { id: 'r4', name: '桃文街道', nameLatin: 'Taowen Jiedao', level: 'TOWNSHIP' };

function results(region: Place, asOf = `${year}-12-05`) {
  return allFigures({
    COOP_PARTY_COVERAGE: { unit: { zh: '运营中的农民专业合作社', en: 'active farmers’ cooperatives' }, unitKind: 'ORGANIZATION', numerator: 153, denominator: 234, value: 153 / 234, target: 0.7, deadline: '2011-12-31', overdue: true, gap: 11 },
    SECRETARY_DIRECTOR_CONCURRENT: { numerator: 121, denominator: 150, value: 121 / 150, target: 0.7, deadline: '2011-12-31', met: true, gap: 0 },
    BORDER_TOWNSHIP_OFFICER: { unit: { zh: '边境乡镇', en: 'border townships' }, numerator: 0, denominator: 0, value: null, met: true, gap: 0 },
    YOUNG_MEMBER_ADMITTED: { yearly: true, deadline: `${year}-12-31`, gap: 1 },
  }).map((r) => ({ ...r, asOf, region }));
}

const regionInfo = (r: Place, ancestors: Array<{ id: string; name: string; nameLatin: string | null }>, children: Place[]) =>
  fixture({
    query: DashboardRegionQueryDoc,
    variables: { id: r.id },
    data: {
      node: {
        __typename: 'Region' as const,
        ...r,
        ancestors,
        children: { totalCount: children.length, edges: children.map((node) => ({ node })) },
      },
    },
  });

const provinceFixtures = [
  viewerFixture(null),
  fixture({ query: DashboardQueryDoc, variables: { region: null, year }, data: { indicators: results(province) } }),
  regionInfo(province, [], [city]),
];

describe('DashboardPage', () => {
  it('shows every indicator of the province this year, grouped under the three projects', async () => {
    renderRoute({ path: '/', url: '/', element: <DashboardPage />, fixtures: provinceFixtures });
    expect(await screen.findByRole('heading', { level: 1, name: 'Three projects dashboard' })).toBeInTheDocument();
    const projects = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(projects).toEqual(['Organization setup1 of 6 met', 'Cadre quality0 of 8 met', 'Entrepreneurship and training0 of 4 met']);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(19);
    expect(screen.getByText(`${year}, as of ${new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(year, 11, 5))}: 1 of 18 targets met`)).toBeInTheDocument();
    // The year picker offers 2000 to next year, on this year.
    const yearBox = screen.getByRole('combobox', { name: 'Year' });
    expect(yearBox).toHaveValue(String(year));
    const options = within(yearBox).getAllByRole('option').map((o) => Number(o.textContent));
    expect(options[0]).toBe(year + 1);
    expect(options.at(-1)).toBe(2000);
  });

  it('gives each card its value against the target, its standing in words, the counts, the gap and the deadline', async () => {
    renderRoute({ path: '/', url: '/', element: <DashboardPage />, fixtures: provinceFixtures });
    const coop = await screen.findByRole('article', { name: 'Cooperatives with a party organization' });
    expect(within(coop).getByRole('link', { name: 'Cooperatives with a party organization' })).toHaveAttribute('href', '/indicators/COOP_PARTY_COVERAGE');
    const bar = within(coop).getByRole('progressbar', { name: 'Cooperatives with a party organization' });
    expect(bar).toHaveAttribute('aria-valuenow', '65.4');
    expect(bar).toHaveAttribute('aria-valuetext', '65.4%, target 70%');
    expect(within(coop).getByText('Overdue')).toBeInTheDocument();
    expect(within(coop).getByText('153 of 234 active farmers’ cooperatives meet the rule')).toBeInTheDocument();
    expect(within(coop).getByText('Needs 11 more active farmers’ cooperatives')).toBeInTheDocument();
    expect(within(coop).getByText('Due Dec 31, 2011')).toBeInTheDocument();

    const met = screen.getByRole('article', { name: "Village secretaries who also direct the villagers' committee" });
    expect(within(met).getByText('Met')).toBeInTheDocument();
    expect(within(met).getByText('Target reached')).toBeInTheDocument();

    const reserve = screen.getByRole('article', { name: 'Reserve village cadres' });
    expect(within(reserve).getByText('Not met')).toBeInTheDocument();
    expect(within(reserve).getByText('Needs 73 more villages')).toBeInTheDocument();
    expect(within(reserve).getByText('No deadline')).toBeInTheDocument();

    const none = screen.getByRole('article', { name: 'Border townships with a border officer on the party committee' });
    expect(within(none).getByText('Nothing to count')).toBeInTheDocument();
    expect(within(none).getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
    expect(within(none).getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'No units counted, target 100%');

    const yearly = screen.getByRole('article', { name: 'A young member admitted every year' });
    expect(within(yearly).getByText('Needs 1 more of the villages')).toBeInTheDocument();
    expect(within(yearly).getByText(`Due every year (this year: Dec 31, ${year})`)).toBeInTheDocument();
  });

  it("starts a coordinator at their own region, and links the cards to it", async () => {
    renderRoute({
      path: '/',
      url: '/',
      element: <DashboardPage />,
      fixtures: [
        viewerFixture('COORDINATOR'),
        fixture({ query: DashboardQueryDoc, variables: { region: 'r4', year }, data: { indicators: results(township) } }),
        regionInfo(township, [{ id: 'r1', name: '吉林省', nameLatin: null }, { id: 'r2', name: '延边朝鲜族自治州', nameLatin: null }], []),
      ],
    });
    const card = await screen.findByRole('article', { name: 'Reserve village cadres' });
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/indicators/RESERVE_CADRES?region=r4');
    const crumbs = screen.getByRole('navigation', { name: 'Region of the dashboard' });
    expect(within(crumbs).getByRole('link', { name: '吉林省' })).toHaveAttribute('href', '/?region=r1');
    expect(within(crumbs).getByText('桃文街道')).toHaveAttribute('aria-current', 'page');
  });

  it('keeps the region and year in the URL, and changes them there', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute({
      path: '/',
      url: '/?region=r2&year=2011',
      element: <DashboardPage />,
      fixtures: [
        viewerFixture(null),
        fixture({ query: DashboardQueryDoc, variables: { region: 'r2', year: 2011 }, data: { indicators: results(city, '2011-12-31') } }),
        regionInfo(city, [{ id: 'r1', name: '吉林省', nameLatin: 'Jilin Sheng' }], [township]),
        fixture({ query: DashboardQueryDoc, variables: { region: 'r2', year: 2010 }, data: { indicators: results(city, '2010-12-31') } }),
        fixture({ query: DashboardQueryDoc, variables: { region: 'r4', year: 2010 }, data: { indicators: results(township, '2010-12-31') } }),
        regionInfo(township, [{ id: 'r1', name: '吉林省', nameLatin: null }, { id: 'r2', name: '延边朝鲜族自治州', nameLatin: null }], []),
        fixture({ query: DashboardRegionSearchQuery, variables: { q: 'yanbian' }, data: { search: [{ title: '延边朝鲜族自治州', subtitle: '吉林省', node: { __typename: 'Region' as const, id: 'r2' } }] } }),
      ],
    });
    const card = await screen.findByRole('article', { name: 'Reserve village cadres' });
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/indicators/RESERVE_CADRES?region=r2&year=2011');
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2011');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2010');
    expect(router.state.location.search).toBe('?region=r2&year=2010');
    expect(await screen.findByText(/2010, as of/)).toBeInTheDocument();

    // One level down, through the regions under this one.
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Region under 延边朝鲜族自治州' }), 'r4');
    expect(router.state.location.search).toBe('?region=r4&year=2010');
    expect(await screen.findByText('桃文街道', { selector: 'strong' })).toBeInTheDocument();

    // Anywhere, found by pinyin.
    await user.type(screen.getByRole('searchbox', { name: 'Find a region' }), 'yanbian');
    const found = await screen.findByRole('list', { name: 'Regions found' });
    await user.click(within(found).getByRole('button', { name: /延边朝鲜族自治州/ }));
    expect(router.state.location.search).toBe('?region=r2&year=2010');
  });

  it('reads in Chinese', async () => {
    renderRoute({ path: '/', url: '/', element: <DashboardPage />, fixtures: provinceFixtures });
    await screen.findByRole('article', { name: 'Reserve village cadres' });
    await switchLanguage('zh-CN');
    try {
      expect(screen.getByRole('heading', { level: 1, name: '三项工程指标看板' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: /组织设置优化工程/ })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: /干部素质提升工程/ })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: /创业培训工程/ })).toBeInTheDocument();
      const coop = screen.getByRole('article', { name: '农民专业合作社党组织覆盖率' });
      expect(within(coop).getByText('逾期未达标')).toBeInTheDocument();
      expect(within(coop).getByText('234个运营中的农民专业合作社中153个达标')).toBeInTheDocument();
      expect(within(coop).getByText('还差11个运营中的农民专业合作社')).toBeInTheDocument();
    } finally {
      await switchLanguage('en');
    }
  });

  it('says what went wrong, with a retry', async () => {
    renderRoute({
      path: '/',
      url: '/?region=x',
      element: <DashboardPage />,
      fixtures: [viewerFixture(null), fixture({ query: DashboardQueryDoc, variables: { region: 'x', year }, error: { message: 'region: not a region', code: 'BAD_USER_INPUT', field: 'region' } })],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('not a region');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
