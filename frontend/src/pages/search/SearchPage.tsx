import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SearchPageHitFragment, SearchType } from '../../gql/graphql';
import { hitPath, hitPlace } from '../../components/SearchBox';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { ExampleChips } from './ExampleChips';
import './search.css';

/** The server returns at most this many hits per query (and type). */
const MAX_HITS = 100;
/** Hits per group when all types are shown. */
const PREVIEW = 8;
/** Hits per page when one type is shown. */
const PAGE_SIZE = 20;

export const SearchPageQuery = graphql(`
  query SearchPage($q: String!) {
    regions: search(query: $q, types: [REGION], first: 100) { ...SearchPageHit }
    organizations: search(query: $q, types: [ORGANIZATION], first: 100) { ...SearchPageHit }
    people: search(query: $q, types: [PERSON], first: 100) { ...SearchPageHit }
  }
  fragment SearchPageHit on SearchHit {
    type
    title
    subtitle
    node {
      __typename
      id
      ... on Region { nameLatin code level backward border }
      ... on Organization { nameLatin kind status }
      ... on Person { nameLatin gender birthDate politicalStatus }
    }
  }
`);

const TYPES: SearchType[] = ['REGION', 'ORGANIZATION', 'PERSON'];

/** The type filter as written in the URL (lower case), or null for all. */
function parseType(v: string | null): SearchType | null {
  const up = v?.toUpperCase();
  return TYPES.find((x) => x === up) ?? null;
}

/** A count that may have hit the server's cap. */
function countLabel(n: number): string {
  return n >= MAX_HITS ? `${MAX_HITS}+` : String(n);
}

function HitRow({ hit }: { hit: SearchPageHitFragment }) {
  const { t } = useTranslation(['search', 'common']);
  const n = hit.node;
  const place = hitPlace(hit);
  const latin = 'nameLatin' in n ? n.nameLatin : null;
  let meta: ReactNode = null;
  if (n.__typename === 'Region') {
    meta = (
      <>
        <span className="badge">{t(`level.${n.level}`, { ns: 'common' })}</span>
        <span className="mono search-code">{n.code}</span>
        {n.backward && <span className="badge badge-warn">{t('page.backward')}</span>}
        {n.border && <span className="badge">{t('page.border')}</span>}
      </>
    );
  } else if (n.__typename === 'Organization') {
    meta = (
      <>
        <span className="badge">{t(`kind.${n.kind}`, { ns: 'common' })}</span>
        {n.status === 'DISSOLVED' && <span className="badge badge-danger">{t('orgStatus.DISSOLVED', { ns: 'common' })}</span>}
      </>
    );
  } else if (n.__typename === 'Person') {
    const facts = [
      n.gender ? t(`gender.${n.gender}`, { ns: 'common' }) : null,
      n.birthDate ? t('page.born', { year: n.birthDate.slice(0, 4) }) : null,
      t(`political.${n.politicalStatus}`, { ns: 'common' }),
    ].filter(Boolean);
    meta = <span className="search-facts">{facts.join(' · ')}</span>;
  }
  return (
    <li className="search-hit">
      <div className="search-hit-name">
        <Link to={hitPath(hit.type, n.id)} className="search-hit-title">
          {hit.title}
        </Link>
        {latin && <span className="search-hit-latin">{latin}</span>}
      </div>
      <div className="search-hit-meta">{meta}</div>
      {place && <div className="search-hit-place">{place}</div>}
    </li>
  );
}

/** Previous / next over the hits of one type, kept in the URL as ?page=. */
function PageNav({ page, pages, onPage }: { page: number; pages: number; onPage: (p: number) => void }) {
  const { t } = useTranslation(['search', 'common']);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label', { ns: 'common' })}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← {t('pager.previous', { ns: 'common' })}
      </button>
      <span className="pager-count">{t('page.pageOf', { page, pages })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pager.next', { ns: 'common' })} →
      </button>
    </nav>
  );
}

type Groups = Record<SearchType, SearchPageHitFragment[]>;

/** Builds links to this page with some parameters changed (null removes one). */
function useParamLinks() {
  const [params, setParams] = useSearchParams();
  const withParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    return next;
  };
  const typeHref = (x: SearchType | null) => `/search?${withParams({ type: x?.toLowerCase() ?? null, page: null }).toString()}`;
  return { params, setParams, withParams, typeHref };
}

/** The query, editable: a new search keeps the type filter and starts at page 1. */
function SearchForm({ q }: { q: string }) {
  const { t } = useTranslation('search');
  const { setParams, withParams } = useParamLinks();
  const inputId = useId();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    setParams(withParams({ q: value, page: null }));
  };
  return (
    <form role="search" className="search-form" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('box.label')}
      </label>
      <input
        key={q}
        id={inputId}
        name="q"
        type="search"
        defaultValue={q}
        placeholder={t('box.placeholderLarge')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      <button type="submit" className="button button-primary">
        {t('box.submit')}
      </button>
    </form>
  );
}

function TypeTabs({ groups, type, totalLabel }: { groups: Groups; type: SearchType | null; totalLabel: string }) {
  const { t } = useTranslation(['search', 'common']);
  const { typeHref } = useParamLinks();
  return (
    <nav className="search-tabs" aria-label={t('page.filterLabel')}>
      <ul>
        {[null, ...TYPES].map((x) => (
          <li key={x ?? 'all'}>
            <Link to={typeHref(x)} aria-current={x === type ? 'page' : undefined} className="search-tab">
              {x ? t(`searchType.${x}`, { ns: 'common' }) : t('page.all')}
              <span className="search-tab-count">{x ? countLabel(groups[x].length) : totalLabel}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The best hits of one type, with a link to all of them. */
function GroupPreview({ type, hits }: { type: SearchType; hits: SearchPageHitFragment[] }) {
  const { t } = useTranslation(['search', 'common']);
  const { typeHref } = useParamLinks();
  const headingId = useId();
  return (
    <section className="card search-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`searchType.${type}`, { ns: 'common' })} <span className="search-tab-count">{countLabel(hits.length)}</span>
      </h2>
      <ol className="search-hits">
        {hits.slice(0, PREVIEW).map((hit) => (
          <HitRow key={hit.node.id} hit={hit} />
        ))}
      </ol>
      {hits.length > PREVIEW && (
        <Link to={typeHref(type)} className="search-more">
          {t(`page.showAll.${type}`, { n: countLabel(hits.length) })} →
        </Link>
      )}
    </section>
  );
}

/** Every hit of one type, a page at a time. */
function TypeList({ type, hits }: { type: SearchType; hits: SearchPageHitFragment[] }) {
  const { t } = useTranslation(['search', 'common']);
  const { params, setParams, withParams } = useParamLinks();
  const rangeId = useId();
  const topRef = useRef<HTMLParagraphElement>(null);
  const pages = Math.ceil(hits.length / PAGE_SIZE);
  const asked = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const page = Math.min(asked, pages);
  const from = (page - 1) * PAGE_SIZE;
  const shown = hits.slice(from, from + PAGE_SIZE);
  return (
    <section className="card search-group" aria-labelledby={rangeId}>
      <p className="search-range" id={rangeId} ref={topRef} tabIndex={-1}>
        {t('page.range', { from: from + 1, to: from + shown.length, n: countLabel(hits.length), type: t(`searchType.${type}`, { ns: 'common' }) })}
      </p>
      <ol className="search-hits" start={from + 1}>
        {shown.map((hit) => (
          <HitRow key={hit.node.id} hit={hit} />
        ))}
      </ol>
      <PageNav
        page={page}
        pages={pages}
        onPage={(p) => {
          setParams(withParams({ page: p > 1 ? String(p) : null }));
          // The new page starts at the top of the list, for the eye and for screen readers.
          topRef.current?.focus();
          topRef.current?.scrollIntoView?.({ block: 'start' });
        }}
      />
    </section>
  );
}

function Results({ q, type, groups }: { q: string; type: SearchType | null; groups: Groups }) {
  const { t } = useTranslation(['search', 'common']);
  const total = TYPES.reduce((n, x) => n + groups[x].length, 0);
  const capped = TYPES.some((x) => groups[x].length >= MAX_HITS);
  const totalLabel = capped ? `${total}+` : String(total);

  if (total === 0) {
    return (
      <>
        <Empty title={t('page.none', { q })} hint={t('page.hint')} />
        <ExampleChips label={t('home.try')} />
      </>
    );
  }
  let list: ReactNode;
  if (!type) {
    list = TYPES.filter((x) => groups[x].length > 0).map((x) => <GroupPreview key={x} type={x} hits={groups[x]} />);
  } else if (groups[type].length === 0) {
    list = <Empty title={t(`page.noneOfType.${type}`, { q })} hint={t('page.otherTypes', { count: total, n: totalLabel })} />;
  } else {
    list = <TypeList type={type} hits={groups[type]} />;
  }
  return (
    <>
      <TypeTabs groups={groups} type={type} totalLabel={totalLabel} />
      {list}
      {capped && <p className="muted search-capped">{t('page.capped', { max: MAX_HITS })}</p>}
    </>
  );
}

export default function SearchPage() {
  const { t } = useTranslation(['search', 'common']);
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const type = parseType(params.get('type'));

  const [result, reexecute] = useQuery({ query: SearchPageQuery, variables: { q }, pause: q === '' });
  // urql keeps the previous answer while the next one loads: only an answer
  // to this query counts.
  const answered = result.operation?.variables.q === q && !result.fetching;
  const data = answered ? result.data : undefined;

  let body: ReactNode;
  if (!q) {
    body = (
      <>
        <Empty title={t('page.emptyTitle')} hint={t('page.hint')} />
        <ExampleChips label={t('home.try')} />
      </>
    );
  } else if (result.error && answered) {
    body = <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (!data) {
    body = <Loading label={t('page.searching', { q })} />;
  } else {
    body = <Results q={q} type={type} groups={{ REGION: data.regions, ORGANIZATION: data.organizations, PERSON: data.people }} />;
  }

  return (
    <section className="page search-page">
      <div className="search-head">
        <h1>{q ? t('page.titleFor', { q }) : t('page.title')}</h1>
        <SearchForm q={q} />
      </div>
      {body}
    </section>
  );
}
