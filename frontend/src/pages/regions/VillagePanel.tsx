import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OrganizationKind, OrganizationSetting, RegionLevel } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { PagedTable } from '../../components/PagedTable';
import { useProjectColumns } from '../../components/ProjectTable';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { LeaderList, OrgLink, OrgStatusBadge, Section } from '../../components/ui';
import { formatDate, formatNumber } from '../../lib/format';
import { useMayWriteIn } from '../../lib/scope';
import { Saved } from '../../components/edit/form';
import { ProjectActions, useProjectEditing } from '../../components/ProjectActions';

export const VillageCommitteesQuery = graphql(`
  query VillageCommittees($id: ID!) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        organizations(
          first: 10
          where: {
            status: ACTIVE
            or: [
              { kindIn: [PARTY_COMMITTEE, PARTY_GENERAL_BRANCH, PARTY_BRANCH], settingIn: [VILLAGE, COMMUNITY] }
              { kindIn: [VILLAGERS_COMMITTEE, URBAN_COMMUNITY] }
            ]
          }
        ) {
          edges {
            node {
              id
              name
              nameLatin
              kind
              currentLeaders {
                id
                role
                startedOn
                person { id name nameLatin }
              }
            }
          }
        }
      }
    }
  }
`);

export const VillageOrganizationsQuery = graphql(`
  query VillageOrganizations($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        organizations(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges { node { id name nameLatin kind setting status foundedOn memberCount } }
        }
      }
    }
  }
`);

export const VillageProjectsQuery = graphql(`
  query VillageProjects($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        projects(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              viewerCanEdit
              name
              kind
              status
              startedOn
              organization { id name nameLatin }
              leader { id name nameLatin }
              incomes { year income }
            }
          }
        }
      }
    }
  }
`);

/**
 * "1+X": the party organization at the core, then the villagers' (or
 * residents') committee, the collective economy, the league, the women's
 * congress, the militia, and the cooperatives and enterprises around them.
 */
const kindOrder: OrganizationKind[] = [
  'PARTY_COMMITTEE',
  'PARTY_GENERAL_BRANCH',
  'PARTY_BRANCH',
  'VILLAGERS_COMMITTEE',
  'URBAN_COMMUNITY',
  'COLLECTIVE_ECONOMY',
  'YOUTH_LEAGUE',
  'WOMENS_CONGRESS',
  'MILITIA',
  'COOPERATIVE',
  'ENTERPRISE',
];
const rank = (k: OrganizationKind, s?: OrganizationSetting | null) => {
  const i = kindOrder.indexOf(k);
  // The village's own party organization before those set up in its cooperatives or enterprises.
  const local = s == null || s === 'VILLAGE' || s === 'COMMUNITY' ? 0 : 0.5;
  return (i === -1 ? kindOrder.length : i) + local;
};

export function sortOneX<T extends { kind: OrganizationKind; setting?: OrganizationSetting | null }>(orgs: T[]): T[] {
  return [...orgs].sort((a, b) => rank(a.kind, a.setting) - rank(b.kind, b.setting));
}

/** The village's committees, organizations and projects; path lists the IDs of the regions above it. */
export function VillagePanel({ id, level, name = '', path = [] }: { id: string; level: RegionLevel; name?: string; path?: readonly string[] }) {
  return (
    <>
      <Committees id={id} level={level} />
      <OneX id={id} />
      <Projects id={id} name={name} path={path} />
    </>
  );
}

/** The "two committees" and who leads them now. */
function Committees({ id, level }: { id: string; level: RegionLevel }) {
  const { t } = useTranslation(['regions', 'common']);
  const [res, reexecute] = useQuery({ query: VillageCommitteesQuery, variables: { id } });
  const node = res.data?.node?.__typename === 'Region' ? res.data.node : undefined;
  const orgs = sortOneX(nodesOf(node?.organizations));

  let body;
  if (res.error) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!node) body = <Loading label={t('committees.loading')} />;
  else if (orgs.length === 0) body = <Empty title={t('committees.empty')} hint={t('committees.emptyHint')} />;
  else
    body = (
      <div className="region-committees">
        {orgs.map((o) => (
          <div key={o.id} className="region-committee">
            <div className="region-committee-head">
              <OrgLink org={o} />
              <span className="badge">{t(`kind.${o.kind}`, { ns: 'common' })}</span>
            </div>
            {o.currentLeaders.length === 0 ? (
              <p className="muted">{t('committees.noLeader')}</p>
            ) : (
              <LeaderList posts={o.currentLeaders} />
            )}
          </div>
        ))}
      </div>
    );
  return (
    <Section id="region-committees" title={t(level === 'COMMUNITY' ? 'committees.titleCommunity' : 'committees.title')}>
      {body}
    </Section>
  );
}

/** Every organization of the village, the party organization first. */
function OneX({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['regions', 'common']);
  const lng = i18n.language;
  const list = usePagedQuery(VillageOrganizationsQuery, { id }, 'orgs');
  const conn = list.data?.node?.__typename === 'Region' ? list.data.node.organizations : undefined;
  const rows = sortOneX(nodesOf(conn));

  return (
    <Section id="region-orgs" title={t('orgs.title')} count={conn?.totalCount}>
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        loading={t('orgs.loading')}
        empty={{ title: t('orgs.empty'), hint: t('orgs.emptyHint') }}
        pagerLabel={t('orgs.pages')}
        columns={[
          { title: t('col.organization'), cell: (o) => <OrgLink org={o} /> },
          {
            title: t('col.kind'),
            cell: (o) => (
              <>
                {t(`kind.${o.kind}`, { ns: 'common' })}
                {o.setting && <div className="muted ent-sub">{t(`setting.${o.setting}`, { ns: 'common' })}</div>}
              </>
            ),
          },
          { title: t('col.founded'), className: 'ent-hide-narrow', cellClassName: 'ent-nowrap', cell: (o) => formatDate(o.foundedOn, lng) },
          { title: t('col.people'), className: 'ent-num', cell: (o) => formatNumber(o.memberCount, lng) },
          { title: t('col.status'), cell: (o) => <OrgStatusBadge status={o.status} /> },
        ]}
      />
    </Section>
  );
}

/**
 * The village's projects. A project the viewer may edit can be changed and
 * its incomes recorded; an editor whose scope holds the village can add one.
 */
function Projects({ id, name, path }: { id: string; name: string; path: readonly string[] }) {
  const { t } = useTranslation(['regions', 'forms']);
  const list = usePagedQuery(VillageProjectsQuery, { id }, 'projects');
  const conn = list.data?.node?.__typename === 'Region' ? list.data.node.projects : undefined;
  const rows = nodesOf(conn);
  const columns = useProjectColumns('leader');
  const editing = useProjectEditing(list.refetch);
  const [adding, setAdding] = useState(false);
  const mayAdd = useMayWriteIn(id, path);
  return (
    <Section
      id="region-projects"
      title={t('projects.title')}
      count={conn?.totalCount}
      actions={
        mayAdd && (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('project.add', { ns: 'forms' })}
          </button>
        )
      }
    >
      <Saved text={editing.saved} />
      {editing.dialogs({ adding, setAdding, region: { id, name }, regionFixed: true })}
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        columns={rows.some((p) => p.viewerCanEdit) ? [...columns, { title: t('actions', { ns: 'forms' }), cell: (p: (typeof rows)[number]) => <ProjectActions project={p} editing={editing} /> }] : columns}
        loading={t('projects.loading')}
        empty={{ title: t('projects.empty'), hint: t('projects.emptyHint') }}
        pagerLabel={t('projects.pages')}
      />
    </Section>
  );
}
