import { useTranslation } from 'react-i18next';
import type { ProjectKind, ProjectStatus } from '../gql/graphql';
import { formatDate, formatMoney } from '../lib/format';
import { OrgLink, PersonLink, ProjectStatusBadge, RegionLink, type Named } from './ui';

type Income = { year: number; income: number };

export interface ProjectRow {
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
 * Projects with the organization that runs them and their latest income.
 * The column after the organization is the project's region on a person's
 * page, its leader on a village's.
 */
export function ProjectTable({ projects, column }: { projects: ProjectRow[]; column: 'region' | 'leader' }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('projectTable.project')}</th>
            <th scope="col">{t('projectTable.status')}</th>
            <th scope="col">{t('projectTable.organization')}</th>
            {column === 'region' ? (
              <th scope="col" className="ent-hide-narrow">
                {t('projectTable.region')}
              </th>
            ) : (
              <th scope="col">{t('projectTable.leader')}</th>
            )}
            <th scope="col" className="ent-hide-narrow">
              {t('projectTable.started')}
            </th>
            <th scope="col" className="ent-num">
              {t('projectTable.latestIncome')}
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => {
            const latest = latestIncome(p.incomes);
            return (
              <tr key={p.id}>
                <td>
                  {p.name}
                  <div className="muted ent-sub">{t(`projectKind.${p.kind}`)}</div>
                </td>
                <td>
                  <ProjectStatusBadge status={p.status} />
                </td>
                <td>{p.organization ? <OrgLink org={p.organization} /> : '—'}</td>
                {column === 'region' ? (
                  <td className="ent-hide-narrow">{p.region && <RegionLink region={p.region} />}</td>
                ) : (
                  <td>{p.leader ? <PersonLink person={p.leader} /> : '—'}</td>
                )}
                <td className="ent-nowrap ent-hide-narrow">{formatDate(p.startedOn, lng)}</td>
                <td className="ent-num">
                  {latest ? (
                    <>
                      {formatMoney(latest.income, lng)}
                      <div className="muted ent-sub">{t('projectTable.inYear', { year: latest.year })}</div>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
