import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SearchType } from '../../gql/graphql';
import { useDebounced } from '../../lib/useDebounced';
import { errorMessage } from '../Status';
import { useCombobox } from '../combobox';
import type { EditForm } from './form';

export const EntityPickerSearch = graphql(`
  query EntityPickerSearch($q: String!, $types: [SearchType!], $first: Int!) {
    search(query: $q, types: $types, first: $first) {
      title
      subtitle
      node {
        __typename
        id
      }
    }
  }
`);

/** A record chosen in a picker: its ID, its name and where it is (to tell namesakes apart). */
export interface Picked {
  id: string;
  name: string;
  sub?: string | null;
}

export const PICKER_HITS = 8;
const DEBOUNCE_MS = 200;

/**
 * A form field holding the ID of a person, organization or region, found
 * by name, pinyin or initials through the search API (a WAI-ARIA combobox:
 * arrows move through the hits, Enter picks one, Escape closes the list).
 * The form's value is the ID; picked is what it shows. Typing again
 * forgets the choice.
 */
export function EntityPicker<F extends string>({
  form,
  name,
  label,
  type,
  picked,
  onPick,
  exclude = [],
  required,
  hint,
}: {
  form: EditForm<F>;
  name: F;
  label: string;
  type: SearchType;
  picked: Picked | null;
  onPick: (p: Picked | null) => void;
  exclude?: readonly string[];
  required?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation(['forms', 'common']);
  const id = form.inputId(name);
  const listId = `${useId()}-list`;
  const [q, setQ] = useState(picked?.name ?? '');
  const combo = useCombobox();
  const term = q.trim();
  const dq = useDebounced(term, DEBOUNCE_MS);
  const searching = combo.open && term.length > 0 && !(picked && picked.name === q);
  const [{ data, fetching, error }] = useQuery({
    query: EntityPickerSearch,
    variables: { q: dq, types: [type], first: PICKER_HITS },
    pause: !searching || dq.length === 0,
  });
  const hits =
    dq === term && searching
      ? (data?.search ?? []).filter((h) => !exclude.includes(h.node.id)).map((h) => ({ id: h.node.id, name: h.title, sub: h.subtitle }))
      : [];
  const expanded = searching;
  const fieldError = form.fieldError(name);
  const described = [fieldError && `${id}-error`, (picked?.sub || hint) && `${id}-hint`].filter(Boolean).join(' ');

  const { inputProps, listboxProps, optionProps } = combo.bind({
    listId,
    optionId: (i) => `${listId}-${i}`,
    items: hits,
    expanded,
    onPick: (p: Picked) => {
      onPick(p);
      form.set(name, p.id);
      setQ(p.name);
    },
    // Enter with the list open never submits the form.
    swallowEnter: true,
  });

  const status = error && dq === term ? errorMessage(error, t) : dq !== term || fetching ? t('picker.searching') : t('picker.none', { q: term });
  return (
    <div className="form-field edit-picker">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        {...inputProps}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={described || undefined}
        aria-required={required || undefined}
        placeholder={t('picker.placeholder')}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          combo.typed();
          if (picked) {
            onPick(null);
            form.set(name, '');
          }
        }}
      />
      <ul {...listboxProps} aria-label={label} className="edit-picker-list">
        {hits.map((h, i) => (
          <li key={h.id} {...optionProps(h, i)}>
            <span>{h.name}</span>
            {h.sub && <span className="edit-picker-sub">{h.sub}</span>}
          </li>
        ))}
        {hits.length === 0 && expanded && (
          <li className="edit-picker-status" role="presentation">
            {status}
          </li>
        )}
      </ul>
      {picked && picked.sub && (
        <p className="muted edit-hint" id={`${id}-hint`}>
          {picked.sub}
        </p>
      )}
      {!picked?.sub && hint && (
        <p className="muted edit-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {fieldError && (
        <p className="form-error" id={`${id}-error`}>
          {fieldError}
        </p>
      )}
    </div>
  );
}
