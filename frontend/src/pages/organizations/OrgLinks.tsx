import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedList } from '../../components/PagedList';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { LinkStatusBadge, OrgLink, Section } from '../../components/ui';
import { LINK_KINDS } from '../../lib/enums';
import { formatDate } from '../../lib/format';

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
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const lng = i18n.language;
  const [kind, setKind] = useUrlFilter('linkKind', LINK_KINDS, 'links');
  const list = usePagedQuery(OrganizationLinksQuery, { id, kinds: kind ? [kind] : undefined }, 'links');
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.links : undefined;
  const rows = nodesOf(conn);

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
      <PagedList
        list={list}
        conn={conn}
        shown={rows.length}
        loading={t('links.loading')}
        empty={
          kind
            ? { title: t('links.emptyKind', { kind: t(`linkKind.${kind}`, { ns: 'common' }) }), hint: t('links.emptyKindHint') }
            : { title: t('links.empty'), hint: t('links.emptyHint') }
        }
        pagerLabel={t('links.pages')}
      >
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('col.linkKind')}</th>
                <th scope="col">{t('col.partner')}</th>
                <th scope="col">{t('col.started')}</th>
                <th scope="col">{t('col.ended')}</th>
                <th scope="col">{t('col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => {
                const partner = l.source.id === id ? l.target : l.source;
                return (
                  <tr key={l.id}>
                    <td>{t(`linkKind.${l.kind}`, { ns: 'common' })}</td>
                    <td>
                      <OrgLink org={partner} />
                      <div className="muted org-sub">
                        {t(`kind.${partner.kind}`, { ns: 'common' })}
                      </div>
                      {l.goals && <div className="org-sub">{l.goals}</div>}
                    </td>
                    <td className="ent-nowrap">{formatDate(l.startedOn, lng)}</td>
                    <td className="ent-nowrap">{l.endedOn ? formatDate(l.endedOn, lng) : <span className="muted">{t('links.ongoing')}</span>}</td>
                    <td>
                      <LinkStatusBadge status={l.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </PagedList>
    </Section>
  );
}
