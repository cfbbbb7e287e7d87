import { useTranslation } from 'react-i18next';
import type { ProjectKind, ProjectStatus } from '../gql/graphql';
import { formatMoney } from '../lib/format';
import type { Column } from './Table';
import { useCommonColumns } from './columns';
import { OrgLink, PersonLink, ProjectStatusBadge, RegionLink, type Named } from './ui';

type Income = { year: number; income: number };

interface ProjectRow {
  id: string;
  name: string;
  kind: ProjectKind;
  status: ProjectStatus;
  startedOn?: string | null;
  organization?: Named | null;
  region?: Named;
  leader?: Named | null;
  incomes?: ReadonlyArray<Income> | null;
}

/** The latest year with a figure, if any. */
export function latestIncome(incomes: ReadonlyArray<Income> | null | undefined) {
  return (incomes ?? []).reduce<Income | undefined>((best, i) => (!best || i.year > best.year ? i : best), undefined);
}

/**
 * The columns of a table of projects: the organization that runs each and
 * its latest income. The column after the organization is the project's
 * region on a person's page, its leader on a village's.
 */
export function useProjectColumns(column: 'region' | 'leader'): Column<ProjectRow>[] {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { started } = useCommonColumns();
  return [
    {
      title: t('projectTable.project'),
      cell: (p) => (
        <>
          {p.name}
          <div className="muted ent-sub">{t(`projectKind.${p.kind}`)}</div>
        </>
      ),
    },
    { title: t('projectTable.status'), cell: (p) => <ProjectStatusBadge status={p.status} /> },
    { title: t('projectTable.organization'), cell: (p) => (p.organization ? <OrgLink org={p.organization} /> : '—') },
    column === 'region'
      ? { title: t('projectTable.region'), className: 'ent-hide-narrow', cell: (p) => p.region && <RegionLink region={p.region} /> }
      : { title: t('projectTable.leader'), cell: (p) => (p.leader ? <PersonLink person={p.leader} /> : '—') },
    { ...started, className: 'ent-hide-narrow' },
    {
      title: t('projectTable.latestIncome'),
      className: 'ent-num',
      cell: (p) => {
        const latest = latestIncome(p.incomes);
        return latest ? (
          <>
            {formatMoney(latest.income, lng)}
            <div className="muted ent-sub">{t('projectTable.inYear', { year: latest.year })}</div>
          </>
        ) : (
          '—'
        );
      },
    },
  ];
}
