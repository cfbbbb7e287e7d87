import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { violations } from '../../test/axe';
import { switchLanguage } from '../../test/language';
import { viewerFixture } from '../admin/testViewers';
import { OrgTwinning } from '../organizations/OrgTwinning';
import TwinningPage from './TwinningPage';
import PairPage from './PairPage';
import { TwinningPlanQueryDoc } from './PlanView';
import { loadFixture } from './testLoad';
import {
  activitiesFixture,
  chunfeng,
  overviewFixture,
  pair,
  pairFixture,
  pairRow,
  pairsFixture,
  pinghua,
  plan,
  regionFixture,
  suggestionsFixture,
  uncoveredFixture,
} from './testData';

describe('twinning pages (axe)', () => {
  it('the board, with a plan made, in both languages', async () => {
    const user = userEvent.setup();
    renderRoute({
      path: '/regions/:id/twinning',
      url: '/regions/r2/twinning',
      element: <TwinningPage />,
      fixtures: [
        viewerFixture('COORDINATOR'),
        regionFixture(),
        overviewFixture(),
        uncoveredFixture(),
        suggestionsFixture('v1', [pinghua, chunfeng]),
        suggestionsFixture('v2', []),
        pairsFixture([pairRow('l1'), pairRow('l2', { stale: true })]),
        fixture({ query: TwinningPlanQueryDoc, variables: { region: 'r2' }, data: { twinningPlan: plan() } }),
      ],
    });
    await screen.findByRole('table', { name: 'Suggested partners for 民谷村, best first' });
    await screen.findByRole('table', { name: 'Twinnings in 珲春市, the newest first' });
    await user.click(screen.getByRole('button', { name: 'Make a plan' }));
    await screen.findByRole('table', { name: 'The plan for 珲春市: a partner for each village' });
    expect(await violations()).toEqual([]);
    await switchLanguage('zh-CN');
    expect(await violations()).toEqual([]);
    await switchLanguage('en');
  });

  it('the pair page, with a change of state being made', async () => {
    const user = userEvent.setup();
    renderRoute({
      path: '/twinnings/:id',
      url: '/twinnings/l9',
      element: <PairPage />,
      fixtures: [
        viewerFixture('COORDINATOR'),
        pairFixture(pair({ status: 'ACTIVE', startedOn: '2026-06-10' })),
        activitiesFixture([{ id: 'a1', on: '2026-06-12', kind: 'VISIT', amount: null, participants: 6, description: '走访慰问' }]),
      ],
    });
    await screen.findByRole('table', { name: 'Activities of the pair, the newest first' });
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await screen.findByRole('dialog');
    expect(await violations()).toEqual([]);
  });

  it("an urban unit's twinning load", async () => {
    renderRoute({ path: '/', url: '/', element: <OrgTwinning id="o10" name="平华社区居民委员会" />, fixtures: [loadFixture()] });
    const section = await screen.findByRole('region', { name: /^Urban–rural twinning/ });
    await within(section).findByRole('table');
    expect(await violations()).toEqual([]);
  });
});
