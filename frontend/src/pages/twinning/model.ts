import type { LinkStatus, TwinningFactor } from '../../gql/graphql';

/*
 * What the twinning board and the pair page share: the downloads, the
 * legal changes of state, how a score and its factors read.
 */

/** The factors of a score in the order the API lists them. */
export const FACTORS: readonly TwinningFactor[] = ['CAPACITY', 'DISTANCE', 'INDUSTRY', 'TIES', 'ACTIVITY'];

/** A change of state a coordinator makes, named as the mutation that makes it. */
export type Move = 'activate' | 'suspend' | 'resume' | 'end';

/** The changes each state allows: a proposal is taken up or dropped, a live pair paused, resumed or ended. */
export function legalMoves(status: LinkStatus): Move[] {
  switch (status) {
    case 'PROPOSED':
      return ['activate', 'end'];
    case 'ACTIVE':
      return ['suspend', 'end'];
    case 'SUSPENDED':
      return ['resume', 'end'];
    default:
      return [];
  }
}

/** The CSV files speak the interface's language. */
function csvLang(language: string | undefined): string {
  return language?.startsWith('zh') ? 'zh' : 'en';
}

/** The twinnings of a region's villages, one row each. */
export function pairsCsvHref(region: string, language: string | undefined): string {
  return `/export/twinning/pairs.csv?${new URLSearchParams({ region, lang: csvLang(language) })}`;
}

/** The twinning activities in a region's villages in a year. */
export function activitiesCsvHref(region: string, year: number, language: string | undefined): string {
  return `/export/twinning/activities.csv?${new URLSearchParams({ region, year: String(year), lang: csvLang(language) })}`;
}

/** A score or a factor's value (0 to 1) to two decimal places. */
export function formatScore(v: number, lng: string): string {
  return new Intl.NumberFormat(lng, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
}

/** Kilometres to one decimal place. */
export function formatKm(km: number, lng: string): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(km);
}

/** How the INDUSTRY factor reads: 1 the same industry, 1/2 related or unknown, 0 unrelated. */
export function industryFit(value: number): 'same' | 'related' | 'unrelated' {
  if (value >= 1) return 'same';
  return value > 0 ? 'related' : 'unrelated';
}

/** The day a twinning was proposed: the first entry of its history. */
export function proposedOn(transitions: ReadonlyArray<{ from?: string | null; on: string }> | null | undefined): string | null {
  return transitions?.find((t) => t.from == null)?.on ?? null;
}
