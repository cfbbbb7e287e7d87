import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PagedTable } from '../../components/PagedTable';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { Section } from '../../components/ui';
import { formatNumber } from '../../lib/format';
import { pairColumns } from '../twinning/Pairs';
import '../twinning/twinning.css';

export const OrganizationTwinningQuery = graphql(`
  query OrganizationTwinning($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        twinningCapacity
        twinningLoad
        twinningRemaining
        links(kinds: [URBAN_RURAL_TWINNING], first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              status
              startedOn
              lastActivityOn
              stale
              target {
                id
                name
                nameLatin
                region { id name nameLatin }
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * An urban unit's twinning: the places of its capacity its active and
 * proposed pairs hold (a meter), and its twinnings, each opening its page.
 */
export function OrgTwinning({ id, name }: { id: string; name: string }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const loadId = useId();
  const list = usePagedQuery(OrganizationTwinningQuery, { id }, 'twinnings');
  const org = list.data?.node?.__typename === 'Organization' ? list.data.node : undefined;
  const conn = org?.links;
  const rows = nodesOf(conn);
  const capacity = org?.twinningCapacity;
  return (
    <Section id="org-twinning" title={t('load.title')} count={conn?.totalCount}>
      {org && capacity != null && (
        <div className="tw-load">
          <p id={loadId} className="tw-note">
            {t('load.text', { load: formatNumber(org.twinningLoad, lng), capacity: formatNumber(capacity, lng), left: formatNumber(org.twinningRemaining ?? 0, lng) })}
          </p>
          <meter aria-labelledby={loadId} min={0} max={Math.max(capacity, 1)} value={Math.min(org.twinningLoad, Math.max(capacity, 1))} />
        </div>
      )}
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        caption={t('load.caption', { name })}
        loading={t('load.loading')}
        empty={{ title: t('load.none'), hint: t('load.noneHint') }}
        pagerLabel={t('load.pages')}
        columns={pairColumns(t, lng, () => name, true)}
      />
    </Section>
  );
}
