import type { NetworkEdgeKind, OrganizationKind } from '../../gql/graphql';

/**
 * Node colours by organization kind, grouped in families so the picture
 * reads at a glance: party organizations in reds, village self-government in
 * ambers, the economy in greens, mass organizations in purples, urban and
 * state units in blues, border units in slate.
 */
export const KIND_COLORS: Record<OrganizationKind, string> = {
  PARTY_COMMITTEE: '#991b1b',
  PARTY_GENERAL_BRANCH: '#dc2626',
  PARTY_BRANCH: '#f87171',
  VILLAGERS_COMMITTEE: '#b45309',
  COLLECTIVE_ECONOMY: '#f59e0b',
  COOPERATIVE: '#15803d',
  ENTERPRISE: '#0d9488',
  YOUTH_LEAGUE: '#7c3aed',
  WOMENS_CONGRESS: '#c026d3',
  MILITIA: '#65a30d',
  URBAN_COMMUNITY: '#2563eb',
  GOVERNMENT_ORGAN: '#1e3a8a',
  MASS_ORGANIZATION: '#a78bfa',
  COLLEGE: '#0ea5e9',
  PUBLIC_INSTITUTION: '#60a5fa',
  BORDER_UNIT: '#475569',
};

/** The order the legend lists kinds in (the families above). */
export const KIND_ORDER = Object.keys(KIND_COLORS) as OrganizationKind[];

/** Edge colours: link kinds in muted tones, the party hierarchy in light grey. */
export const EDGE_COLORS: Record<NetworkEdgeKind, string> = {
  VILLAGE_VILLAGE: '#d97706',
  VILLAGE_ENTERPRISE: '#0f766e',
  VILLAGE_COMMUNITY: '#2563eb',
  URBAN_RURAL_TWINNING: '#be123c',
  INDUSTRY_CHAIN: '#4d7c0f',
  MILITARY_CIVILIAN: '#475569',
  PARENT: '#c3c9d1',
  HOST: '#a8b0ba',
};

export const EDGE_ORDER = Object.keys(EDGE_COLORS) as NetworkEdgeKind[];

/** Everything outside the focus (a hovered node's neighbourhood, a path). */
export const DIM_NODE = '#dde1e6';
export const DIM_EDGE = '#eef0f3';
/** The found path, drawn over everything. */
export const PATH_COLOR = '#b91c1c';
