import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { viewerFixture } from '../admin/testViewers';
import { allFigures, figures } from '../../components/indicators/testResults';
import { currentYear } from '../../components/indicators/model';
import { RegionIndicators, RegionIndicatorsQuery } from '../../components/indicators/RegionIndicators';
import DashboardPage, { DashboardQueryDoc } from '../dashboard/DashboardPage';
import { DashboardRegionQueryDoc } from '../dashboard/RegionChooser';
import IndicatorPage, { IndicatorPageQueryDoc } from './IndicatorPage';
import { IndicatorShortfallsQueryDoc } from './Shortfalls';

vi.mock('./echarts', () => ({ init: () => ({ setOption() {}, dispose() {}, resize() {}, on() {} }) }));

/** axe-core's WCAG A and AA rules that jsdom can judge (not colour contrast, which needs layout). */
async function violations(): Promise<string[]> {
  const r = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const year = currentYear();
const province = { id: 'r1', name: '吉林省', nameLatin: 'Jilin Sheng', level: 'PROVINCE' as const };
const city = { id: 'r2', name: '延边朝鲜族自治州', nameLatin: null, level: 'CITY' as const };
const someMet = { SECRETARY_SKILLED: { met: true, gap: 0 }, BORDER_TOWNSHIP_OFFICER: { numerator: 0, denominator: 0, value: null, met: true, gap: 0 } };

describe('indicator pages (axe)', () => {
  it('the dashboard', async () => {
    renderRoute({
      path: '/',
      url: '/',
      element: <DashboardPage />,
      fixtures: [
        viewerFixture(null),
        fixture({ query: DashboardQueryDoc, variables: { region: null, year }, data: { indicators: allFigures(someMet).map((r) => ({ ...r, asOf: `${year}-06-30`, region: province })) } }),
        fixture({
          query: DashboardRegionQueryDoc,
          variables: { id: 'r1' },
          data: { node: { __typename: 'Region' as const, ...province, ancestors: [], children: { totalCount: 1, edges: [{ node: city }] } } },
        }),
      ],
    });
    await screen.findByRole('combobox', { name: 'Region under 吉林省' });
    expect(await violations()).toEqual([]);
  });

  it('an indicator, with the target being edited', async () => {
    const user = userEvent.setup();
    renderRoute({
      path: '/indicators/:code',
      url: '/indicators/RESERVE_CADRES?region=r2&year=2025',
      element: <IndicatorPage />,
      fixtures: [
        viewerFixture('ADMIN'),
        fixture({
          query: IndicatorPageQueryDoc,
          variables: { code: 'RESERVE_CADRES' as const, region: 'r2', year: 2025, from: 2005 },
          data: {
            indicator: {
              ...figures('RESERVE_CADRES'),
              description: { zh: '行政村：至少有两名现任后备干部', en: 'Share of villages with at least two reserve cadres.' },
              clause: 'ensure that each established village reserves at least 2 reserve talents for village cadres',
              rule: { zh: '至少有两名现任后备干部', en: 'at least two current reserve cadres' },
              asOf: '2025-12-31',
              targetSet: true,
              targetNote: 'As the document says',
              region: { ...city, ancestors: [{ id: 'r1', name: '吉林省', nameLatin: null }] },
              breakdown: [
                { region: { id: 'r3', name: '珲春市', nameLatin: 'Hunchun Shi', level: 'COUNTY' as const }, numerator: 70, denominator: 140, value: 0.5, target: 1, met: false, overdue: false, gap: 70 },
                { region: { id: 'r2', name: '延边朝鲜族自治州', nameLatin: null, level: 'CITY' as const }, numerator: 7, denominator: 10, value: 0.7, target: 1, met: false, overdue: true, gap: 3 },
              ],
              trend: [{ year: 2025, numerator: 77, denominator: 150, value: 77 / 150 }],
            },
          },
        }),
        fixture({
          query: IndicatorShortfallsQueryDoc,
          variables: { code: 'RESERVE_CADRES' as const, region: 'r2', year: 2025, first: 20 },
          data: {
            indicator: {
              code: 'RESERVE_CADRES' as const,
              shortfalls: {
                totalCount: 2,
                pageInfo: { hasNextPage: true, endCursor: 'c1' },
                edges: [
                  {
                    cursor: 'c1',
                    node: {
                      unitKind: 'ORGANIZATION' as const,
                      reason: { zh: '没有党组织', en: 'no party organization' },
                      region: { id: 'v1', name: '柳树村', nameLatin: null },
                      unit: { __typename: 'Organization' as const, id: 'o1', name: '柳树村合作社', nameLatin: null },
                    },
                  },
                ],
              },
            },
          },
        }),
      ],
    });
    const target = await screen.findByRole('region', { name: 'Target' });
    await user.click(await within(target).findByRole('button', { name: 'Edit target' }));
    await screen.findByRole('button', { name: 'Show 1 more' });
    expect(await violations()).toEqual([]);
  });

  it("a region's indicators", async () => {
    renderRoute({
      path: '/',
      url: '/',
      element: <RegionIndicators id="r2" name="延边朝鲜族自治州" />,
      fixtures: [fixture({ query: RegionIndicatorsQuery, variables: { region: 'r2', year }, data: { indicators: allFigures(someMet) } })],
    });
    await screen.findByRole('table');
    expect(await violations()).toEqual([]);
  });
});
