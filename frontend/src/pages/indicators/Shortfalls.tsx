import { useState } from 'react';
import { Link } from 'react-router';
import { useClient, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { IndicatorCode, IndicatorShortfallsQuery } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Latin, Section } from '../../components/ui';
import { csvHref, pick, unitHref } from '../../components/indicators/model';
import { formatNumber } from '../../lib/format';

export const IndicatorShortfallsQueryDoc = graphql(`
  query IndicatorShortfalls($code: IndicatorCode!, $region: ID, $year: Int!, $first: Int!, $after: Cursor) {
    indicator(code: $code, region: $region, year: $year) {
      code
      shortfalls(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            unitKind
            reason { zh en }
            region { id name nameLatin }
            unit {
              __typename
              id
              ... on Region { name nameLatin }
              ... on Organization { name nameLatin }
              ... on Person { name nameLatin }
            }
          }
        }
      }
    }
  }
`);

/** Shortfalls a page brings. */
export const SHORTFALLS_PAGE = 20;

type Conn = NonNullable<IndicatorShortfallsQuery['indicator']>['shortfalls'];
type Edge = Conn['edges'][number];

/**
 * The units that fall short of the rule, each with its reason in the
 * interface's language and a link to its page: a page of them at first,
 * then the next page each time more are asked for.
 */
export function Shortfalls({ code, region, year, unit }: { code: IndicatorCode; region: string | null; year: number; unit: string }) {
  const { t, i18n } = useTranslation(['indicators', 'common']);
  const lng = i18n.language;
  const client = useClient();
  const vars = { code, region, year, first: SHORTFALLS_PAGE };
  const [res, reexecute] = useQuery({ query: IndicatorShortfallsQueryDoc, variables: vars });
  // Pages after the first, as they are read.
  const [more, setMore] = useState<Conn[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<CombinedError>();

  const first = res.data?.indicator?.shortfalls;
  const pages = first ? [first, ...more] : [];
  const edges: Edge[] = pages.flatMap((p) => p.edges);
  const last = pages[pages.length - 1];
  const total = first?.totalCount ?? 0;
  // Where a unit lies says nothing new when every unit is a region.
  const showWhere = edges.some((e) => !(e.node.unit.__typename === 'Region' && e.node.region.id === e.node.unit.id));

  const loadMore = async () => {
    if (!last?.pageInfo.endCursor) return;
    setLoading(true);
    setFailed(undefined);
    const r = await client.query(IndicatorShortfallsQueryDoc, { ...vars, after: last.pageInfo.endCursor }).toPromise();
    setLoading(false);
    const conn = r.data?.indicator?.shortfalls;
    if (r.error || !conn) setFailed(r.error);
    else setMore((m) => [...m, conn]);
  };

  let body;
  if (res.error && !first) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!first) body = <Loading label={t('shortfalls.loading')} />;
  else if (edges.length === 0) body = <Empty title={t('shortfalls.none')} hint={t('shortfalls.noneHint', { unit })} />;
  else
    body = (
      <>
        <p className="muted ind-hint">{t('shortfalls.intro', { unit })}</p>
        <div className="table-wrap">
          <table className="table ind-table">
            <caption className="visually-hidden">{t('shortfalls.caption', { unit })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortfalls.col.unit')}</th>
                <th scope="col">{t('shortfalls.col.reason')}</th>
                {showWhere && (
                  <th scope="col" className="ent-hide-narrow">
                    {t('shortfalls.col.region')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {edges.map((e) => {
                const u = e.node.unit;
                const name = 'name' in u ? u.name : u.id;
                const latin = 'nameLatin' in u ? u.nameLatin : null;
                const href = unitHref(u.__typename, u.id);
                return (
                  <tr key={e.cursor}>
                    <th scope="row">
                      <span className="ent-name">
                        {href ? <Link to={href}>{name}</Link> : name}
                        <Latin text={latin} />
                      </span>
                      <span className="muted ent-sub"> · {t(`shortfalls.kind.${e.node.unitKind}`)}</span>
                    </th>
                    <td>{pick(e.node.reason, lng)}</td>
                    {showWhere && (
                      <td className="ent-hide-narrow">
                        <span className="ent-name">
                          <Link to={`/regions/${e.node.region.id}`}>{e.node.region.name}</Link>
                          <Latin text={e.node.region.nameLatin} />
                        </span>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="ind-more">
          <p className="pager-count" role="status">
            {t('shortfalls.shown', { shown: formatNumber(edges.length, lng), count: total, total: formatNumber(total, lng) })}
          </p>
          {last?.pageInfo.hasNextPage && (
            <button type="button" className="button" disabled={loading} onClick={() => void loadMore()}>
              {loading ? t('shortfalls.loadingMore') : t('shortfalls.more', { count: Math.min(SHORTFALLS_PAGE, total - edges.length) })}
            </button>
          )}
        </div>
        {failed && <ErrorState error={failed} retry={() => void loadMore()} />}
      </>
    );

  return (
    <Section
      id="indicator-shortfalls"
      title={t('shortfalls.title')}
      count={first?.totalCount}
      actions={
        <a className="button" href={csvHref(code, 'shortfalls', region, year, i18n.language)} download>
          {t('shortfalls.csv')}
        </a>
      }
    >
      {body}
    </Section>
  );
}
