import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate, useLocation } from 'react-router';
import { useDebounced } from '../lib/useDebounced';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { SearchBoxQuery as SearchBoxResult, SearchType } from '../gql/graphql';
import { errorMessage } from './Status';
import './SearchBox.css';

/** How many hits of each type the type-ahead shows; the search page shows the rest. */
const PER_TYPE = 5;
const DEBOUNCE_MS = 150;

export const SearchBoxQuery = graphql(`
  query SearchBox($q: String!, $first: Int!) {
    regions: search(query: $q, types: [REGION], first: $first) { ...SearchBoxHit }
    organizations: search(query: $q, types: [ORGANIZATION], first: $first) { ...SearchBoxHit }
    people: search(query: $q, types: [PERSON], first: $first) { ...SearchBoxHit }
  }
  fragment SearchBoxHit on SearchHit {
    type
    title
    subtitle
    node {
      __typename
      id
      ... on Region { nameLatin level }
      ... on Organization { nameLatin kind }
      ... on Person { nameLatin }
    }
  }
`);

type Hit = SearchBoxResult['regions'][number];

/** Where a search hit opens in the app. */
export function hitPath(type: SearchType, id: string): string {
  const base = type === 'REGION' ? '/regions' : type === 'ORGANIZATION' ? '/organizations' : '/people';
  return `${base}/${encodeURIComponent(id)}`;
}

/** The search page for a query, over all types. */
export function searchPath(q: string): string {
  return `/search?${new URLSearchParams({ q }).toString()}`;
}

/**
 * Organization subtitles end with " · <kind in Chinese>"; the box shows the
 * kind as a translated badge instead, so the suffix is dropped.
 */
export function hitPlace(hit: { subtitle?: string | null; node: { __typename?: string } }): string {
  const s = hit.subtitle ?? '';
  if (hit.node.__typename !== 'Organization') return s;
  const i = s.lastIndexOf(' · ');
  return i >= 0 ? s.slice(0, i) : s;
}

type Option = { kind: 'hit'; hit: Hit; href: string } | { kind: 'all'; href: string };

/** One suggestion: a hit (name, pinyin, level or kind, place), or "all results". */
function OptionRow({
  option,
  id,
  selected,
  allLabel,
  onHover,
  onChoose,
}: {
  option: Option;
  id: string;
  selected: boolean;
  allLabel: string;
  onHover: () => void;
  onChoose: (newTab: boolean) => void;
}) {
  const { t } = useTranslation('common');
  const props = {
    id,
    role: 'option' as const,
    'aria-selected': selected,
    className: `sbox-option${selected ? ' is-active' : ''}${option.kind === 'all' ? ' sbox-all' : ''}`,
    onMouseMove: selected ? undefined : onHover,
    onClick: (e: MouseEvent) => onChoose(e.ctrlKey || e.metaKey),
  };
  if (option.kind === 'all') {
    return (
      <div {...props}>
        {allLabel} <span aria-hidden="true">→</span>
      </div>
    );
  }
  const { hit } = option;
  const node = hit.node;
  const badge = node.__typename === 'Region' ? t(`level.${node.level}`) : node.__typename === 'Organization' ? t(`kind.${node.kind}`) : null;
  const latin = 'nameLatin' in node ? node.nameLatin : null;
  const place = hitPlace(hit);
  return (
    <div {...props}>
      <span className="sbox-line">
        <span className="sbox-title">{hit.title}</span>
        {latin && <span className="sbox-latin">{latin}</span>}
        {badge && <span className="sbox-badge">{badge}</span>}
      </span>
      {place && <span className="sbox-sub">{place}</span>}
    </div>
  );
}

/**
 * Type-ahead search over regions, organizations and people, following the
 * WAI-ARIA combobox pattern: focus stays in the input, the active option is
 * named by aria-activedescendant.
 */
export function SearchBox({ variant }: { variant: 'compact' | 'large' }) {
  const { t } = useTranslation(['search', 'common']);
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const uid = useId();
  const listId = `${uid}-list`;
  const rootRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = text.trim();
  const q = useDebounced(typed, DEBOUNCE_MS);

  const [result, reexecute] = useQuery({ query: SearchBoxQuery, variables: { q, first: PER_TYPE }, pause: q === '' });
  // urql keeps the previous data while the next query runs; it is only the
  // answer to what is typed when its operation carries the same query.
  const answered = result.operation?.variables.q === q && !result.fetching;
  const current = answered && q === typed;
  const pending = typed !== '' && !current;
  const data = typed !== '' ? result.data : undefined;

  const groups = useMemo(
    () =>
      data
        ? ([
            ['REGION', data.regions],
            ['ORGANIZATION', data.organizations],
            ['PERSON', data.people],
          ] as const).filter(([, hits]) => hits.length > 0)
        : [],
    [data],
  );
  const options = useMemo<Option[]>(() => {
    const hits: Option[] = groups.flatMap(([, list]) => list.map((hit) => ({ kind: 'hit' as const, hit, href: hitPath(hit.type, hit.node.id) })));
    return hits.length > 0 ? [...hits, { kind: 'all', href: searchPath(typed) }] : hits;
  }, [groups, typed]);
  const total = groups.reduce((n, [, list]) => n + list.length, 0);

  // A new query or new answers start with nothing highlighted, so that Enter
  // means "search for what I typed" until an option is chosen.
  useEffect(() => setActive(-1), [typed, data]);

  // Keep the option moved to with the keyboard in view inside the scrolling list.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${uid}-opt-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, uid]);

  // Navigating elsewhere (the box in the header stays mounted) closes the list.
  useEffect(() => setOpen(false), [location.pathname, location.search]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // "/" focuses the header's box from anywhere but a text field.
  useEffect(() => {
    if (variant !== 'compact') return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [variant]);

  const go = (href: string, newTab = false) => {
    if (newTab) {
      window.open(href, '_blank', 'noopener');
      return;
    }
    setOpen(false);
    setText('');
    inputRef.current?.blur();
    void navigate(href);
  };

  const showPopup = open && typed !== '';
  const optionId = (i: number) => `${uid}-opt-${i}`;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys pressed while an input method is composing belong to it (Enter
    // picks a candidate, arrows move between candidates).
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const n = options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!showPopup) {
          setOpen(typed !== '');
          return;
        }
        if (n === 0) return;
        const down = e.key === 'ArrowDown';
        setActive((i) => (i < 0 ? (down ? 0 : n - 1) : (i + (down ? 1 : -1) + n) % n));
        return;
      }
      case 'Home':
      case 'End':
        if (!showPopup || n === 0) return;
        e.preventDefault();
        setActive(e.key === 'Home' ? 0 : n - 1);
        return;
      case 'Enter':
        e.preventDefault();
        if (showPopup && active >= 0 && active < n) go(options[active].href);
        else if (typed) go(searchPath(typed));
        return;
      case 'Escape':
        if (showPopup) {
          e.preventDefault();
          setOpen(false);
        } else if (text) {
          e.preventDefault();
          setText('');
        }
        return;
      case 'Tab':
        // An error's retry button is the one thing in the list to tab to.
        if (!(result.error && answered)) setOpen(false);
        return;
    }
  };

  const status = (() => {
    if (!showPopup) return null;
    if (result.error && answered) {
      return (
        <div className="sbox-status sbox-error" role="alert">
          <span>{errorMessage(result.error, tCommon)}</span>
          <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('status.retry', { ns: 'common' })}
          </button>
        </div>
      );
    }
    if (pending && total === 0) {
      return (
        <div className="sbox-status sbox-loading">
          <span className="sbox-spinner" aria-hidden="true" />
          {t('box.searching')}
        </div>
      );
    }
    if (current && total === 0) {
      return (
        <div className="sbox-status sbox-empty">
          <strong>{t('box.noResults', { q: typed })}</strong>
          <span>{t('box.hint')}</span>
        </div>
      );
    }
    return null;
  })();

  const renderOption = (o: Option, i: number) => (
    <OptionRow
      key={o.kind === 'all' ? 'all' : `${o.hit.type}-${o.hit.node.id}`}
      option={o}
      id={optionId(i)}
      selected={i === active}
      allLabel={t('box.seeAll', { q: typed })}
      onHover={() => setActive(i)}
      onChoose={(newTab) => go(o.href, newTab)}
    />
  );

  // Options are numbered across groups, in the order the arrow keys visit them.
  let offset = 0;
  const rendered = groups.map(([type, hits]) => {
    const start = offset;
    offset += hits.length;
    return (
      <div key={type} role="group" aria-labelledby={`${uid}-${type}`} className="sbox-group">
        <div role="presentation" id={`${uid}-${type}`} className="sbox-heading">
          {t(`searchType.${type}`, { ns: 'common' })}
        </div>
        {hits.map((_, j) => renderOption(options[start + j], start + j))}
      </div>
    );
  });

  const announce = current && typed ? (total === 0 ? t('box.noResults', { q: typed }) : t('box.announce', { count: total })) : '';

  return (
    <form
      ref={rootRef}
      role="search"
      className={`sbox sbox-${variant}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (typed) go(searchPath(typed));
      }}
      onBlur={(e) => {
        if (!rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <div className="sbox-row">
        <div className="sbox-field">
          <svg className="sbox-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            ref={inputRef}
            type="search"
            role="combobox"
            className="sbox-input"
            aria-label={t('box.label')}
            aria-expanded={showPopup}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={showPopup && active >= 0 ? optionId(active) : undefined}
            aria-keyshortcuts={variant === 'compact' ? '/' : undefined}
            placeholder={variant === 'large' ? t('box.placeholderLarge') : t('box.placeholder')}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            // The home page exists to search: the box takes focus there.
            autoFocus={variant === 'large'}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onKeyDown={onKeyDown}
          />
          {variant === 'compact' && !text && (
            <kbd className="sbox-kbd" aria-hidden="true">
              /
            </kbd>
          )}
          {/* Pressing the mouse in the list must not take focus from the input. */}
          <div className="sbox-popup" hidden={!showPopup} onMouseDown={(e) => e.preventDefault()}>
            {status}
            <div
              id={listId}
              role="listbox"
              aria-label={t('box.results')}
              aria-busy={pending}
              className="sbox-list"
            >
              {showPopup && rendered}
              {showPopup && total > 0 && renderOption(options[total], total)}
            </div>
          </div>
        </div>
        {variant === 'large' && (
          <button type="submit" className="button button-primary sbox-submit">
            {t('box.submit')}
          </button>
        )}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </div>
    </form>
  );
}
