import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TrainingCourseKind, TrainingCourseOrganizerLevel } from '../../gql/graphql';
import type { Column } from '../../components/Table';
import { RegionLink } from '../../components/ui';
import { formatDate, formatNumber } from '../../lib/format';

/** A course as the lists of courses show it. */
export interface CourseRow {
  id: string;
  title: string;
  kind: TrainingCourseKind;
  organizerLevel: TrainingCourseOrganizerLevel;
  startsOn: string;
  endsOn: string;
  days: number;
  capacity: number | null;
  region: { id: string; name: string; nameLatin?: string | null };
  attendances: { totalCount: number };
}

/** The columns of a list of courses: title (to its page), kind, organizer, dates, days, attendance. */
export function useCourseColumns(): Column<CourseRow>[] {
  const { t, i18n } = useTranslation(['records', 'common']);
  const lng = i18n.language;
  return [
    {
      title: t('course.title'),
      rowHeader: true,
      cell: (c) => (
        <>
          <Link to={`/training/${c.id}`}>{c.title}</Link>
          <div className="muted ent-sub">{t(`courseKind.${c.kind}`)}</div>
        </>
      ),
    },
    {
      title: t('course.organizer'),
      cell: (c) => (
        <>
          <RegionLink region={c.region} />
          <div className="muted ent-sub">{t(`level.${c.organizerLevel}`, { ns: 'common' })}</div>
        </>
      ),
    },
    {
      title: t('course.dates'),
      cellClassName: 'ent-nowrap',
      cell: (c) => t('course.range', { from: formatDate(c.startsOn, lng), to: formatDate(c.endsOn, lng) }),
    },
    { title: t('course.days'), className: 'ent-num', cell: (c) => formatNumber(c.days, lng) },
    {
      title: t('course.attended'),
      className: 'ent-num ent-hide-narrow',
      cell: (c) =>
        c.capacity == null
          ? formatNumber(c.attendances.totalCount, lng)
          : t('course.attendedOf', { n: formatNumber(c.attendances.totalCount, lng), capacity: formatNumber(c.capacity, lng) }),
    },
  ];
}
