import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { errorMessage } from '../../components/Status';
import { useDebounced } from '../../lib/useDebounced';
import { KIND_COLORS } from './colors';
import { NetworkOrgSearchQuery } from './queries';

export interface PickedOrg {
  id: string;
  name: string;
  nameLatin: string | null;
  kind: OrganizationKind;
}

interface Option extends PickedOrg {
  /** Where it is (region path and kind), from the search. */
  subtitle: string | null;
  inView: boolean;
}

const DEBOUNCE_MS = 250;
const LOCAL_LIMIT = 5;

/**
 * A combobox that finds an organization by name, pinyin or initials: first
 * among the organizations on screen (`local`), then through the search API.
 */
export function OrgPicker({
  label,
  placeholder,
  onPick,
  local = [],
  exclude = [],
}: {
  label: string;
  placeholder?: string;
  onPick: (org: PickedOrg) => void;
  local?: readonly PickedOrg[];
  exclude?: readonly string[];
}) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const id = useId();
  const listId = `${id}-list`;
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = q.trim();
  const dq = useDebounced(term, DEBOUNCE_MS);
  const [{ data, fetching, error }] = useQuery({ query: NetworkOrgSearchQuery, variables: { q: dq }, pause: dq.length === 0 });

  const options = useMemo<Option[]>(() => {
    if (!term) return [];
    const excluded = new Set(exclude);
    const needle = term.toLowerCase();
    const near: Option[] = local
      .filter((o) => !excluded.has(o.id) && (o.name.toLowerCase().includes(needle) || (o.nameLatin ?? '').toLowerCase().includes(needle)))
      .slice(0, LOCAL_LIMIT)
      .map((o) => ({ ...o, subtitle: null, inView: true }));
    const seen = new Set([...excluded, ...near.map((o) => o.id)]);
    const far: Option[] = [];
    if (dq === term) {
      for (const hit of data?.search ?? []) {
        const n = hit.node;
        if (n.__typename !== 'Organization' || seen.has(n.id)) continue;
        seen.add(n.id);
        far.push({ id: n.id, name: n.name, nameLatin: n.nameLatin, kind: n.kind, subtitle: hit.subtitle, inView: false });
      }
    }
    return [...near, ...far];
  }, [term, dq, data, local, exclude]);

  const searching = term.length > 0 && (dq !== term || fetching);
  const expanded = open && term.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  const pick = (o: Option) => {
    onPick({ id: o.id, name: o.name, nameLatin: o.nameLatin, kind: o.kind });
    setQ('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (!options.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      if (expanded && options[activeIndex]) {
        e.preventDefault();
        pick(options[activeIndex]);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
      } else if (q) {
        e.preventDefault();
        setQ('');
      }
    }
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="network-picker">
      <label htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="network-picker-field">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && options[activeIndex] ? optionId(activeIndex) : undefined}
          placeholder={placeholder ?? t('picker.placeholder')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={label} className="network-picker-list" hidden={!expanded}>
          {options.map((o, i) => (
            <li
              key={o.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="network-dot" style={{ background: KIND_COLORS[o.kind] }} aria-hidden="true" />
              <span className="network-picker-text">
                <span className="network-picker-name">
                  {o.name}
                  {o.inView && <span className="badge network-inview">{t('picker.inView')}</span>}
                </span>
                <span className="network-picker-sub">
                  {o.subtitle ?? [tc(`kind.${o.kind}`), o.nameLatin].filter(Boolean).join(' · ')}
                </span>
              </span>
            </li>
          ))}
          {options.length === 0 && (
            <li className="network-picker-status" role="presentation">
              {error && dq === term ? errorMessage(error, tc) : searching ? t('picker.searching') : t('picker.none', { q: term })}
            </li>
          )}
          {options.length > 0 && searching && (
            <li className="network-picker-status" role="presentation">
              {t('picker.searching')}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
