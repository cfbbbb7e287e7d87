import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState, Loading } from '../../components/Status';
import { Table } from '../../components/Table';
import { LinkStatusBadge, OrgLink, Section } from '../../components/ui';
import { formatShare, indicatorHref, percent } from '../../components/indicators/model';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useRereadOnChange } from './board';

export const TwinningOverviewQuery = graphql(`
  query TwinningOverview($region: ID!) {
    twinningOverview(region: $region) {
      year
      day
      backwardVillages
      covered
      uncovered
      coverage
      byStatus { status count }
      stale
      staleDays
      activities
      funds
      topPartners {
        partner { id name nameLatin }
        activities
        funds
      }
    }
  }
`);

/**
 * Where twinning stands in the region this year: how many of its backward
 * villages have an active twinning (a bar toward all of them), the pairs by
 * state, the stale ones, the activities and funds, the busiest partners.
 */
export function Coverage({ region }: { region: { id: string; name: string } }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const [res, reexecute] = useQuery({ query: TwinningOverviewQuery, variables: { region: region.id } });
  useRereadOnChange(() => reexecute({ requestPolicy: 'network-only' }));
  const o = res.data?.twinningOverview;
  let body;
  if (res.error && !o) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!o) body = <Loading label={t('coverage.loading')} />;
  else {
    const figures: Array<[string, string, string?]> = [
      [t('coverage.backward'), formatNumber(o.backwardVillages, lng)],
      [t('coverage.covered'), formatNumber(o.covered, lng)],
      [t('coverage.uncovered'), formatNumber(o.uncovered, lng)],
      [t('coverage.stale'), formatNumber(o.stale, lng), t('coverage.staleHint', { count: o.staleDays })],
      [t('coverage.activities', { year: o.year }), formatNumber(o.activities, lng)],
      [t('coverage.funds', { year: o.year }), formatMoney(o.funds, lng)],
    ];
    body = (
      <>
        <div className="tw-coverage">
          <p className="tw-coverage-value">
            <span className="ind-value">{formatShare(o.coverage, lng)}</span>{' '}
            <span>{t('coverage.summary', { covered: formatNumber(o.covered, lng), count: o.backwardVillages, total: formatNumber(o.backwardVillages, lng) })}</span>
          </p>
          <div
            className="ind-bar ind-bar-lg tw-bar"
            role="progressbar"
            aria-label={t('coverage.bar', { region: region.name })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent(o.coverage)}
            aria-valuetext={t('coverage.barText', { share: formatShare(o.coverage, lng), covered: formatNumber(o.covered, lng), total: formatNumber(o.backwardVillages, lng) })}
          >
            <div className={`ind-bar-fill ${o.coverage >= 1 ? 'ind-fill-met' : 'ind-fill-notMet'}`} style={{ width: `${Math.min(100, Math.max(0, o.coverage * 100))}%` }} />
          </div>
          <p className="muted tw-note">
            {t('coverage.asOf', { day: formatDate(o.day, lng) })}{' '}
            <Link to={indicatorHref('BACKWARD_VILLAGE_TWINNED', region.id)}>{t('coverage.indicator')}</Link>
          </p>
        </div>
        <dl className="tw-figures">
          {figures.map(([label, value, hint]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="tw-figure-value">{value}</dd>
              {hint && <dd className="muted tw-figure-hint">{hint}</dd>}
            </div>
          ))}
        </dl>
        <h3 id="tw-by-status">{t('coverage.byStatus')}</h3>
        <ul className="tw-states" aria-labelledby="tw-by-status">
          {o.byStatus.map((s) => (
            <li key={s.status}>
              <LinkStatusBadge status={s.status} /> <span className="tw-state-count">{formatNumber(s.count, lng)}</span>
            </li>
          ))}
        </ul>
        {o.topPartners.length > 0 && (
          <>
            <h3>{t('coverage.topPartners', { year: o.year })}</h3>
            <Table
              caption={t('coverage.topPartnersCaption', { year: o.year, region: region.name })}
              rows={o.topPartners.map((p) => ({ ...p, id: p.partner.id }))}
              columns={[
                { title: t('coverage.partner'), rowHeader: true, cell: (p) => <OrgLink org={p.partner} /> },
                { title: t('coverage.partnerActivities'), className: 'ent-num', cell: (p) => formatNumber(p.activities, lng) },
                { title: t('coverage.partnerFunds'), className: 'ent-num', cell: (p) => formatMoney(p.funds, lng) },
              ]}
            />
          </>
        )}
      </>
    );
  }
  return (
    <Section id="tw-coverage" title={t('coverage.title')}>
      {body}
    </Section>
  );
}
