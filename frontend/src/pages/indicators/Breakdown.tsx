import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IndicatorCode, IndicatorPageQuery } from '../../gql/graphql';
import { Latin, Section } from '../../components/ui';
import { StandingBadge, useFigureTexts } from '../../components/indicators/Figures';
import { csvHref, indicatorHref, percent, standingOf } from '../../components/indicators/model';
import { formatNumber } from '../../lib/format';
import { Chart, chartColors } from './Chart';

export type BreakdownRow = NonNullable<IndicatorPageQuery['indicator']>['breakdown'][number];

type SortKey = 'region' | 'numerator' | 'denominator' | 'value' | 'standing' | 'gap';
type Sort = { key: SortKey; dir: 'asc' | 'desc' };

const standingOrder = { overdue: 0, notMet: 1, met: 2, empty: 3 } as const;

/** A bar's colour repeats its row's standing (drawn bars all have units). */
function barColor(r: BreakdownRow): string {
  const s = standingOf(r);
  return s === 'met' ? chartColors.met : s === 'overdue' ? chartColors.overdue : chartColors.notMet;
}

/** Rows in the order asked for; rows without a value go last either way, then by code order. */
export function sortRows(rows: readonly BreakdownRow[], sort: Sort, lng: string): BreakdownRow[] {
  const collator = new Intl.Collator(lng);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const measure = (r: BreakdownRow): number | string | null => {
    switch (sort.key) {
      case 'region':
        return r.region.name;
      case 'numerator':
        return r.numerator;
      case 'denominator':
        return r.denominator;
      case 'value':
        return r.value ?? null;
      case 'standing':
        return standingOrder[standingOf(r)];
      case 'gap':
        return r.gap;
    }
  };
  return rows
    .map((r, i) => ({ r, i, m: measure(r) }))
    .sort((a, b) => {
      if (a.m === null || b.m === null) return a.m === b.m ? a.i - b.i : a.m === null ? 1 : -1;
      const c = typeof a.m === 'string' ? collator.compare(a.m, b.m as string) : a.m - (b.m as number);
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.r);
}

/**
 * The indicator for each region under this one: a bar chart sorted by value
 * with the target marked, and the same figures in a sortable table. A
 * region (its name, or its bar) opens the same breakdown for it.
 */
export function Breakdown({
  code,
  year,
  region,
  regionParam,
  rows,
  target,
  title,
}: {
  code: IndicatorCode;
  year: number;
  region: { id: string; name: string };
  /** The region as the URL names it (none for the province). */
  regionParam: string | null;
  rows: readonly BreakdownRow[];
  target: number;
  title: string;
}) {
  const { t, i18n } = useTranslation('indicators');
  const lng = i18n.language;
  const navigate = useNavigate();
  const fig = useFigureTexts();
  const [sort, setSort] = useState<Sort>({ key: 'value', dir: 'asc' });
  const sorted = useMemo(() => sortRows(rows, sort, lng), [rows, sort, lng]);
  const isDirect = (r: BreakdownRow) => r.region.id === region.id;
  const label = (r: BreakdownRow) => (isDirect(r) ? t('breakdown.direct', { name: r.region.name }) : r.region.name);

  // The chart: regions with a value, lowest first (from the top).
  const drawn = useMemo(() => sortRows(rows, { key: 'value', dir: 'asc' }, lng).filter((r) => r.value != null), [rows, lng]);
  const option = useMemo(
    () => ({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      grid: { left: 24, right: 48, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => `${label(drawn[p.dataIndex])}: ${fig.share(drawn[p.dataIndex].value)}` },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: chartColors.axis, formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: drawn.map(label),
        axisTick: { show: false },
        axisLabel: { color: chartColors.axis, width: 160, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          cursor: 'pointer',
          data: drawn.map((r) => ({ value: percent(r.value ?? 0), itemStyle: { color: barColor(r) } })),
          label: { show: true, position: 'right', color: chartColors.target, formatter: (p: { dataIndex: number }) => fig.share(drawn[p.dataIndex].value) },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: chartColors.target, type: 'dashed', width: 2 },
            // The category axis runs downwards: the line's start is at the top.
            label: { position: 'start', color: chartColors.target, formatter: fig.target({ target }) },
            data: [{ xAxis: percent(target) }],
          },
        },
      ],
    }),
    // The texts follow the language; the rest are the figures drawn.
    [drawn, target, lng, region.id],
  );

  const met = rows.filter((r) => standingOf(r) === 'met').length;
  const counted = rows.filter((r) => r.denominator > 0).length;
  const summary =
    drawn.length === 0
      ? t('breakdown.summaryNone')
      : drawn.length === 1
        ? t('breakdown.summaryOne', { name: label(drawn[0]), value: fig.share(drawn[0].value), target: fig.share(target) })
        : t('breakdown.summary', {
          met,
          count: counted,
          target: fig.share(target),
          lowest: label(drawn[0]),
          lowestValue: fig.share(drawn[0].value),
          highest: label(drawn[drawn.length - 1]),
          highestValue: fig.share(drawn[drawn.length - 1].value),
        });
  const empty = rows.length - counted;

  const columns: Array<{ key: SortKey; title: string; num?: boolean; narrow?: boolean }> = [
    { key: 'region', title: t('breakdown.col.region') },
    { key: 'numerator', title: t('breakdown.col.numerator'), num: true, narrow: true },
    { key: 'denominator', title: t('breakdown.col.denominator'), num: true, narrow: true },
    { key: 'value', title: t('breakdown.col.value'), num: true },
    { key: 'standing', title: t('breakdown.col.standing') },
    { key: 'gap', title: t('breakdown.col.gap'), num: true },
  ];
  const toggle = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'region' || key === 'value' || key === 'standing' ? 'asc' : 'desc' }));

  return (
    <Section
      id="indicator-breakdown"
      title={t('breakdown.title')}
      count={rows.length > 0 ? rows.length : null}
      actions={
        <a className="button" href={csvHref(code, 'breakdown', regionParam, year, i18n.language)} download>
          {t('breakdown.csv')}
        </a>
      }
    >
      {rows.length === 0 ? (
        <p className="muted">{t('breakdown.leaf', { name: region.name })}</p>
      ) : (
        <>
          <p className="muted ind-hint">{t('breakdown.intro', { name: region.name })}</p>
          <figure className="ind-chart-figure">
            {drawn.length > 0 && (
              <Chart
                option={option}
                height={48 + drawn.length * 28}
                onClick={(p) => {
                  const r = drawn[p.dataIndex];
                  if (r && !isDirect(r)) navigate(indicatorHref(code, r.region.id, year));
                }}
              />
            )}
            <figcaption className="ind-chart-caption">
              {summary} {empty > 0 && t('breakdown.notDrawn', { count: empty })} {t('breakdown.tableBelow')}
            </figcaption>
          </figure>
          <div className="table-wrap">
            <table className="table ind-table">
              <caption className="visually-hidden">{t('breakdown.caption', { title, name: region.name })}</caption>
              <thead>
                <tr>
                  {columns.map((c) => {
                    const active = sort.key === c.key;
                    return (
                      <th
                        key={c.key}
                        scope="col"
                        className={[c.num && 'ent-num', c.narrow && 'ent-hide-narrow'].filter(Boolean).join(' ') || undefined}
                        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                      >
                        <button type="button" className="ind-sort" onClick={() => toggle(c.key)}>
                          {c.title}
                          <span className="ind-sort-mark" aria-hidden="true">
                            {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {sorted.map((r) => (
                  <tr key={r.region.id + (isDirect(r) ? '-direct' : '')}>
                    <th scope="row">
                      {isDirect(r) ? (
                        label(r)
                      ) : (
                        <span className="ent-name">
                          <Link to={indicatorHref(code, r.region.id, year)}>{r.region.name}</Link>
                          <Latin text={r.region.nameLatin} />
                        </span>
                      )}
                    </th>
                    <td className="ent-num ent-hide-narrow">{formatNumber(r.numerator, lng)}</td>
                    <td className="ent-num ent-hide-narrow">{formatNumber(r.denominator, lng)}</td>
                    <td className="ent-num">{fig.share(r.value)}</td>
                    <td>
                      <StandingBadge result={r} />
                    </td>
                    <td className="ent-num">{r.denominator === 0 ? '—' : formatNumber(r.gap, lng)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
