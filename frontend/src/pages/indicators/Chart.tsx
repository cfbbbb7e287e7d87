import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

let echarts: Promise<typeof import('./echarts')> | undefined;

/** The chart library, fetched once however many charts ask for it at once. */
function loadECharts() {
  echarts ??= import('./echarts');
  echarts.catch(() => (echarts = undefined));
  return echarts;
}

/** The chart's part a click on a bar or point reports. */
export interface ChartClick {
  dataIndex: number;
}

interface Instance {
  setOption(option: unknown, notMerge?: boolean): void;
  dispose(): void;
  resize(): void;
  on?(event: 'click', handler: (p: ChartClick) => void): void;
}

/**
 * An ECharts chart (./echarts, fetched when first drawn) of option, height
 * pixels high. It is a picture for sighted readers: hidden from assistive
 * technology, the page gives the same figures as text beside it.
 */
export function Chart({ option, height, onClick }: { option: Record<string, unknown>; height: number; onClick?: (p: ChartClick) => void }) {
  const { t } = useTranslation('indicators');
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | undefined>(undefined);
  const click = useRef(onClick);
  click.current = onClick;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadECharts()
      .then((lib) => {
        if (disposed || !el.current) return;
        const c = lib.init(el.current, undefined, { renderer: 'svg' }) as unknown as Instance;
        chart.current = c;
        c.on?.('click', (p) => click.current?.(p));
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
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (state !== 'ready' || !chart.current) return;
    chart.current.setOption(option, true);
    chart.current.resize();
  }, [state, option, height]);

  if (state === 'failed') return <p className="muted">{t('chart.failed')}</p>;
  return (
    <div className="ind-chart-wrap" aria-hidden="true">
      <div ref={el} className="ind-chart" style={{ height }} />
      {state === 'loading' && <span className="ind-chart-loading muted">{t('chart.loading')}</span>}
    </div>
  );
}

/** Colours with AA contrast on white, as the standing badges use them. */
export const chartColors = { met: '#116329', notMet: '#8a4600', overdue: '#b42318', target: '#1f2328', line: '#0b5cad', axis: '#57606a' };
