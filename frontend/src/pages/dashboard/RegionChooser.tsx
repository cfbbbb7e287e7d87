import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { DashboardRegionQuery } from '../../gql/graphql';
import { errorMessage } from '../../components/Status';
import { useDebounced } from '../../lib/useDebounced';
import { yearOptions } from '../../components/indicators/model';

export const DashboardRegionQueryDoc = graphql(`
  query DashboardRegion($id: ID!) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        name
        nameLatin
        level
        ancestors { id name nameLatin }
        children(first: 100, orderBy: { field: CODE }) {
          totalCount
          edges { node { id name nameLatin level } }
        }
      }
    }
  }
`);

export const DashboardRegionSearchQuery = graphql(`
  query DashboardRegionSearch($q: String!) {
    search(query: $q, types: [REGION], first: 8) {
      title
      subtitle
      node { __typename id }
    }
  }
`);

export type ChosenRegion = Extract<NonNullable<DashboardRegionQuery['node']>, { __typename: 'Region' }>;

/** The region a dashboard is about, with the regions above and under it. */
export function useRegion(id: string | undefined): ChosenRegion | undefined {
  const [res] = useQuery({ query: DashboardRegionQueryDoc, variables: { id: id ?? '' }, pause: !id });
  const node = res.data?.node;
  return node?.__typename === 'Region' && node.id === id ? node : undefined;
}

/** The region's path as breadcrumbs, each leading to the same view one level up. */
export function RegionCrumbs({ label, region, name, href }: { label: string; region: ChosenRegion | undefined; name: string; href: (id: string) => string }) {
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <ol>
        {region?.ancestors.map((a) => (
          <li key={a.id}>
            <Link to={href(a.id)}>{a.name}</Link>
          </li>
        ))}
        <li aria-current="page">{name}</li>
      </ol>
    </nav>
  );
}

/** Chooses the year: 2000 to next year, latest first. */
export function YearSelect({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const { t } = useTranslation('indicators');
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{t('controls.year')}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {yearOptions().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

const DEBOUNCE_MS = 250;

/**
 * Chooses the region: one of those right under the current one, or any
 * found by name, pinyin or division code. href gives a region's view.
 */
export function RegionChooser({ region, href }: { region: ChosenRegion | undefined; href: (id: string) => string }) {
  const { t } = useTranslation('indicators');
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState('');
  const term = q.trim();
  const dq = useDebounced(term, DEBOUNCE_MS);
  const [res] = useQuery({ query: DashboardRegionSearchQuery, variables: { q: dq }, pause: dq.length === 0 });
  const hits = dq === term && term ? (res.data?.search ?? []) : [];
  const searching = term.length > 0 && (dq !== term || res.fetching);
  const children = region?.children.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];

  return (
    <>
      {children.length > 0 && region && (
        <div className="form-field">
          <label htmlFor={`${id}-sub`}>{t('controls.sub', { name: region.name })}</label>
          <select id={`${id}-sub`} value="" onChange={(e) => e.target.value && navigate(href(e.target.value))}>
            <option value="">{t('controls.subChoose', { count: region.children.totalCount })}</option>
            {children.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nameLatin ? `${c.name} (${c.nameLatin})` : c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-field ind-find">
        <label htmlFor={`${id}-find`}>{t('controls.find')}</label>
        <input
          id={`${id}-find`}
          type="search"
          value={q}
          autoComplete="off"
          placeholder={t('controls.findPlaceholder')}
          aria-describedby={`${id}-find-status`}
          onChange={(e) => setQ(e.target.value)}
        />
        <p className="muted ind-hint" id={`${id}-find-status`} aria-live="polite">
          {searching
            ? t('controls.searching')
            : res.error && term
              ? errorMessage(res.error, t)
              : term && hits.length === 0
                ? t('controls.none', { q: term })
                : term
                  ? t('controls.found', { count: hits.length })
                  : ''}
        </p>
        {hits.length > 0 && (
          <ul className="ind-find-results" aria-label={t('controls.results')}>
            {hits.map((h) => (
              <li key={h.node.id}>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setQ('');
                    navigate(href(h.node.id));
                  }}
                >
                  <span>{h.title}</span>
                  {h.subtitle && <span className="muted ent-sub">{h.subtitle}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
