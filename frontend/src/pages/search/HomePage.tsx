import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { SearchBox } from '../../components/SearchBox';
import { ErrorState, Loading } from '../../components/Status';
import { formatNumber } from '../../lib/format';
import { ExampleChips } from './ExampleChips';
import './search.css';

export const HomeStatsQuery = graphql(`
  query HomeStats {
    villages: regions(first: 0, where: { level: VILLAGE }) { totalCount }
    organizations(first: 0) { totalCount }
    people(first: 0) { totalCount }
    links(first: 0, where: { status: ACTIVE }) { totalCount }
  }
`);

/** What the network holds, in four figures. */
function HomeStats() {
  const { t, i18n } = useTranslation('search');
  const [{ data, error, fetching }, reexecute] = useQuery({ query: HomeStatsQuery });
  if (fetching && !data) return <Loading label={t('home.statsLoading')} />;
  if (error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const figures = [
    ['villages', data.villages.totalCount],
    ['organizations', data.organizations.totalCount],
    ['people', data.people.totalCount],
    ['links', data.links.totalCount],
  ] as const;
  return (
    <div className="home-stats-wrap">
      <h2 className="visually-hidden">{t('home.statsLabel')}</h2>
      <dl className="home-stats">
      {figures.map(([key, n]) => (
        <div key={key} className="home-stat">
          <dt>{t(`home.stats.${key}`)}</dt>
          <dd>{formatNumber(n, i18n.language)}</dd>
        </div>
      ))}
      </dl>
    </div>
  );
}

const entries = [
  { to: '/regions', key: 'regions', icon: 'M4 4h12v12H4z M4 10h12 M10 4v12' },
  { to: '/network', key: 'network', icon: 'M5 5m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0 M15 6m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0 M10 15m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0 M7 5.5l6 .5 M6 7l3 6 M14 8l-3 5' },
  { to: '/graphiql', key: 'graphiql', icon: 'M6 5l-4 5 4 5 M14 5l4 5-4 5 M11.5 3l-3 14' },
] as const;

/** The front door: the search box first, then the ways into the data. */
export function HomePage() {
  const { t } = useTranslation('search');
  return (
    <section className="page home" aria-labelledby="home-title">
      <div className="home-hero">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="home-lead">{t('home.lead')}</p>
        <div className="home-search">
          <SearchBox variant="large" />
        </div>
        <ExampleChips label={t('home.try')} />
      </div>
      <HomeStats />
      <nav className="home-entries" aria-label={t('home.entriesLabel')}>
        {entries.map((e) => (
          <Link key={e.key} to={e.to} className="card home-entry">
            <svg className="home-entry-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d={e.icon} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span className="home-entry-title">
              {t(`home.entries.${e.key}.title`)} <span aria-hidden="true">→</span>
            </span>
            <span className="home-entry-text">{t(`home.entries.${e.key}.text`)}</span>
          </Link>
        ))}
      </nav>
    </section>
  );
}
