import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';

interface IncomeSeries {
  name: string;
  incomes: ReadonlyArray<{ year: number; income: number }>;
}

// Colours that keep AA contrast against white and stay apart when stacked.
const palette = ['#b91c1c', '#0b5cad', '#116329', '#8a4600', '#6e40c9', '#0e7490', '#9d174d', '#57606a'];

/** Every year any series has a figure for, in order. */
export function yearsOf(series: IncomeSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.incomes.map((i) => i.year)))].sort((a, b) => a - b);
}

/**
 * Yearly income stacked by project. ECharts (the parts in ./echarts) is fetched only when a chart is
 * drawn; the figures themselves are in the table next to it, so the chart is
 * a picture for sighted readers and hidden from assistive technology.
 */
export function IncomeChart({ series }: { series: IncomeSeries[] }) {
  const { t, i18n } = useTranslation('organizations');
  const lng = i18n.language;
  const el = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    let observer: ResizeObserver | undefined;
    const years = yearsOf(series);
    const compact = new Intl.NumberFormat(lng, { notation: 'compact', maximumFractionDigits: 1 });
    import('./echarts')
      .then((echarts) => {
        if (disposed || !el.current) return;
        const c = echarts.init(el.current, undefined, { renderer: 'svg' });
        chart = c;
        c.setOption({
          color: palette,
          animation: false,
          textStyle: { fontFamily: 'inherit' },
          tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatMoney(typeof v === 'number' ? v : null, lng) },
          legend: { type: 'scroll', bottom: 0, textStyle: { color: '#1f2328' } },
          grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
          xAxis: { type: 'category', data: years.map(String), axisLabel: { color: '#57606a' } },
          yAxis: { type: 'value', axisLabel: { color: '#57606a', formatter: (v: number) => compact.format(v) } },
          series: series.map((s) => ({
            type: 'bar',
            name: s.name,
            stack: 'income',
            barMaxWidth: 40,
            data: years.map((y) => s.incomes.find((i) => i.year === y)?.income ?? 0),
          })),
        });
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => c.resize());
          observer.observe(el.current);
        }
        setState('ready');
      })
      .catch(() => {
        if (!disposed) setState('failed');
      });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [series, lng]);

  if (state === 'failed') return <p className="muted">{t('projects.chartFailed')}</p>;
  return (
    <div className="org-chart-wrap" aria-hidden="true">
      <div ref={el} className="org-chart" />
      {state === 'loading' && <span className="org-chart-loading muted">{t('projects.chartLoading')}</span>}
    </div>
  );
}
