import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PagedTable } from '../../components/PagedTable';
import { useCommonColumns } from '../../components/columns';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { PersonLink, ProjectStatusBadge, Section } from '../../components/ui';
import { formatMoney } from '../../lib/format';
import { IncomeChart, yearsOf } from './IncomeChart';
import { Saved } from '../../components/edit/form';
import { ProjectActions, useProjectEditing } from '../../components/ProjectActions';

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
              viewerCanEdit
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

/**
 * The projects the organization runs, with their yearly income drawn and
 * tabled. Where the viewer may edit the organization (canEdit), projects
 * can be added (in the organization's region unless another is picked); a
 * project the viewer may edit can be changed, and its incomes recorded.
 */
export function OrgProjects({ id, canEdit = false, region, name }: { id: string; canEdit?: boolean; region?: { id: string; name: string }; name?: string }) {
  const { t, i18n } = useTranslation(['organizations', 'common', 'forms']);
  const lng = i18n.language;
  const list = usePagedQuery(OrganizationProjectsQuery, { id }, 'projects', PROJECTS_PER_PAGE);
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.projects : undefined;
  const rows = useMemo(() => nodesOf(conn), [conn]);
  const series = useMemo(() => rows.filter((p) => p.incomes?.length).map((p) => ({ name: p.name, incomes: p.incomes ?? [] })), [rows]);
  const years = yearsOf(series);
  const { started } = useCommonColumns();
  const editing = useProjectEditing(list.refetch);
  const [adding, setAdding] = useState(false);

  return (
    <Section
      id="org-projects"
      title={t('projects.title')}
      count={conn?.totalCount}
      actions={
        canEdit && (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('project.add', { ns: 'forms' })}
          </button>
        )
      }
    >
      <Saved text={editing.saved} />
      {editing.dialogs({ adding, setAdding, region, organization: name ? { id, name } : undefined })}
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        caption={t('projects.caption')}
        loading={t('projects.loading')}
        empty={{ title: t('projects.empty'), hint: t('projects.emptyHint') }}
        pagerLabel={t('projects.pages')}
        above={
          series.length > 0 && (
            <>
              <h3 className="org-chart-title">{t('projects.chartTitle')}</h3>
              <IncomeChart series={series} />
            </>
          )
        }
        columns={[
          {
            title: t('col.project'),
            rowHeader: true,
            cellClassName: 'org-rowhead',
            cell: (p) => (
              <>
                {p.name}
                <div className="muted org-sub">{t(`projectKind.${p.kind}`, { ns: 'common' })}</div>
              </>
            ),
          },
          { title: t('col.status'), cell: (p) => <ProjectStatusBadge status={p.status} /> },
          { title: t('col.leader'), cell: (p) => (p.leader ? <PersonLink person={p.leader} /> : '—') },
          { ...started, className: 'ent-hide-narrow' },
          { title: t('col.investment'), className: 'ent-num ent-hide-narrow', cell: (p) => formatMoney(p.investment, lng) },
          ...years.map((y) => ({
            title: t('projects.incomeIn', { year: y }),
            className: 'ent-num',
            cell: (p: (typeof rows)[number]) => formatMoney(p.incomes?.find((i) => i.year === y)?.income, lng),
          })),
          ...(rows.some((p) => p.viewerCanEdit) ? [{ title: t('actions', { ns: 'forms' }), cell: (p: (typeof rows)[number]) => <ProjectActions project={p} editing={editing} /> }] : []),
        ]}
      />
    </Section>
  );
}
