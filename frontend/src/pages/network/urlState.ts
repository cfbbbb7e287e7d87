import type { LinkKind } from '../../gql/graphql';
import { LINK_KINDS } from '../../lib/enums';
import { BASE_MAX_NODES, snapToStep } from './steps';

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;
/** More seeds than this make an unreadable picture and a slow query. */
export const MAX_SEEDS = 20;

/** A node the user opened up, and how many organizations its request may return. */
export interface Expansion {
  id: string;
  maxNodes: number;
}

/**
 * Everything the explorer shows, as read from and written to the address:
 * /network?seeds=1,2&depth=2&kinds=A,B&h=1&asOf=2015-12-31&max=500&x=3:200&path=1,9&sel=3
 */
export interface NetworkParams {
  seeds: string[];
  depth: number;
  /** null: every link kind (the API default). */
  kinds: LinkKind[] | null;
  hierarchy: boolean;
  /** null: today. */
  asOf: string | null;
  /** Size of the request for the seeds' network. */
  maxNodes: number;
  expansions: Expansion[];
  path: [string, string] | null;
  selected: string | null;
}

export const DEFAULT_PARAMS: NetworkParams = {
  seeds: [],
  depth: 1,
  kinds: null,
  hierarchy: false,
  asOf: null,
  maxNodes: BASE_MAX_NODES,
  expansions: [],
  path: null,
  selected: null,
};

const list = (v: string | null): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function readExpansions(v: string | null): Expansion[] {
  const seen = new Set<string>();
  const out: Expansion[] = [];
  for (const item of list(v)) {
    const [id, n] = item.split(':');
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, maxNodes: snapToStep(Number(n)) });
  }
  return out;
}

/** Reads the explorer's state from search params; anything malformed falls back to its default. */
export function readParams(sp: URLSearchParams): NetworkParams {
  const depth = Number(sp.get('depth'));
  const kindsParam = sp.get('kinds');
  const kinds = kindsParam === null ? null : unique(list(kindsParam).filter((k): k is LinkKind => (LINK_KINDS as string[]).includes(k)));
  const asOf = sp.get('asOf');
  const max = sp.get('max');
  const path = list(sp.get('path'));
  return {
    seeds: unique(list(sp.get('seeds'))).slice(0, MAX_SEEDS),
    depth: Number.isInteger(depth) && depth >= MIN_DEPTH && depth <= MAX_DEPTH ? depth : DEFAULT_PARAMS.depth,
    // An empty or fully listed set means every kind: the API reads both that way.
    kinds: kinds && kinds.length > 0 && kinds.length < LINK_KINDS.length ? LINK_KINDS.filter((k) => kinds.includes(k)) : null,
    hierarchy: sp.get('h') === '1',
    asOf: asOf && isIsoDate(asOf) ? asOf : null,
    maxNodes: max === null ? DEFAULT_PARAMS.maxNodes : snapToStep(Number(max)),
    expansions: readExpansions(sp.get('x')),
    path: path.length === 2 && path[0] !== path[1] ? [path[0], path[1]] : null,
    selected: sp.get('sel') || null,
  };
}

/** The canonical search params for a state: defaults are left out, so addresses stay short. */
export function writeParams(p: NetworkParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.seeds.length) sp.set('seeds', unique(p.seeds).join(','));
  if (p.depth !== DEFAULT_PARAMS.depth) sp.set('depth', String(p.depth));
  if (p.kinds && p.kinds.length > 0 && p.kinds.length < LINK_KINDS.length) sp.set('kinds', LINK_KINDS.filter((k) => p.kinds?.includes(k)).join(','));
  if (p.hierarchy) sp.set('h', '1');
  if (p.asOf) sp.set('asOf', p.asOf);
  if (p.maxNodes !== DEFAULT_PARAMS.maxNodes) sp.set('max', String(p.maxNodes));
  if (p.expansions.length) sp.set('x', p.expansions.map((e) => `${e.id}:${e.maxNodes}`).join(','));
  if (p.path) sp.set('path', p.path.join(','));
  if (p.selected) sp.set('sel', p.selected);
  return sp;
}

/** The link kinds a state includes, all of them when it names none. */
export function activeKinds(p: Pick<NetworkParams, 'kinds'>): readonly LinkKind[] {
  return p.kinds ?? LINK_KINDS;
}
