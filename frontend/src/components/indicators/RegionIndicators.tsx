import { Fragment } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState, Loading } from '../Status';
import { Section } from '../ui';
import { formatNumber } from '../../lib/format';
import { StandingBadge, useFigureTexts } from './Figures';
import { PROJECTS, currentYear, dashboardHref, indicatorHref, pick, standingOf } from './model';
import './indicators.css';

export const RegionIndicatorsQuery = graphql(`
  query RegionIndicators($region: ID!, $year: Int!) {
    indicators(region: $region, year: $year) {
      ...IndicatorFigures
    }
  }
`);

/**
 * A region page's indicators: the 19 of the current year for the region's
 * subtree, grouped by project, each opening its page for the region.
 */
export function RegionIndicators({ id, name }: { id: string; name: string }) {
  const { t, i18n } = useTranslation('indicators');
  const lng = i18n.language;
  const year = currentYear();
  const [res, reexecute] = useQuery({ query: RegionIndicatorsQuery, variables: { region: id, year } });
  const fig = useFigureTexts();
  const rows = res.data?.indicators ?? [];
  const met = rows.filter((r) => standingOf(r) === 'met').length;
  const counted = rows.filter((r) => r.denominator > 0).length;

  let body;
  if (res.error && !res.data) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!res.data) body = <Loading label={t('region.loading')} />;
  else
    body = (
      <>
        <p className="muted ind-hint">{t('region.intro', { name, met, count: counted })}</p>
        <div className="table-wrap">
          <table className="table ind-table">
            <caption className="visually-hidden">{t('region.caption', { name, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('region.col.indicator')}</th>
                <th scope="col" className="ent-num">
                  {t('region.col.value')}
                </th>
                <th scope="col" className="ent-num">
                  {t('region.col.target')}
                </th>
                <th scope="col">{t('region.col.standing')}</th>
                <th scope="col" className="ent-num ent-hide-narrow">
                  {t('region.col.units')}
                </th>
              </tr>
            </thead>
            <tbody>
              {PROJECTS.map((p) => (
                <Fragment key={p}>
                  <tr className="ind-group">
                    <th scope="colgroup" colSpan={5}>
                      {t(`project.${p}`)}
                    </th>
                  </tr>
                  {rows
                    .filter((r) => r.project === p)
                    .map((r) => (
                      <tr key={r.code}>
                        <th scope="row">
                          <span className="ent-name">
                            <Link to={indicatorHref(r.code, id)}>{pick(r.title, lng)}</Link>
                          </span>
                        </th>
                        <td className="ent-num">{fig.share(r.value)}</td>
                        <td className="ent-num">{fig.share(r.target)}</td>
                        <td>
                          <StandingBadge result={r} />
                        </td>
                        <td className="ent-num ent-hide-narrow">
                          {formatNumber(r.numerator, lng)} / {formatNumber(r.denominator, lng)}
                        </td>
                      </tr>
                    ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );

  return (
    <Section
      id="region-indicators"
      title={t('region.title', { year })}
      actions={
        <Link className="button" to={dashboardHref(id)}>
          {t('region.dashboard')}
        </Link>
      }
    >
      {body}
    </Section>
  );
}
