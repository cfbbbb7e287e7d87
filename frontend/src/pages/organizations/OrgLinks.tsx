import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedTable } from '../../components/PagedTable';
import { useCommonColumns } from '../../components/columns';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { LinkStatusBadge, OrgLink, Section } from '../../components/ui';
import { LINK_KINDS } from '../../lib/enums';

export const OrganizationLinksQuery = graphql(`
  query OrganizationLinks($id: ID!, $kinds: [LinkKind!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        links(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              kind
              status
              startedOn
              endedOn
              goals
              source { id name nameLatin kind }
              target { id name nameLatin kind }
            }
          }
        }
      }
    }
  }
`);

export function OrgLinks({ id }: { id: string }) {
  const { t } = useTranslation(['organizations', 'common']);
  const [kind, setKind] = useUrlFilter('linkKind', LINK_KINDS, 'links');
  const list = usePagedQuery(OrganizationLinksQuery, { id, kinds: kind ? [kind] : undefined }, 'links');
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.links : undefined;
  const rows = nodesOf(conn);
  const common = useCommonColumns();

  return (
    <Section
      id="org-links"
      title={t('links.title')}
      count={conn?.totalCount}
      actions={
        <FilterSelect
          label={t('links.kind')}
          value={kind ?? ''}
          options={[
            { value: '', label: t('links.allKinds') },
            ...LINK_KINDS.map((k) => ({ value: k, label: t(`linkKind.${k}`, { ns: 'common' }) })),
          ]}
          onChange={(k) => setKind(k || undefined)}
        />
      }
    >
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        loading={t('links.loading')}
        empty={
          kind
            ? { title: t('links.emptyKind', { kind: t(`linkKind.${kind}`, { ns: 'common' }) }), hint: t('links.emptyKindHint') }
            : { title: t('links.empty'), hint: t('links.emptyHint') }
        }
        pagerLabel={t('links.pages')}
        columns={[
          { title: t('col.linkKind'), cell: (l) => t(`linkKind.${l.kind}`, { ns: 'common' }) },
          {
            title: t('col.partner'),
            cell: (l) => {
              const partner = l.source.id === id ? l.target : l.source;
              return (
                <>
                  <OrgLink org={partner} />
                  <div className="muted org-sub">{t(`kind.${partner.kind}`, { ns: 'common' })}</div>
                  {l.goals && <div className="org-sub">{l.goals}</div>}
                </>
              );
            },
          },
          common.started,
          common.ended,
          { title: t('col.status'), cell: (l) => <LinkStatusBadge status={l.status} /> },
        ]}
      />
    </Section>
  );
}
