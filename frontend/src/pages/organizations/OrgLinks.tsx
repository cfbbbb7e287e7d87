import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { LinkKind } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Pager } from '../../components/Pager';
import { formatDate } from '../../lib/format';
import { nodesOf, useKept, useUrlCursor } from './paging';
import { Busy, LinkStatusBadge, OrgLink, Section } from './ui';

export const OrganizationLinksQuery = graphql(`
  query OrganizationLinks($id: ID!, $kinds: [LinkKind!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        links(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
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

export const linkKinds: LinkKind[] = [
  'VILLAGE_VILLAGE',
  'VILLAGE_ENTERPRISE',
  'VILLAGE_COMMUNITY',
  'URBAN_RURAL_TWINNING',
  'INDUSTRY_CHAIN',
  'MILITARY_CIVILIAN',
];

export function OrgLinks({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const lng = i18n.language;
  const selectId = useId();
  const [params, setParams] = useSearchParams();
  const raw = params.get('linkKind');
  const kind = linkKinds.find((k) => k === raw);
  const { vars, setPage } = useUrlCursor('links');
  const [res, reexecute] = useQuery({
    query: OrganizationLinksQuery,
    variables: { id, kinds: kind ? [kind] : undefined, ...vars },
  });
  const data = useKept(res.data);
  const node = data?.node?.__typename === 'Organization' ? data.node : undefined;
  const conn = node?.links;
  const rows = nodesOf(conn);

  const setKind = (k: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('links');
        next.delete('links.before');
        if (k) next.set('linkKind', k);
        else next.delete('linkKind');
        return next;
      },
      { preventScrollReset: true },
    );

  let body;
  if (res.error) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!conn) body = <Loading label={t('links.loading')} />;
  else if (rows.length === 0)
    body = (
      <Empty
        title={kind ? t('links.emptyKind', { kind: t(`linkKind.${kind}`, { ns: 'common' }) }) : t('links.empty')}
        hint={kind ? t('links.emptyKindHint') : t('links.emptyHint')}
      />
    );
  else
    body = (
      <Busy busy={res.fetching}>
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
        <Pager pageInfo={conn.pageInfo} total={conn.totalCount} shown={rows.length} onPage={setPage} label={t('links.pages')} />
      </Busy>
    );

  return (
    <Section
      id="org-links"
      title={t('links.title')}
      count={conn?.totalCount}
      actions={
        <div className="ent-filter">
          <label htmlFor={selectId}>{t('links.kind')}</label>
          <select id={selectId} value={kind ?? ''} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('links.allKinds')}</option>
            {linkKinds.map((k) => (
              <option key={k} value={k}>
                {t(`linkKind.${k}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </div>
      }
    >
      {body}
    </Section>
  );
}
