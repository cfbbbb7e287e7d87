import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, today } from '../lib/format';
import './timeline.css';

/** At most this many items are asked for a timeline; the tables on the page list them all. */
export const TIMELINE_LIMIT = 100;

interface TimelineItem {
  id: string;
  start: string | null | undefined;
  /** Absent: still running. */
  end: string | null | undefined;
  /** Shown on the bar when it is wide enough. */
  label: string;
  href?: string;
  tone?: 'post' | 'link';
}

export interface TimelineGroup {
  key: string;
  label: string;
  items: TimelineItem[];
}

/** A date as a fractional year: 2020-07-01 → ~2020.5. */
function yearOf(date: string): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return y + ((m - 1) * 30.5 + (d - 1)) / 366;
}

/** Puts intervals in as few lanes as possible, none overlapping within a lane. */
export function packLanes<T extends { from: number; to: number }>(items: T[]): T[][] {
  const lanes: T[][] = [];
  const ends: number[] = [];
  for (const it of [...items].sort((a, b) => a.from - b.from)) {
    const lane = ends.findIndex((end) => end <= it.from);
    if (lane === -1) {
      lanes.push([it]);
      ends.push(it.to);
    } else {
      lanes[lane].push(it);
      ends[lane] = it.to;
    }
  }
  return lanes;
}

/** Round years for the axis: about six to ten ticks whatever the span. */
export function axisTicks(from: number, to: number): number[] {
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= 10) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks;
}

/**
 * A compact horizontal timeline with a year axis: one band per group, items
 * packed into as few lanes as overlaps allow. Bars are links (keyboard
 * reachable, each with its full description); the same facts are listed in
 * a table elsewhere on the page.
 */
export function Timeline({ groups, label }: { groups: TimelineGroup[]; label: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const now = yearOf(today());
  const dated = groups
    .map((g) => ({
      ...g,
      items: g.items
        .filter((it) => it.start)
        .map((it) => ({ ...it, from: yearOf(it.start!), to: it.end ? yearOf(it.end) : now, open: !it.end })),
    }))
    .filter((g) => g.items.length > 0);
  const undated = groups.reduce((n, g) => n + g.items.filter((it) => !it.start).length, 0);
  if (dated.length === 0) return <p className="muted">{t('timeline.noDates')}</p>;

  const all = dated.flatMap((g) => g.items);
  const min = Math.floor(Math.min(...all.map((it) => it.from)));
  const max = Math.ceil(Math.max(now, ...all.map((it) => it.to)));
  const share = (years: number) => `${((years / (max - min)) * 100).toFixed(3)}%`;
  const pct = (y: number) => share(y - min);
  const ticks = axisTicks(min, max);

  return (
    <figure className="tl" aria-label={label}>
      <div className="tl-row tl-axis" aria-hidden="true">
        <div className="tl-label" />
        <div className="tl-track">
          {ticks.map((y) => (
            <span key={y} className="tl-tick" style={{ left: pct(y) }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      {dated.map((g) => (
        <div key={g.key} className="tl-row tl-group">
          <div className="tl-label">{g.label}</div>
          <div className="tl-track tl-lanes">
            {ticks.map((y) => (
              <span key={y} className="tl-grid" style={{ left: pct(y) }} aria-hidden="true" />
            ))}
            <span className="tl-now" style={{ left: pct(now) }} aria-hidden="true" />
            {packLanes(g.items).map((lane, i) => (
              <div key={i} className="tl-lane">
                {lane.map((it) => {
                  const title = t('timeline.item', {
                    label: it.label,
                    group: g.label,
                    from: formatDate(it.start, lng),
                    to: it.end ? formatDate(it.end, lng) : t('timeline.now'),
                  });
                  const cls = `tl-bar tl-${it.tone ?? 'post'}${it.open ? ' tl-open' : ''}`;
                  const style = { left: pct(it.from), width: `max(6px, ${share(it.to - it.from)})` };
                  return it.href ? (
                    <Link key={it.id} to={it.href} className={cls} style={style} title={title} aria-label={title}>
                      {it.label}
                    </Link>
                  ) : (
                    <span key={it.id} className={cls} style={style} title={title}>
                      {it.label}
                    </span>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
      ))}
      <figcaption className="tl-caption">
        <span className="tl-key tl-key-open" aria-hidden="true" /> {t('timeline.openKey')}
        {undated > 0 && <span> · {t('timeline.undated', { count: undated })}</span>}
      </figcaption>
    </figure>
  );
}
