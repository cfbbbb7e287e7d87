import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { EDGE_COLORS, EDGE_ORDER, KIND_COLORS, KIND_ORDER } from './colors';
import type { NetworkModel } from './model';

/** Colours of the kinds on screen, with how many of each. */
export function Legend({ model }: { model: NetworkModel }) {
  const { t, i18n } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  // Open where there is room for it beside the graph; a click away elsewhere.
  const [open, setOpen] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia('(min-height: 820px) and (min-width: 900px)').matches);
  const { kinds, edges } = useMemo(() => {
    const kinds = new Map<string, number>();
    for (const n of model.nodes.values()) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
    const edges = new Map<string, number>();
    for (const e of model.edges.values()) edges.set(e.kind, (edges.get(e.kind) ?? 0) + 1);
    return { kinds, edges };
  }, [model]);
  if (!kinds.size) return null;
  return (
    <details className="network-legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('legend.title')}</summary>
      <ul aria-label={t('legend.kinds')}>
        {KIND_ORDER.filter((k) => kinds.has(k)).map((k) => (
          <li key={k}>
            <span className="network-dot" style={{ background: KIND_COLORS[k] }} aria-hidden="true" />
            <span>{tc(`kind.${k}`)}</span>
            <span className="network-legend-count">{formatNumber(kinds.get(k), i18n.language)}</span>
          </li>
        ))}
      </ul>
      {edges.size > 0 && (
        <ul aria-label={t('legend.edges')}>
          {EDGE_ORDER.filter((k) => edges.has(k)).map((k) => (
            <li key={k}>
              <span className="network-line" style={{ background: EDGE_COLORS[k] }} aria-hidden="true" />
              <span>{tc(`linkKind.${k}`)}</span>
              <span className="network-legend-count">{formatNumber(edges.get(k), i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="network-hint">{t('legend.size')}</p>
    </details>
  );
}
