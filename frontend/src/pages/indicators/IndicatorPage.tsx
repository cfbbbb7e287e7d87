import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { IndicatorCode, IndicatorPageQuery } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Facts, Latin, Section } from '../../components/ui';
import { Saved } from '../../components/edit/form';
import { IndicatorBar, StandingBadge, useFigureTexts } from '../../components/indicators/Figures';
import { dashboardHref, indicatorHref, parseCode, parseYear, pick, trendStart } from '../../components/indicators/model';
import { formatDate } from '../../lib/format';
import { ViewerQueryDoc } from '../../lib/session';
import { YearSelect } from '../dashboard/RegionChooser';
import { Breakdown } from './Breakdown';
import { Shortfalls } from './Shortfalls';
import { TargetForm } from './TargetForm';
import { Trend } from './Trend';
import '../../components/indicators/indicators.css';

export const IndicatorPageQueryDoc = graphql(`
  query IndicatorPage($code: IndicatorCode!, $region: ID, $year: Int!, $from: Int!) {
    indicator(code: $code, region: $region, year: $year) {
      ...IndicatorFigures
      description { zh en }
      clause
      rule { zh en }
      asOf
      targetSet
      targetNote
      region { id name nameLatin level ancestors { id name nameLatin } }
      breakdown {
        region { id name nameLatin level }
        numerator
        denominator
        value
        target
        met
        overdue
        gap
      }
      trend(fromYear: $from, toYear: $year) { year numerator denominator value }
    }
  }
`);

type Indicator = NonNullable<IndicatorPageQuery['indicator']>;

/** /indicators/:code?region=…&year=…: one indicator for a region's subtree in a year. */
export default function IndicatorPage() {
  const { t } = useTranslation('indicators');
  const code = parseCode(useParams().code);
  const [params] = useSearchParams();
  const year = parseYear(params.get('year'));
  const region = params.get('region');
  if (!code)
    return (
      <section className="page">
        <Empty title={t('page.notFound')} hint={t('page.notFoundHint')} />
        <p>
          <Link to={dashboardHref(region, year)}>{t('page.backToDashboard')}</Link>
        </p>
      </section>
    );
  return <IndicatorView key={`${code}/${region}/${year}`} code={code} region={region} year={year} />;
}

function IndicatorView({ code, region, year }: { code: IndicatorCode; region: string | null; year: number }) {
  const { t } = useTranslation(['indicators', 'common']);
  const [res, reexecute] = useQuery({ query: IndicatorPageQueryDoc, variables: { code, region, year, from: trendStart(year) } });
  if (res.fetching && !res.data) return <Loading label={t('page.loading')} />;
  if (res.error && !res.data?.indicator) return <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const ind = res.data?.indicator;
  if (!ind)
    return (
      <section className="page">
        <Empty title={t('page.notFound')} hint={t('page.notFoundHint')} />
      </section>
    );
  return <IndicatorBody ind={ind} region={region} year={year} />;
}

function IndicatorBody({ ind, region, year }: { ind: Indicator; region: string | null; year: number }) {
  const { t, i18n } = useTranslation(['indicators', 'common']);
  const lng = i18n.language;
  const navigate = useNavigate();
  const fig = useFigureTexts();
  const title = pick(ind.title, lng);
  const unit = pick(ind.unit, lng);
  const here = ind.region;

  return (
    <article className="page ind-page" aria-labelledby="indicator-title">
      <title>{`${title} · ${here.name} · ${t('app.name', { ns: 'common' })}`}</title>
      <header className="ent-header">
        <nav className="breadcrumbs" aria-label={t('page.regionPath')}>
          <ol>
            <li>
              <Link to={dashboardHref(region, year)}>{t('page.dashboard')}</Link>
            </li>
            {here.ancestors.map((a) => (
              <li key={a.id}>
                <Link to={indicatorHref(ind.code, a.id, year)}>{a.name}</Link>
              </li>
            ))}
            <li aria-current="page">{here.name}</li>
          </ol>
        </nav>
        <h1 id="indicator-title">{title}</h1>
        <div className="ind-header-badges">
          <span className="badge">{t(`project.${ind.project}`)}</span>
          <span>
            <strong>{here.name}</strong>
            <Latin text={here.nameLatin} />
          </span>
          <span className="muted">
            {t(`level.${here.level}`, { ns: 'common' })} · {t('page.asOf', { date: formatDate(ind.asOf, lng) })}
          </span>
        </div>
      </header>

      <Section id="indicator-summary" title={t('page.summary', { name: here.name, year })} actions={<YearSelect year={year} onChange={(y) => navigate(indicatorHref(ind.code, region, y))} />}>
        <div className="ind-summary">
          <div>
            <div className="ind-card-head">
              <span className="ind-figure">
                <span className="ind-value">{fig.share(ind.value)}</span>
                <span className="ind-target">{fig.target(ind)}</span>
              </span>
              <StandingBadge result={ind} />
            </div>
            <IndicatorBar result={ind} label={title} size="lg" />
            <ul className="ind-facts">
              <li>{fig.count(ind)}</li>
              <li className="ind-gap">{fig.gap(ind)}</li>
              <li>{fig.deadline(ind)}</li>
            </ul>
          </div>
          <div>
            <p className="ind-description">{pick(ind.description, lng)}</p>
            <Facts
              items={[
                [t('page.counts'), unit],
                [t('page.rule'), pick(ind.rule, lng)],
              ]}
            />
          </div>
        </div>
      </Section>

      <TargetSection ind={ind} unit={unit} />

      <Breakdown code={ind.code} year={year} region={here} regionParam={region} rows={ind.breakdown} target={ind.target} title={title} />

      <Trend points={ind.trend} target={ind.target} deadline={ind.deadline} yearly={ind.yearly} />

      <Shortfalls code={ind.code} region={region} year={year} unit={unit} />
    </article>
  );
}

/** The target, where it comes from (the source document, or an administrator), and for administrators a way to change it. */
function TargetSection({ ind, unit }: { ind: Indicator; unit: string }) {
  const { t, i18n } = useTranslation('indicators');
  const lng = i18n.language;
  const fig = useFigureTexts();
  const [viewer] = useQuery({ query: ViewerQueryDoc });
  const admin = viewer.data?.viewer?.role === 'ADMIN';
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const items: Array<[string, ReactNode]> = [
    [t('page.target'), fig.share(ind.target)],
    [t('page.deadline'), ind.yearly ? t('page.yearly') : ind.deadline ? formatDate(ind.deadline, lng) : t('figures.noDeadline')],
    [t('page.setBy'), ind.targetSet ? t('page.setByAdmin') : t('page.setByDefault')],
  ];
  if (ind.targetNote) items.push([t('page.note'), ind.targetNote]);
  return (
    <Section
      id="indicator-target"
      title={t('page.targetTitle')}
      actions={
        admin && !editing ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            {t('edit.open')}
          </button>
        ) : null
      }
    >
      <blockquote className="ind-clause" lang="en">
        {ind.clause}
        <span className="ind-clause-source" lang={lng}>
          {t('page.clauseSource')}
        </span>
      </blockquote>
      <Facts items={items} />
      <Saved text={saved} />
      {editing && (
        <TargetForm
          code={ind.code}
          current={ind}
          unit={unit}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            setSaved(t('edit.saved'));
          }}
        />
      )}
    </Section>
  );
}
