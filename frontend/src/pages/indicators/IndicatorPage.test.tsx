import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture, type Fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import { viewerFixture } from '../admin/testViewers';
import { figures } from '../../components/indicators/testResults';
import type { IndicatorPageQuery, IndicatorShortfallsQuery } from '../../gql/graphql';
import IndicatorPage, { IndicatorPageQueryDoc } from './IndicatorPage';
import { IndicatorShortfallsQueryDoc, SHORTFALLS_PAGE } from './Shortfalls';
import { SetIndicatorTargetMutation } from './TargetForm';

// The chart library draws on a canvas jsdom does not have: the tests read what it was asked to draw.
const drawn = vi.hoisted(() => ({ options: [] as Array<Record<string, any>> }));
vi.mock('./echarts', () => ({
  init: () => ({ setOption: (o: Record<string, any>) => drawn.options.push(o), dispose() {}, resize() {}, on() {} }),
}));

type Indicator = NonNullable<IndicatorPageQuery['indicator']>;
type Row = Indicator['breakdown'][number];

const county = { id: 'r3', name: '珲春市', nameLatin: 'Hunchun Shi', level: 'COUNTY' as const };
const ancestors = [
  { id: 'r1', name: '吉林省', nameLatin: 'Jilin Sheng' },
  { id: 'r2', name: '延边朝鲜族自治州', nameLatin: 'Yanbian' },
];

function row(id: string, name: string, numerator: number, denominator: number, over: Partial<Row> = {}): Row {
  const value = denominator ? numerator / denominator : null;
  return {
    region: { id, name, nameLatin: null, level: 'TOWNSHIP' },
    numerator,
    denominator,
    value,
    target: 1,
    met: denominator === 0 || numerator === denominator,
    overdue: false,
    gap: denominator - numerator,
    ...over,
  };
}

const breakdown = [row('r10', '桃文街道', 0, 0), row('r11', '湖谷镇', 3, 8), row('r12', '二道岭镇', 5, 8), row('r13', '八道湾乡', 2, 7), row('r14', '富发镇', 15, 15)];

function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    ...figures('RESERVE_CADRES', { numerator: 25, denominator: 38, value: 25 / 38, gap: 13 }),
    description: { zh: '行政村：至少有两名现任后备干部', en: 'Share of villages with at least two current reserve cadres.' },
    clause: 'ensure that each established village reserves at least 2 reserve talents for village cadres',
    rule: { zh: '至少有两名现任后备干部', en: 'at least two current reserve cadres' },
    asOf: '2025-12-31',
    targetSet: false,
    targetNote: null,
    region: { ...county, ancestors },
    breakdown,
    trend: [
      { year: 2023, numerator: 10, denominator: 38, value: 10 / 38 },
      { year: 2024, numerator: 20, denominator: 38, value: 20 / 38 },
      { year: 2025, numerator: 25, denominator: 38, value: 25 / 38 },
    ],
    ...over,
  };
}

type Conn = NonNullable<IndicatorShortfallsQuery['indicator']>['shortfalls'];
const village = (i: number) => ({
  cursor: `c${i}`,
  node: {
    unitKind: 'REGION' as const,
    reason: { zh: `${i}名后备干部，需要2`, en: `${i} reserve cadre, needs 2` },
    region: { id: `v${i}`, name: `村${i}`, nameLatin: null },
    unit: { __typename: 'Region' as const, id: `v${i}`, name: `村${i}`, nameLatin: `Cun ${i}` },
  },
});

function shortfalls(vars: { region: string | null; year: number; after?: string }, edges: Conn['edges'], total: number, next: string | null) {
  return fixture({
    query: IndicatorShortfallsQueryDoc,
    variables: { code: 'RESERVE_CADRES' as const, region: vars.region, year: vars.year, first: SHORTFALLS_PAGE, ...(vars.after ? { after: vars.after } : {}) },
    data: { indicator: { code: 'RESERVE_CADRES' as const, shortfalls: { totalCount: total, pageInfo: { hasNextPage: next !== null, endCursor: next }, edges } } },
  });
}

const pageVars = { code: 'RESERVE_CADRES' as const, region: 'r3', year: 2025, from: 2005 };

function fixtures(role: 'ADMIN' | null = null, over: Partial<Indicator> = {}) {
  return [
    viewerFixture(role),
    fixture({ query: IndicatorPageQueryDoc, variables: pageVars, data: { indicator: indicator(over) } }),
    shortfalls({ region: 'r3', year: 2025 }, [village(0), village(1)], 3, 'c1'),
    shortfalls({ region: 'r3', year: 2025, after: 'c1' }, [
      {
        cursor: 'c2',
        node: {
          unitKind: 'PERSON',
          reason: { zh: '当年没有领办有收入的项目', en: 'no project with an income in the year' },
          region: { id: 'v9', name: '柳树村', nameLatin: null },
          unit: { __typename: 'Person', id: 'p7', name: '金正哲', nameLatin: 'Jin Zhengzhe' },
        },
      },
    ], 3, null),
  ];
}

const url = '/indicators/RESERVE_CADRES?region=r3&year=2025';

function setup(role: 'ADMIN' | null = null, extra: Fixture<unknown, any>[] = [], over: Partial<Indicator> = {}) {
  const user = userEvent.setup();
  const utils = renderRoute({ path: '/indicators/:code', url, element: <IndicatorPage />, fixtures: [...extra, ...fixtures(role, over)] });
  return { ...utils, user };
}

describe('IndicatorPage', () => {
  it('shows the indicator for the region: title, description, clause, target and where it stands', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Reserve village cadres' })).toBeInTheDocument();
    expect(screen.getByText('Share of villages with at least two current reserve cadres.')).toBeInTheDocument();
    expect(screen.getByText('ensure that each established village reserves at least 2 reserve talents for village cadres')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: '珲春市 in 2025' });
    expect(within(summary).getByRole('progressbar', { name: 'Reserve village cadres' })).toHaveAttribute('aria-valuetext', '65.8%, target 100%');
    expect(within(summary).getByText('25 of 38 villages meet the rule')).toBeInTheDocument();
    expect(within(summary).getByText('Needs 13 more villages')).toBeInTheDocument();
    expect(within(summary).getByText('Not met')).toBeInTheDocument();
    const target = screen.getByRole('region', { name: 'Target' });
    expect(within(target).getByText('The source document (default)')).toBeInTheDocument();
    expect(within(target).queryByRole('button', { name: 'Edit target' })).not.toBeInTheDocument();

    // Breadcrumbs climb back up to the same indicator for the regions above.
    const crumbs = screen.getByRole('navigation', { name: 'Region path' });
    expect(within(crumbs).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('href', '/?region=r3&year=2025');
    expect(within(crumbs).getByRole('link', { name: '吉林省' })).toHaveAttribute('href', '/indicators/RESERVE_CADRES?region=r1&year=2025');
    expect(within(crumbs).getByText('珲春市')).toHaveAttribute('aria-current', 'page');
  });

  it('breaks the indicator down by region, sorted, as a chart and a table that drills down', async () => {
    const { user, router } = setup();
    const table = await screen.findByRole('table', { name: 'Reserve village cadres, by region under 珲春市' });
    const names = () => within(table).getAllByRole('rowheader').map((h) => h.textContent);
    // Lowest share first; a region without units last.
    expect(names()).toEqual(['八道湾乡', '湖谷镇', '二道岭镇', '富发镇', '桃文街道']);
    const byValue = within(table).getByRole('columnheader', { name: /Share/ });
    expect(byValue).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(byValue).getByRole('button'));
    expect(byValue).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['富发镇', '二道岭镇', '湖谷镇', '八道湾乡', '桃文街道']);
    await user.click(within(table).getByRole('button', { name: /Counted/ }));
    expect(within(table).getByRole('columnheader', { name: /Counted/ })).toHaveAttribute('aria-sort', 'descending');
    expect(byValue).not.toHaveAttribute('aria-sort');

    const hugu = within(table).getByRole('row', { name: /湖谷镇/ });
    expect(within(hugu).getByText('37.5%')).toBeInTheDocument();
    expect(within(hugu).getByText('Not met')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /富发镇/ })).toHaveTextContent('Met');
    expect(within(table).getByRole('row', { name: /桃文街道/ })).toHaveTextContent('Nothing to count');

    // The chart: the regions with units, lowest first, with the target line; its text alternative beside it.
    await waitFor(() => expect(drawn.options.length).toBeGreaterThan(0));
    const bars = drawn.options.find((o) => o.series[0].type === 'bar')!;
    expect(bars.yAxis.data).toEqual(['八道湾乡', '湖谷镇', '二道岭镇', '富发镇']);
    expect(bars.series[0].markLine.data).toEqual([{ xAxis: 100 }]);
    expect(screen.getByText(/1 of 4 regions meet the target of 100%\. Lowest: 八道湾乡, 28\.6%; highest: 富发镇, 100%\./)).toBeInTheDocument();

    // A region opens the same page for it.
    await user.click(within(table).getByRole('link', { name: '湖谷镇' }));
    expect(router.state.location.pathname).toBe('/indicators/RESERVE_CADRES');
    expect(router.state.location.search).toBe('?region=r11&year=2025');
  });

  it('draws the trend with the target, and gives its figures as a table', async () => {
    setup();
    const trend = await screen.findByRole('region', { name: 'Over the years, 2023–2025' });
    expect(within(trend).getByText('From 26.3% in 2023 to 65.8% in 2025, against a target of 100%.')).toBeInTheDocument();
    await waitFor(() => expect(drawn.options.map((o) => o.series[0].type)).toContain('line'));
    const line = drawn.options.filter((o) => o.series[0].type === 'line').at(-1)!;
    expect(line.xAxis.data).toEqual(['2023', '2024', '2025']);
    expect(line.series[0].data).toEqual([26.3, 52.6, 65.8]);
    expect(line.series[0].markLine.data[0].yAxis).toBe(100);
    expect(within(trend).getByRole('table', { name: 'The indicator year by year' })).toBeInTheDocument();
  });

  it('lists the units falling short a page at a time, each linking to its page with its reason', async () => {
    const { user } = setup();
    const section = await screen.findByRole('region', { name: /Falling short/ });
    const table = await within(section).findByRole('table');
    expect(within(table).getByRole('link', { name: '村0' })).toHaveAttribute('href', '/regions/v0');
    expect(within(table).getByText('1 reserve cadre, needs 2')).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('2 of 3 shown');
    await user.click(within(section).getByRole('button', { name: 'Show 1 more' }));
    const person = await within(table).findByRole('link', { name: '金正哲' });
    expect(person).toHaveAttribute('href', '/people/p7');
    expect(within(table).getByText('no project with an income in the year')).toBeInTheDocument();
    // A person lies somewhere: the column of where appears.
    expect(within(table).getByRole('link', { name: '柳树村' })).toHaveAttribute('href', '/regions/v9');
    expect(within(section).getByRole('status')).toHaveTextContent('3 of 3 shown');
    expect(within(section).queryByRole('button', { name: /Show .* more/ })).not.toBeInTheDocument();

    // Reasons come in the interface's language.
    await switchLanguage('zh-CN');
    try {
      expect(within(table).getByText('当年没有领办有收入的项目')).toBeInTheDocument();
      expect(within(table).getByText('0名后备干部，需要2')).toBeInTheDocument();
    } finally {
      await switchLanguage('en');
    }
  });

  it('links the CSV downloads of the breakdown and the shortfalls, in the language of the interface', async () => {
    setup();
    const breakdownCsv = await screen.findAllByRole('link', { name: 'Download CSV' });
    expect(breakdownCsv.map((a) => a.getAttribute('href'))).toEqual([
      '/export/indicators/RESERVE_CADRES/breakdown.csv?region=r3&year=2025&lang=en',
      '/export/indicators/RESERVE_CADRES/shortfalls.csv?region=r3&year=2025&lang=en',
    ]);
    for (const a of breakdownCsv) expect(a).toHaveAttribute('download');
    await switchLanguage('zh-CN');
    try {
      const zh = await screen.findAllByRole('link', { name: '下载 CSV' });
      expect(zh.map((a) => a.getAttribute('href'))).toEqual([
        '/export/indicators/RESERVE_CADRES/breakdown.csv?region=r3&year=2025',
        '/export/indicators/RESERVE_CADRES/shortfalls.csv?region=r3&year=2025',
      ]);
    } finally {
      await switchLanguage('en');
    }
  });

  it('says a village has no breakdown', async () => {
    setup(null, [], { breakdown: [], region: { id: 'r3', name: '柳树村', nameLatin: null, level: 'VILLAGE', ancestors } });
    expect(await screen.findByText('No regions lie under 柳树村: its units are listed under “Falling short” below.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /by region under/ })).not.toBeInTheDocument();
  });

  it('lets an administrator change the target, showing a refused value on its field', async () => {
    const refused = fixture({
      query: SetIndicatorTargetMutation,
      variables: { code: 'RESERVE_CADRES' as const, target: 1.5, deadline: null, note: null },
      error: { message: 'target: a target is a share from 0 to 1, not 1.5', code: 'BAD_USER_INPUT', field: 'target' },
    });
    const saved = fixture({
      query: SetIndicatorTargetMutation,
      variables: { code: 'RESERVE_CADRES' as const, target: 0.8, deadline: '2027-12-31', note: 'Halfway first' },
      data: { setIndicatorTarget: { code: 'RESERVE_CADRES' as const, target: 0.8, deadline: '2027-12-31', yearly: false, targetSet: true, targetNote: 'Halfway first' } },
    });
    const { user, client } = setup('ADMIN', [refused, saved]);
    const section = await screen.findByRole('region', { name: 'Target' });
    await user.click(await within(section).findByRole('button', { name: 'Edit target' }));
    const form = within(section).getByRole('form', { name: 'Edit the target' });
    const target = within(form).getByLabelText(/Target \(%\)/);
    expect(target).toHaveValue(100);
    expect(target).toHaveFocus();
    await user.clear(target);
    await user.type(target, '150');
    await user.click(within(form).getByRole('button', { name: 'Save target' }));
    await waitFor(() => expect(target).toHaveAttribute('aria-invalid', 'true'));
    expect(target).toHaveAccessibleDescription(/A target is a percentage from 0 to 100\./);
    expect(target).toHaveFocus();

    await user.clear(target);
    await user.type(target, '80');
    expect(target).not.toHaveAttribute('aria-invalid');
    await user.type(within(form).getByLabelText('Deadline'), '2027-12-31');
    await user.type(within(form).getByLabelText('Why the target is set so'), 'Halfway first');
    await user.click(within(form).getByRole('button', { name: 'Save target' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Target saved.');
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    const sent = client.operations.filter((o) => o.kind === 'mutation').map((o) => o.variables);
    expect(sent).toEqual([
      { code: 'RESERVE_CADRES', target: 1.5, deadline: null, note: null },
      { code: 'RESERVE_CADRES', target: 0.8, deadline: '2027-12-31', note: 'Halfway first' },
    ]);
  });

  it('says so when the address names no indicator', async () => {
    renderRoute({ path: '/indicators/:code', url: '/indicators/NOPE', element: <IndicatorPage />, fixtures: [] });
    expect(await screen.findByText('No such indicator')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute('href', '/');
  });
});
