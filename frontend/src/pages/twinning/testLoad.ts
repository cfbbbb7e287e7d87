import { fixture } from '../../test/fixtures';
import { OrganizationTwinningQuery } from '../organizations/OrgTwinning';
import { firstPage, pairRow } from './testData';

/** An urban unit with two places, one of them held by an active pair. */
export const loadFixture = (over: { twinningCapacity?: number; twinningLoad?: number; twinningRemaining?: number | null } = {}) => {
  const { stale, lastActivityOn, id, status, startedOn, target } = pairRow('l1');
  const rows = [{ id, status, startedOn, lastActivityOn, stale, target }];
  return fixture({
    query: OrganizationTwinningQuery,
    variables: { id: 'o10', first: 20 },
    data: {
      node: {
        __typename: 'Organization' as const,
        id: 'o10',
        twinningCapacity: 2,
        twinningLoad: 1,
        twinningRemaining: 1,
        ...over,
        links: { totalCount: rows.length, pageInfo: firstPage, edges: rows.map((node) => ({ node })) },
      },
    },
  });
};
