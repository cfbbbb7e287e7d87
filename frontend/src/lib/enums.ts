import type { LinkKind, PositionRole } from '../gql/graphql';

/*
 * The API's enumerations in the order the interface lists them.
 */

/** Link kinds in the order the filters and the timeline list them. */
export const LINK_KINDS: readonly LinkKind[] = [
  'VILLAGE_VILLAGE',
  'VILLAGE_ENTERPRISE',
  'VILLAGE_COMMUNITY',
  'URBAN_RURAL_TWINNING',
  'INDUSTRY_CHAIN',
  'MILITARY_CIVILIAN',
];

/** Leading posts first. */
export const ROLE_ORDER: readonly PositionRole[] = [
  'SECRETARY',
  'FIRST_SECRETARY',
  'DIRECTOR',
  'HEAD',
  'DEPUTY_SECRETARY',
  'DEPUTY_DIRECTOR',
  'COMMITTEE_MEMBER',
  'ASSISTANT',
  'PART_TIME_MEMBER',
  'RESERVE_CADRE',
  'MEMBER',
];
