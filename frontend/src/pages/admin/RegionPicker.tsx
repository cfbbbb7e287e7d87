import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useDebounced } from '../../lib/useDebounced';
import { errorMessage } from '../../components/Status';

export const RegionPickerQuery = graphql(`
  query RegionPicker($q: String!) {
    search(query: $q, types: [REGION], first: 10) {
      title
      subtitle
      node { __typename id }
    }
  }
`);

/** A scope: a region, or null for the whole province. */
export type Scope = { id: string; name: string } | null;

const DEBOUNCE_MS = 250;

/**
 * Chooses a coordinator's scope: the whole province, or one region found
 * by the search (name, pinyin or initials). error, when given, marks the
 * choice as refused. inputId names the control to focus on an error.
 */
export function RegionPicker({
  legend,
  hint,
  value,
  onChange,
  error,
  inputId,
}: {
  legend: string;
  hint?: string;
  value: Scope;
  onChange: (s: Scope) => void;
  error?: string;
  inputId: string;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const id = useId();
  const [one, setOne] = useState(value !== null);
  const [q, setQ] = useState('');
  const term = q.trim();
  const dq = useDebounced(term, DEBOUNCE_MS);
  const [res] = useQuery({ query: RegionPickerQuery, variables: { q: dq }, pause: !one || dq.length === 0 });
  const hits = dq === term && term ? (res.data?.search ?? []) : [];
  const searching = term.length > 0 && (dq !== term || res.fetching);
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="admin-fieldset" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <label className="admin-choice">
        <input
          type="radio"
          name={`${id}-scope`}
          id={one ? undefined : inputId}
          checked={!one}
          onChange={() => {
            setOne(false);
            onChange(null);
          }}
        />
        {t('region.whole')}
      </label>
      <label className="admin-choice">
        <input type="radio" name={`${id}-scope`} checked={one} onChange={() => setOne(true)} />
        {t('region.one')}
      </label>
      {one && (
        <>
          <p className="admin-hint" aria-live="polite">
            {value ? t('region.chosen', { name: value.name }) : t('region.nothingChosen')}
          </p>
          <div className="form-field">
            <label htmlFor={inputId}>{t('region.search')}</label>
            <input
              id={inputId}
              type="search"
              value={q}
              autoComplete="off"
              onChange={(e) => setQ(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-search-hint`}
            />
            <p className="muted admin-hint" id={`${id}-search-hint`}>
              {t('region.searchHint')}
            </p>
          </div>
          {searching && <p className="muted admin-hint">{t('region.searching')}</p>}
          {res.error && dq === term && term && <p className="form-error">{errorMessage(res.error, t)}</p>}
          {!searching && term && !res.error && hits.length === 0 && <p className="muted admin-hint">{t('region.none')}</p>}
          {hits.length > 0 && (
            <ul className="admin-options" aria-label={t('region.results')}>
              {hits.map((h) => (
                <li key={h.node.id}>
                  <button type="button" className="button" aria-pressed={value?.id === h.node.id} onClick={() => onChange({ id: h.node.id, name: h.title })}>
                    <span>{h.title}</span>
                    {h.subtitle && <span className="muted ent-sub">{h.subtitle}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {error && (
        <p className="form-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {hint && (
        <p className="muted admin-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
