import { useTranslation } from 'react-i18next';
import type { IndicatorUnitKind } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format';
import { formatShare, percent, pick, standingOf, type Standing } from './model';
import './indicators.css';

/** The figures of a result the pieces below read. */
export interface Figures {
  numerator: number;
  denominator: number;
  value?: number | null;
  target: number;
  met: boolean;
  overdue: boolean;
  gap: number;
  deadline?: string | null;
  yearly?: boolean;
  unitKind?: IndicatorUnitKind;
  unit?: { zh: string; en: string };
}

const marks: Record<Standing, string> = { met: '✓', notMet: '✗', overdue: '!', empty: '–' };

/** Met, not met, overdue or nothing to count: a word with a mark, never colour alone. */
export function StandingBadge({ result }: { result: Pick<Figures, 'denominator' | 'met' | 'overdue'> }) {
  const { t } = useTranslation('indicators');
  const s = standingOf(result);
  return (
    <span className={`badge ind-standing ind-standing-${s}`}>
      <span aria-hidden="true" className="ind-standing-mark">
        {marks[s]}
      </span>
      <span>{t(`standing.${s}`)}</span>
    </span>
  );
}

/**
 * The value against the target as a progress bar: filled to the value,
 * with a mark at the target. Its name is label; its text alternative reads
 * both figures.
 */
export function IndicatorBar({ result, label, size = 'md' }: { result: Figures; label: string; size?: 'md' | 'lg' }) {
  const { t, i18n } = useTranslation('indicators');
  const lng = i18n.language;
  const s = standingOf(result);
  const value = result.value ?? null;
  const text = value == null ? t('figures.noValue', { target: formatShare(result.target, lng) }) : t('figures.valueText', { value: formatShare(value, lng), target: formatShare(result.target, lng) });
  return (
    <div
      className={`ind-bar ind-bar-${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value == null ? undefined : percent(value)}
      aria-valuetext={text}
    >
      {value != null && <div className={`ind-bar-fill ind-fill-${s}`} style={{ width: `${Math.min(100, Math.max(0, value * 100))}%` }} />}
      <div className="ind-bar-target" style={{ left: `${Math.min(100, Math.max(0, result.target * 100))}%` }} />
    </div>
  );
}

/** The texts of a result's figures, in the interface's language. */
export function useFigureTexts() {
  const { t, i18n } = useTranslation('indicators');
  const lng = i18n.language;
  const kind = (r: Figures) => r.unitKind ?? 'REGION';
  const unit = (r: Figures) => (r.unit ? pick(r.unit, lng) : '');
  return {
    /** "77 of 150 villages" */
    count: (r: Figures) =>
      t(`figures.count.${kind(r)}`, { numerator: formatNumber(r.numerator, lng), denominator: formatNumber(r.denominator, lng), unit: unit(r) }),
    /** "Needs 73 more villages", or that the target is reached. */
    gap: (r: Figures) => {
      const s = standingOf(r);
      if (s === 'empty') return t('figures.nothingToCount');
      if (r.gap <= 0) return t('figures.reached');
      return t(`figures.gap.${kind(r)}`, { count: r.gap, n: formatNumber(r.gap, lng), unit: unit(r) });
    },
    /** When the target is due. */
    deadline: (r: Figures) => {
      if (r.yearly) return t('figures.deadlineYearly', { date: formatDate(r.deadline, lng) });
      return r.deadline ? t('figures.deadline', { date: formatDate(r.deadline, lng) }) : t('figures.noDeadline');
    },
    share: (v: number | null | undefined) => formatShare(v, lng),
    target: (r: Pick<Figures, 'target'>) => t('figures.target', { target: formatShare(r.target, lng) }),
  };
}
