import { useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { DashboardQuery } from '../../gql/graphql';
import { ErrorState, Loading } from '../../components/Status';
import { Latin } from '../../components/ui';
import { IndicatorBar, StandingBadge, useFigureTexts } from '../../components/indicators/Figures';
import { PROJECTS, dashboardHref, indicatorHref, parseYear, pick, standingOf } from '../../components/indicators/model';
import { formatDate } from '../../lib/format';
import { ViewerQueryDoc } from '../../lib/session';
import { RegionChooser, RegionCrumbs, YearSelect, useRegion } from './RegionChooser';
import '../../components/indicators/indicators.css';

export const DashboardQueryDoc = graphql(`
  query Dashboard($region: ID, $year: Int!) {
    indicators(region: $region, year: $year) {
      ...IndicatorFigures
      asOf
      region { id name nameLatin level }
    }
  }
`);

type Result = DashboardQuery['indicators'][number];

/**
 * The landing page: the 19 indicators of a region's subtree in a year, one
 * card each, under the three projects. The region and year are in the URL
 * (?region=…&year=…) so that a view can be shared; without them it shows
 * the current year for the province, or for a coordinator their own region.
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation(['indicators', 'common']);
  const lng = i18n.language;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const year = parseYear(params.get('year'));
  const fromURL = params.get('region');
  const [viewer] = useQuery({ query: ViewerQueryDoc });
  // Without a region in the URL, the viewer's scope is the default: wait for it.
  const waiting = !fromURL && !viewer.data && !viewer.error;
  const region = fromURL ?? viewer.data?.viewer?.scope?.id ?? null;
  const [res, reexecute] = useQuery({ query: DashboardQueryDoc, variables: { region, year }, pause: waiting });
  const results = res.data?.indicators;
  const here = results?.[0]?.region;
  const info = useRegion(here?.id);
  const regionID = region;
  const go = (r: string | null, y: number) => navigate(dashboardHref(r, y));
  const appName = t('app.name', { ns: 'common' });

  let body;
  if (res.error && !results) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!results) body = <Loading label={t('dashboard.loading')} />;
  else
    body = PROJECTS.map((p) => {
      const cards = results.filter((r) => r.project === p);
      const met = cards.filter((r) => standingOf(r) === 'met').length;
      // Indicators with nothing to count in the region are left out of the tally.
      const counted = cards.filter((r) => r.denominator > 0).length;
      return (
        <section key={p} className="card ind-project" aria-labelledby={`project-${p}`}>
          <h2 id={`project-${p}`}>
            {t(`project.${p}`)}
            <span className="ind-project-count">{t('dashboard.metCount', { met, count: counted })}</span>
          </h2>
          <p className="ind-project-lead">{t(`projectLead.${p}`)}</p>
          <ul className="ind-cards">
            {cards.map((r) => (
              <li key={r.code}>
                <IndicatorCard result={r} href={indicatorHref(r.code, regionID, year)} />
              </li>
            ))}
          </ul>
        </section>
      );
    });

  const name = here?.name ?? '';
  const met = results?.filter((r) => standingOf(r) === 'met').length ?? 0;
  const counted = results?.filter((r) => r.denominator > 0).length ?? 0;
  return (
    <section className="page ind-dashboard" aria-labelledby="dashboard-title">
      <title>{`${t('dashboard.title')} · ${appName}`}</title>
      <header className="ent-header">
        {here && <RegionCrumbs label={t('dashboard.regionPath')} region={info} name={here.name} href={(id) => dashboardHref(id, year)} />}
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        {here && results && (
          <p className="ind-lead">
            <strong>{name}</strong>
            <Latin text={here.nameLatin} />
            {' · '}
            <span>{t('dashboard.lead', { year, met, count: counted, date: formatDate(results[0].asOf, lng) })}</span>
          </p>
        )}
      </header>
      <div className="card ind-controls" role="group" aria-label={t('controls.label')}>
        <YearSelect year={year} onChange={(y) => go(regionID, y)} />
        <RegionChooser region={info} href={(id) => dashboardHref(id, year)} />
      </div>
      {body}
    </section>
  );
}

/** One indicator: its value against the target, how it stands, and what is missing. */
function IndicatorCard({ result, href }: { result: Result; href: string }) {
  const { i18n } = useTranslation('indicators');
  const lng = i18n.language;
  const fig = useFigureTexts();
  const title = pick(result.title, lng);
  const s = standingOf(result);
  const id = useId();
  return (
    <article className={`ind-card ind-card-${s}`} aria-labelledby={id}>
      <h3 id={id}>
        <Link to={href}>{title}</Link>
      </h3>
      <div className="ind-card-head">
        <span className="ind-figure">
          <span className="ind-value">{fig.share(result.value)}</span>
          <span className="ind-target">{fig.target(result)}</span>
        </span>
        <StandingBadge result={result} />
      </div>
      <IndicatorBar result={result} label={title} />
      <ul className="ind-facts">
        <li>{fig.count(result)}</li>
        <li className="ind-gap">{fig.gap(result)}</li>
        <li className="muted">{fig.deadline(result)}</li>
      </ul>
    </article>
  );
}
