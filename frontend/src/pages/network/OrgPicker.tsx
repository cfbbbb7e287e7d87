import { useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { errorMessage } from '../../components/Status';
import { useCombobox } from '../../components/combobox';
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
  const combo = useCombobox();
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
  const expanded = combo.open && term.length > 0;

  const { inputProps, listboxProps, optionProps } = combo.bind({
    listId,
    optionId: (i) => `${id}-opt-${i}`,
    items: options,
    expanded,
    onPick: (o: Option) => {
      onPick({ id: o.id, name: o.name, nameLatin: o.nameLatin, kind: o.kind });
      setQ('');
    },
    // Escape with the list closed clears the text.
    onEscapeClosed: () => {
      if (!q) return false;
      setQ('');
      return true;
    },
  });
  return (
    <div className="network-picker">
      <label htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="network-picker-field">
        <input
          id={`${id}-input`}
          type="search"
          {...inputProps}
          placeholder={placeholder ?? t('picker.placeholder')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            combo.typed();
          }}
        />
        <ul {...listboxProps} aria-label={label} className="network-picker-list">
          {options.map((o, i) => (
            <li key={o.id} {...optionProps(o, i)}>
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
