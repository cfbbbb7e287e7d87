import { fixture } from '../../test/fixtures';
import type { LinkStatus, RegionLevel, TwinningOverviewQuery, TwinningPairQuery, TwinningPairsQuery as PairsData, TwinningPlanQuery, TwinningSuggestionsQuery } from '../../gql/graphql';
import { TwinningOverviewQuery as OverviewDoc } from './Coverage';
import { TwinningSuggestionsQueryDoc, SUGGESTIONS, TwinningUncoveredQuery, VILLAGES_PAGE } from './Uncovered';
import { PAIRS_PAGE, TwinningPairsQuery, pairsWhere } from './Pairs';
import { TwinningRegionQueryDoc } from './TwinningPage';
import { ACTIVITIES_PAGE, TwinningActivitiesQuery } from './Activities';
import { TwinningPairQueryDoc } from './PairPage';

/*
 * Builders of the twinning pages' fixtures: a county with two uncovered
 * backward villages, the coordinator's township inside it, and a pair.
 */

export const province = { id: 'r1', name: '吉林省', nameLatin: null };
type BoardRegion = { id: string; name: string; nameLatin: string | null; level: RegionLevel; ancestors: Array<{ id: string; name: string; nameLatin: string | null }> };

export const county: BoardRegion = { id: 'r2', name: '珲春市', nameLatin: 'Hunchun Shi', level: 'COUNTY', ancestors: [province] };
export const villages = [
  { id: 'v1', name: '民谷村', nameLatin: 'Mingu Cun', leadingIndustry: '水稻种植', parent: { id: 'r6', name: '桦明镇', nameLatin: null } },
  { id: 'v2', name: '勤旺村', nameLatin: null, leadingIndustry: null, parent: { id: 'r7', name: '德化镇', nameLatin: null } },
];

export const firstPage = { hasNextPage: false, hasPreviousPage: false, startCursor: null as string | null, endCursor: null as string | null };

export const regionFixture = (region: BoardRegion = county) => fixture({ query: TwinningRegionQueryDoc, variables: { id: region.id }, data: { node: { __typename: 'Region' as const, ...region } } });

export function overview(over: Partial<TwinningOverviewQuery['twinningOverview']> = {}): TwinningOverviewQuery['twinningOverview'] {
  return {
    year: 2026,
    day: '2026-06-30',
    backwardVillages: 15,
    covered: 12,
    uncovered: 3,
    coverage: 0.8,
    byStatus: [
      { status: 'PROPOSED', count: 1 },
      { status: 'ACTIVE', count: 15 },
      { status: 'SUSPENDED', count: 0 },
      { status: 'ENDED', count: 6 },
    ],
    stale: 4,
    staleDays: 90,
    activities: 12,
    funds: 242900,
    topPartners: [{ partner: { id: 'o20', name: '珲春农村商业银行股份有限公司', nameLatin: null }, activities: 3, funds: 242900 }],
    ...over,
  };
}

export const overviewFixture = (o = overview(), region = county.id) => fixture({ query: OverviewDoc, variables: { region }, data: { twinningOverview: o } });

export const uncoveredFixture = (list = villages, region = county.id) =>
  fixture({
    query: TwinningUncoveredQuery,
    variables: { region, first: VILLAGES_PAGE },
    data: { regions: { totalCount: list.length, pageInfo: firstPage, edges: list.map((node) => ({ node })) } },
  });

type Suggestion = TwinningSuggestionsQuery['twinningSuggestions'][number];

export function suggestion(id: string, name: string, over: Partial<Suggestion> = {}): Suggestion {
  return {
    partner: { id, name, nameLatin: null, kind: 'URBAN_COMMUNITY' },
    score: 0.55,
    factors: [
      { factor: 'CAPACITY', weight: 0.2, value: 1 },
      { factor: 'DISTANCE', weight: 0.3, value: 0.8 },
      { factor: 'INDUSTRY', weight: 0.2, value: 0.5 },
      { factor: 'TIES', weight: 0.15, value: 0.5 },
      { factor: 'ACTIVITY', weight: 0.15, value: 0.25 },
    ],
    remaining: 1,
    distanceKm: 11.04,
    steps: 2,
    activities: 1,
    ...over,
  };
}

export const pinghua = suggestion('o10', '平华社区居民委员会');
export const chunfeng = suggestion('o11', '春峰社区居民委员会', { score: 0.48, remaining: 2, distanceKm: null, steps: null, activities: 0 });

type Pending = { id: string; status: LinkStatus; source: { id: string; name: string; nameLatin: null } };

export const suggestionsFixture = (village: string, list: Suggestion[], partnerRegion?: string, pending: Pending[] = []) =>
  fixture({
    query: TwinningSuggestionsQueryDoc,
    variables: partnerRegion ? { village, partnerRegion, first: SUGGESTIONS } : { village, first: SUGGESTIONS },
    data: { links: { edges: pending.map((node) => ({ node })) }, twinningSuggestions: list },
  });

type PairRow = NonNullable<NonNullable<NonNullable<PairsData['links']['edges']>[number]>['node']>;

export function pairRow(id: string, over: Partial<PairRow> = {}): PairRow {
  return {
    id,
    status: 'ACTIVE',
    startedOn: '2024-07-04',
    lastActivityOn: '2026-05-01',
    stale: false,
    source: { id: 'o10', name: '平华社区居民委员会', nameLatin: null, kind: 'URBAN_COMMUNITY' },
    target: { id: 'o30', name: '黑兴村党支部', nameLatin: null, region: { id: 'v9', name: '黑兴村', nameLatin: null } },
    ...over,
  };
}

export const pairsFixture = (list: PairRow[], staleOnly = false, region = county.id) =>
  fixture({
    query: TwinningPairsQuery,
    variables: { where: pairsWhere(region, staleOnly), first: PAIRS_PAGE },
    data: { links: { totalCount: list.length, pageInfo: firstPage, edges: list.map((node) => ({ node })) } },
  });

export function plan(over: Partial<TwinningPlanQuery['twinningPlan']> = {}): TwinningPlanQuery['twinningPlan'] {
  return {
    method: 'MIN_COST_FLOW',
    villages: 3,
    partners: 2,
    totalScore: 1.02,
    greedyAssigned: 1,
    greedyScore: 0.55,
    weights: [
      { factor: 'CAPACITY', weight: 0.2 },
      { factor: 'DISTANCE', weight: 0.3 },
      { factor: 'INDUSTRY', weight: 0.2 },
      { factor: 'TIES', weight: 0.15 },
      { factor: 'ACTIVITY', weight: 0.15 },
    ],
    rows: [
      {
        village: { id: 'v1', name: '民谷村', nameLatin: null },
        organization: { id: 'o31', name: '民谷村党支部', nameLatin: null },
        partner: { id: 'o11', name: '春峰社区居民委员会', nameLatin: null, kind: 'URBAN_COMMUNITY' },
        remaining: 1,
        score: 0.55,
      },
      {
        village: { id: 'v2', name: '勤旺村', nameLatin: null },
        organization: { id: 'o32', name: '勤旺村党支部', nameLatin: null },
        partner: { id: 'o12', name: '五道岔社区居民委员会', nameLatin: null, kind: 'URBAN_COMMUNITY' },
        remaining: 1,
        score: 0.47,
      },
    ],
    unassigned: [{ village: { id: 'v3', name: '永吉村', nameLatin: null }, reason: 'NO_PARTY_ORGANIZATION' }],
    ...over,
  };
}

export type Pair = Extract<NonNullable<TwinningPairQuery['node']>, { __typename: 'Link' }>;

export function pair(over: Partial<Pair> = {}): Pair {
  return {
    __typename: 'Link',
    id: 'l9',
    version: 1,
    viewerCanEdit: true,
    kind: 'URBAN_RURAL_TWINNING',
    status: 'PROPOSED',
    startedOn: null,
    endedOn: null,
    goals: '发展水稻深加工',
    lastActivityOn: null,
    stale: false,
    source: { id: 'o10', name: '平华社区居民委员会', nameLatin: null, kind: 'URBAN_COMMUNITY', region: { id: 'c1', name: '平华社区', nameLatin: null } },
    target: {
      id: 'o31',
      name: '民谷村党支部',
      nameLatin: null,
      region: {
        id: 'v1',
        name: '民谷村',
        nameLatin: 'Mingu Cun',
        ancestors: [
          { id: 'r1', name: '吉林省', nameLatin: null, level: 'PROVINCE' },
          { id: 'r2', name: '珲春市', nameLatin: null, level: 'COUNTY' },
          { id: 'r6', name: '桦明镇', nameLatin: null, level: 'TOWNSHIP' },
        ],
      },
    },
    transitions: [{ id: 't1', from: null, to: 'PROPOSED', on: '2026-06-01', reason: '县委组织部拟定结对方案。', actorName: 'coordinator' }],
    ...over,
  };
}

export const pairFixture = (p: Pair = pair()) => fixture({ query: TwinningPairQueryDoc, variables: { id: p.id }, data: { node: p } });

type Activity = { id: string; on: string; kind: 'VISIT' | 'FUNDING'; amount: number | null; participants: number | null; description: string | null };

export const activitiesFixture = (list: Activity[], id = 'l9') =>
  fixture({
    query: TwinningActivitiesQuery,
    variables: { id, first: ACTIVITIES_PAGE },
    data: { node: { __typename: 'Link' as const, id, activities: { totalCount: list.length, pageInfo: firstPage, edges: list.map((node) => ({ node })) } } },
  });
