import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PagedList } from '../../components/PagedList';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { PersonLink, ProjectStatusBadge, Section } from '../../components/ui';
import { formatDate, formatMoney } from '../../lib/format';
import { IncomeChart, yearsOf } from './IncomeChart';

export const OrganizationProjectsQuery = graphql(`
  query OrganizationProjects($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        projects(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              name
              nameLatin
              kind
              status
              startedOn
              investment
              leader { id name nameLatin }
              incomes { year income }
            }
          }
        }
      }
    }
  }
`);

const PROJECTS_PER_PAGE = 10;

export function OrgProjects({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const lng = i18n.language;
  const list = usePagedQuery(OrganizationProjectsQuery, { id }, 'projects', PROJECTS_PER_PAGE);
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.projects : undefined;
  const rows = useMemo(() => nodesOf(conn), [conn]);
  const series = useMemo(() => rows.filter((p) => p.incomes?.length).map((p) => ({ name: p.name, incomes: p.incomes ?? [] })), [rows]);
  const years = yearsOf(series);

  return (
    <Section id="org-projects" title={t('projects.title')} count={conn?.totalCount}>
      <PagedList
        list={list}
        conn={conn}
        shown={rows.length}
        loading={t('projects.loading')}
        empty={{ title: t('projects.empty'), hint: t('projects.emptyHint') }}
        pagerLabel={t('projects.pages')}
      >
        {series.length > 0 && (
          <>
            <h3 className="org-chart-title">{t('projects.chartTitle')}</h3>
            <IncomeChart series={series} />
          </>
        )}
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('projects.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.project')}</th>
                <th scope="col">{t('col.status')}</th>
                <th scope="col">{t('col.leader')}</th>
                <th scope="col" className="ent-hide-narrow">
                  {t('col.started')}
                </th>
                <th scope="col" className="ent-num ent-hide-narrow">
                  {t('col.investment')}
                </th>
                {years.map((y) => (
                  <th key={y} scope="col" className="ent-num">
                    {t('projects.incomeIn', { year: y })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="org-rowhead">
                    {p.name}
                    <div className="muted org-sub">{t(`projectKind.${p.kind}`, { ns: 'common' })}</div>
                  </th>
                  <td>
                    <ProjectStatusBadge status={p.status} />
                  </td>
                  <td>{p.leader ? <PersonLink person={p.leader} /> : '—'}</td>
                  <td className="ent-nowrap ent-hide-narrow">{formatDate(p.startedOn, lng)}</td>
                  <td className="ent-num ent-hide-narrow">{formatMoney(p.investment, lng)}</td>
                  {years.map((y) => (
                    <td key={y} className="ent-num">
                      {formatMoney(p.incomes?.find((i) => i.year === y)?.income, lng)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </PagedList>
    </Section>
  );
}
