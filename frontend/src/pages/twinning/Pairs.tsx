import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { LinkStatus, LinkWhereInput } from '../../gql/graphql';
import type { Column } from '../../components/Table';
import type { TFunction } from 'i18next';
import { PagedTable } from '../../components/PagedTable';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { LinkStatusBadge, OrgLink, Section } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { useRereadOnChange } from './board';

export const TwinningPairsQuery = graphql(`
  query TwinningPairs($where: LinkWhereInput!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    links(where: $where, orderBy: { field: CREATED_AT, direction: DESC }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { ...PageInfo }
      edges {
        node {
          id
          status
          startedOn
          lastActivityOn
          stale
          source { id name nameLatin kind }
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
`);

export const PAIRS_PAGE = 20;

/** What a row of a table of pairs shows beside its partner. */
interface PairRow {
  id: string;
  status: LinkStatus;
  startedOn?: string | null;
  lastActivityOn?: string | null;
  stale: boolean;
  target: { id: string; name: string; nameLatin?: string | null; region: { name: string } };
}

/**
 * The columns of a table of pairs from the village on: the village's party
 * organization and region, state, start, last activity, the stale flag and
 * the link to the pair's page (partner names the partner in its label). The
 * village names the row when it is the first column.
 */
export function pairColumns<R extends PairRow>(t: TFunction, lng: string, partner: (row: R) => string, villageFirst = false): Column<R>[] {
  return [
    {
      title: t('pairs.village'),
      rowHeader: villageFirst,
      cell: (l) => (
        <>
          <OrgLink org={l.target} />
          <div className="muted ent-sub">{l.target.region.name}</div>
        </>
      ),
    },
    { title: t('pairs.state'), cell: (l) => <LinkStatusBadge status={l.status} /> },
    { title: t('pairs.started'), cellClassName: 'ent-nowrap', cell: (l) => formatDate(l.startedOn, lng) },
    { title: t('pairs.lastActivity'), cellClassName: 'ent-nowrap', cell: (l) => formatDate(l.lastActivityOn, lng) },
    {
      title: t('pairs.stale'),
      cell: (l) => (l.stale ? <span className="badge badge-warn">{t('pairs.staleBadge')}</span> : <span className="muted">{t('pairs.notStale')}</span>),
    },
    {
      title: t('pairs.details'),
      cell: (l) => (
        <Link to={`/twinnings/${l.id}`} aria-label={t('pairs.openLabel', { partner: partner(l), village: l.target.name })}>
          {t('pairs.open')}
        </Link>
      ),
    },
  ];
}

/** The twinnings with an end in the region, the stale ones only when asked. */
export function pairsWhere(region: string, staleOnly: boolean): LinkWhereInput {
  const where: LinkWhereInput = { kind: 'URBAN_RURAL_TWINNING', inRegion: region };
  if (staleOnly) where.stale = true;
  return where;
}

/**
 * The twinnings of the region, newest first, a page at a time: partner,
 * village organization, state, start, last activity and whether the pair
 * has gone stale; each opens its own page. "Stale only" is kept in the URL.
 */
export function Pairs({ region }: { region: { id: string; name: string } }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const staleId = useId();
  const [stale, setStale] = useUrlFilter('stale', ['1'] as const, 'pairs');
  const list = usePagedQuery(TwinningPairsQuery, { where: pairsWhere(region.id, stale === '1') }, 'pairs', PAIRS_PAGE);
  useRereadOnChange(list.retry);
  const conn = list.data?.links;
  const rows = nodesOf(conn);
  return (
    <Section
      id="tw-pairs"
      title={t('pairs.title')}
      count={conn?.totalCount}
      actions={
        <div className="edit-check tw-check">
          <label htmlFor={staleId}>
            <input id={staleId} type="checkbox" checked={stale === '1'} onChange={(e) => setStale(e.target.checked ? '1' : undefined)} />
            {t('pairs.staleOnly')}
          </label>
        </div>
      }
    >
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        caption={t(stale ? 'pairs.captionStale' : 'pairs.caption', { region: region.name })}
        loading={t('pairs.loading')}
        empty={stale ? { title: t('pairs.noneStale'), hint: t('pairs.noneStaleHint') } : { title: t('pairs.none'), hint: t('pairs.noneHint') }}
        pagerLabel={t('pairs.pages')}
        columns={[
          {
            title: t('pairs.partner'),
            rowHeader: true,
            cell: (l) => (
              <>
                <OrgLink org={l.source} />
                <div className="muted ent-sub">{t(`kind.${l.source.kind}`, { ns: 'common' })}</div>
              </>
            ),
          },
          ...pairColumns<(typeof rows)[number]>(t, lng, (l) => l.source.name),
        ]}
      />
    </Section>
  );
}
