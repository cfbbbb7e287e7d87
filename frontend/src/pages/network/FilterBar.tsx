import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkKind } from '../../gql/graphql';
import { LINK_KINDS } from '../../lib/enums';
import { formatDate, today } from '../../lib/format';
import { EDGE_COLORS } from './colors';
import { useDismiss } from './useDismiss';
import { MAX_DEPTH, MIN_DEPTH, activeKinds, isIsoDate, type NetworkParams } from './urlState';

const FIRST_YEAR = 2010;
const SLIDER_COMMIT_MS = 400;

export type FilterPatch = Partial<Pick<NetworkParams, 'kinds' | 'hierarchy' | 'depth' | 'asOf'>>;

/** The date a slider year stands for: the end of that year, or today for the current one. */
function yearToAsOf(year: number, now = today()): string | null {
  return year >= Number(now.slice(0, 4)) ? null : `${year}-12-31`;
}

function LinkKinds({ value, onChange }: { value: readonly LinkKind[]; onChange: (kinds: LinkKind[] | null) => void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const hintId = useId();
  const popover = useRef<HTMLDetailsElement>(null);
  useDismiss(popover);
  const toggle = (k: LinkKind, on: boolean) => {
    const next = on ? LINK_KINDS.filter((x) => x === k || value.includes(x)) : value.filter((x) => x !== k);
    onChange(next.length === LINK_KINDS.length ? null : next);
  };
  const last = value.length === 1;
  const summary =
    value.length === LINK_KINDS.length ? t('filters.allKinds') : last ? tc(`linkKind.${value[0]}`) : t('filters.someKinds', { count: value.length, total: LINK_KINDS.length });
  return (
    <details className="network-popover" ref={popover}>
      <summary className="button">
        <span className="network-filter-label">{t('filters.linkKinds')}:</span> {summary}
      </summary>
      <fieldset className="network-fieldset network-popover-body">
        <legend className="visually-hidden">{t('filters.linkKinds')}</legend>
        {LINK_KINDS.map((k) => {
          const checked = value.includes(k);
          // The API cannot leave out every link kind, so the last one stays on.
          const locked = checked && last;
          return (
            <label key={k} className="network-check">
              <input
                type="checkbox"
                checked={checked}
                aria-disabled={locked || undefined}
                aria-describedby={locked ? hintId : undefined}
                onChange={(e) => {
                  if (!locked) toggle(k, e.target.checked);
                }}
              />
              <span className="network-line" style={{ background: EDGE_COLORS[k] }} aria-hidden="true" />
              {tc(`linkKind.${k}`)}
            </label>
          );
        })}
        {last && (
          <p id={hintId} className="network-hint">
            {t('filters.lastKind')}
          </p>
        )}
        {value.length < LINK_KINDS.length && (
          <button type="button" className="button network-link-button" onClick={() => onChange(null)}>
            {t('filters.selectAll')}
          </button>
        )}
      </fieldset>
    </details>
  );
}

function Depth({ value, onChange }: { value: number; onChange: (d: number) => void }) {
  const { t } = useTranslation('network');
  const name = useId();
  const depths = Array.from({ length: MAX_DEPTH - MIN_DEPTH + 1 }, (_, i) => MIN_DEPTH + i);
  return (
    <fieldset className="network-fieldset network-inline">
      <legend className="network-filter-label">{t('filters.depth')}</legend>
      <div className="network-segmented">
        {depths.map((d) => (
          <label key={d} className={d === value ? 'active' : undefined}>
            <input type="radio" name={name} value={d} checked={d === value} onChange={() => onChange(d)} />
            <span aria-hidden="true">{d}</span>
            <span className="visually-hidden">{t('filters.hops', { count: d })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A year slider for quick travel through time, and a date field for an exact day. */
function AsOf({ value, onChange }: { value: string | null; onChange: (asOf: string | null) => void }) {
  const { t, i18n } = useTranslation('network');
  const id = useId();
  const now = today();
  const lastYear = Number(now.slice(0, 4));
  const year = value ? Number(value.slice(0, 4)) : lastYear;
  const [draft, setDraft] = useState<number | null>(null);
  const [dateDraft, setDateDraft] = useState<string | null>(null);
  const commit = useRef(onChange);
  useEffect(() => {
    commit.current = onChange;
  }, [onChange]);

  // The slider commits once the hand rests, not on every step of a drag.
  useEffect(() => {
    if (draft === null) return;
    const timer = setTimeout(() => {
      setDraft(null);
      if (draft !== year) commit.current(yearToAsOf(draft, now));
    }, SLIDER_COMMIT_MS);
    return () => clearTimeout(timer);
  }, [draft, year, now]);

  const shown = draft ?? year;
  const sliderText = shown >= lastYear ? t('filters.today') : t('filters.endOfYear', { year: shown });
  const commitDate = (d: string) => {
    setDateDraft(null);
    if (!isIsoDate(d) || d === (value ?? now)) return;
    onChange(d >= now ? null : d);
  };
  // While the slider moves, the date field shows the day it is about to pick.
  const dateShown = dateDraft ?? (draft !== null ? (yearToAsOf(draft, now) ?? now) : (value ?? now));
  return (
    <fieldset className="network-fieldset network-inline network-asof">
      <legend className="network-filter-label">{t('filters.asOf')}</legend>
      <span className="network-asof-year" aria-hidden="true">
        {FIRST_YEAR}
      </span>
      <input
        type="range"
        min={FIRST_YEAR}
        max={lastYear}
        step={1}
        value={Math.max(FIRST_YEAR, shown)}
        aria-label={t('filters.year')}
        aria-valuetext={sliderText}
        onChange={(e) => setDraft(Number(e.target.value))}
      />
      <span className="network-asof-year" aria-hidden="true">
        {lastYear}
      </span>
      <label htmlFor={`${id}-date`} className="visually-hidden">
        {t('filters.date')}
      </label>
      <input
        id={`${id}-date`}
        type="date"
        min={`${FIRST_YEAR - 10}-01-01`}
        max={now}
        value={dateShown}
        onChange={(e) => setDateDraft(e.target.value)}
        onBlur={(e) => commitDate(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitDate(e.currentTarget.value);
        }}
      />
      {value ? (
        <button type="button" className="button network-link-button" onClick={() => onChange(null)}>
          {t('filters.resetToday')}
        </button>
      ) : (
        <span className="network-asof-today">{t('filters.today')}</span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {draft !== null ? sliderText : value ? t('filters.inForceOn', { date: formatDate(value, i18n.language) }) : t('filters.inForceToday')}
      </span>
    </fieldset>
  );
}

/** Every filter that shapes the requests; a change reloads the view. */
export function FilterBar({ params, onChange }: { params: NetworkParams; onChange: (patch: FilterPatch) => void }) {
  const { t } = useTranslation('network');
  return (
    <div className="network-filters">
      <LinkKinds value={activeKinds(params)} onChange={(kinds) => onChange({ kinds })} />
      <label className="network-check" title={t('filters.hierarchyHint')}>
        <input type="checkbox" checked={params.hierarchy} onChange={(e) => onChange({ hierarchy: e.target.checked })} />
        <span className="network-line network-line-hierarchy" aria-hidden="true" />
        {t('filters.hierarchy')}
      </label>
      <Depth value={params.depth} onChange={(depth) => onChange({ depth })} />
      <AsOf value={params.asOf} onChange={(asOf) => onChange({ asOf })} />
    </div>
  );
}
