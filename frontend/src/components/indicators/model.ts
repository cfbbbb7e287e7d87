import type { IndicatorCode, IndicatorProject, IndicatorUnitKind } from '../../gql/graphql';

/*
 * What the dashboard, the indicator pages and the region pages share about
 * the province's 19 indicators: the codes and projects, the year and region
 * kept in the URL, how a result stands, and how its figures read.
 */

/** Every indicator code (the compiler checks that none is missing). */
const codeSet: Record<IndicatorCode, true> = {
  COOP_PARTY_COVERAGE: true,
  SECRETARY_DIRECTOR_CONCURRENT: true,
  MASS_ORG_HEADS_IN_PARTY: true,
  BORDER_TOWNSHIP_OFFICER: true,
  BORDER_VILLAGE_OFFICER: true,
  RESERVE_CADRES: true,
  COLLEGE_GRADUATE_OFFICIAL: true,
  ACTIVISTS: true,
  YOUNG_MEMBER_ADMITTED: true,
  YOUNG_MEMBER_SHARE: true,
  SECRETARY_LEADS_PROJECT: true,
  SECRETARY_SKILLED: true,
  VENUE_COVERAGE: true,
  HEADS_INSURED: true,
  CADRE_ROTATION_TRAINED: true,
  HEADS_TRAINING_DAYS: true,
  BACKWARD_VILLAGE_TWINNED: true,
  SECRETARY_PAY_FLOOR: true,
  PARTY_ORG_APPRAISED: true,
};

/** The code in a URL, or undefined when it names no indicator. */
export function parseCode(raw: string | undefined): IndicatorCode | undefined {
  return raw && Object.hasOwn(codeSet, raw) ? (raw as IndicatorCode) : undefined;
}

/** The three projects, in the order the source document sets them out. */
export const PROJECTS: readonly IndicatorProject[] = ['ORGANIZATION_SETUP', 'CADRE_QUALITY', 'ENTREPRENEURSHIP'];

/** The first year the API computes. */
export const FIRST_YEAR = 2000;

export function currentYear(): number {
  return new Date().getFullYear();
}

/** The year in the URL, when it is one the API computes (2000 to next year); else the current year. */
export function parseYear(raw: string | null): number {
  const y = Number(raw);
  return raw && Number.isInteger(y) && y >= FIRST_YEAR && y <= currentYear() + 1 ? y : currentYear();
}

/** The years to choose from, latest first. */
export function yearOptions(): number[] {
  const out: number[] = [];
  for (let y = currentYear() + 1; y >= FIRST_YEAR; y--) out.push(y);
  return out;
}

/** The first year of an indicator's trend up to year (the API draws at most 30 years). */
export function trendStart(year: number): number {
  return year >= 2005 ? 2005 : FIRST_YEAR;
}

/** Query string of a region and a year: the province and the current year are left out. */
function query(region: string | null | undefined, year: number | undefined): string {
  const p = new URLSearchParams();
  if (region) p.set('region', region);
  if (year != null && year !== currentYear()) p.set('year', String(year));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function dashboardHref(region?: string | null, year?: number): string {
  return `/${query(region, year)}`;
}

export function indicatorHref(code: IndicatorCode, region?: string | null, year?: number): string {
  return `/indicators/${code}${query(region, year)}`;
}

/** The CSV downloads of an indicator (same permissions as the API), with headers and names in the app's language. */
export function csvHref(
  code: IndicatorCode,
  what: 'breakdown' | 'shortfalls',
  region: string | null | undefined,
  year: number,
  language?: string,
): string {
  const p = new URLSearchParams();
  if (region) p.set('region', region);
  p.set('year', String(year));
  if (language?.startsWith('en')) p.set('lang', 'en');
  return `/export/indicators/${code}/${what}.csv?${p}`;
}

/** Where a unit's own page is. */
export function unitHref(typename: string, id: string): string | undefined {
  if (typename === 'Region') return `/regions/${id}`;
  if (typename === 'Organization') return `/organizations/${id}`;
  if (typename === 'Person') return `/people/${id}`;
  return undefined;
}

/** A text the API gives in both languages, in the interface's. */
export function pick(text: { zh: string; en: string }, lng: string | undefined): string {
  return lng?.startsWith('zh') ? text.zh : text.en;
}

/** How a result stands: met, not met, not met past its deadline, or nothing to count. */
export type Standing = 'met' | 'notMet' | 'overdue' | 'empty';

export function standingOf(r: { denominator: number; met: boolean; overdue: boolean }): Standing {
  if (r.denominator === 0) return 'empty';
  if (r.met) return 'met';
  return r.overdue ? 'overdue' : 'notMet';
}

/** A share (0 to 1) as a percentage, to one decimal place; a dash for none. */
export function formatShare(v: number | null | undefined, lng: string): string {
  if (v == null) return '—';
  return new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 }).format(v);
}

/** A share as a percentage number (0 to 100), rounded to one decimal place. */
export function percent(v: number): number {
  return Math.round(v * 1000) / 10;
}

/** The unit kinds the texts are written for (Chinese counts people with a different word). */
export type UnitKind = IndicatorUnitKind;
