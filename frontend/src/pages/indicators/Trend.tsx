import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/ui';
import { useFigureTexts } from '../../components/indicators/Figures';
import { percent } from '../../components/indicators/model';
import { formatNumber } from '../../lib/format';
import { Chart, chartColors } from './Chart';

export interface TrendPoint {
  year: number;
  numerator: number;
  denominator: number;
  value?: number | null;
}

/**
 * The indicator year by year, as a line against the target (and the
 * deadline's year, when it falls inside), with the figures as a table.
 */
export function Trend({ points, target, deadline, yearly }: { points: readonly TrendPoint[]; target: number; deadline?: string | null; yearly: boolean }) {
  const { t, i18n } = useTranslation('indicators');
  const lng = i18n.language;
  const fig = useFigureTexts();
  const due = !yearly && deadline ? Number(deadline.slice(0, 4)) : null;
  const years = points.map((p) => String(p.year));
  const option = useMemo(
    () => ({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      grid: { left: 8, right: 72, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
      xAxis: { type: 'category', data: years, boundaryGap: false, axisLabel: { color: chartColors.axis, hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: chartColors.axis, formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: t('trend.series'),
          connectNulls: false,
          symbolSize: 6,
          color: chartColors.line,
          lineStyle: { width: 2 },
          data: points.map((p) => (p.value == null ? '-' : percent(p.value))),
          markLine: {
            symbol: 'none',
            silent: true,
            data: [
              {
                yAxis: percent(target),
                lineStyle: { color: chartColors.target, type: 'dashed', width: 2 },
                label: { position: 'end', color: chartColors.target, formatter: fig.target({ target }) },
              },
              ...(due != null && years.includes(String(due))
                ? [
                    {
                      xAxis: String(due),
                      lineStyle: { color: chartColors.overdue, type: 'dotted', width: 2 },
                      label: { position: 'end', color: chartColors.overdue, formatter: t('trend.deadline') },
                    },
                  ]
                : []),
            ],
          },
        },
      ],
    }),
    // The texts follow the language; the rest are the figures drawn.
    [points, target, due, lng],
  );

  const known = points.filter((p) => p.value != null);
  const first = known[0];
  const last = known[known.length - 1];
  const summary =
    first && last
      ? t('trend.summary', { from: fig.share(first.value), fromYear: first.year, to: fig.share(last.value), toYear: last.year, target: fig.share(target) })
      : t('trend.summaryNone');

  return (
    <Section id="indicator-trend" title={t('trend.title', { from: points[0]?.year, to: points[points.length - 1]?.year })}>
      <figure className="ind-chart-figure">
        {known.length > 0 && <Chart option={option} height={260} />}
        <figcaption className="ind-chart-caption">{summary}</figcaption>
      </figure>
      <details className="ind-details">
        <summary>{t('trend.showTable')}</summary>
        <div className="table-wrap">
          <table className="table ind-table">
            <caption className="visually-hidden">{t('trend.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trend.col.year')}</th>
                <th scope="col" className="ent-num">
                  {t('breakdown.col.numerator')}
                </th>
                <th scope="col" className="ent-num">
                  {t('breakdown.col.denominator')}
                </th>
                <th scope="col" className="ent-num">
                  {t('breakdown.col.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="ent-num">{formatNumber(p.numerator, lng)}</td>
                  <td className="ent-num">{formatNumber(p.denominator, lng)}</td>
                  <td className="ent-num">{fig.share(p.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Section>
  );
}
