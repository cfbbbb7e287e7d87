import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useClient, useMutation, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OrganizationStatus, UpdateOrganizationInput } from '../../gql/graphql';
import { errorMessage } from '../../components/Status';
import { loginHref } from '../../app/AccountMenu';
import { OrganizationPageQueryDoc } from './pageQuery';

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, version: $version, input: $input) {
      id
      version
      name
      nameLatin
      status
      foundedOn
      dissolvedOn
      creditCode
      industry
      twinningCapacity
      viewerCanEdit
    }
  }
`);

/** What the form edits, as the page read it. */
export interface EditableOrg {
  id: string;
  version: number;
  name: string;
  nameLatin: string | null;
  status: OrganizationStatus;
  foundedOn: string | null;
  dissolvedOn: string | null;
  creditCode: string | null;
  industry: string | null;
  twinningCapacity: number | null;
}

const FIELDS = ['name', 'nameLatin', 'status', 'industry', 'creditCode', 'foundedOn', 'dissolvedOn', 'twinningCapacity'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/** The fields that can be emptied, with the input flag that empties each. */
const CLEAR = {
  nameLatin: 'clearNameLatin',
  industry: 'clearIndustry',
  creditCode: 'clearCreditCode',
  foundedOn: 'clearFoundedOn',
  dissolvedOn: 'clearDissolvedOn',
  twinningCapacity: 'clearTwinningCapacity',
} as const satisfies Partial<Record<Field, keyof UpdateOrganizationInput>>;

function valuesOf(org: EditableOrg): Values {
  return {
    name: org.name,
    nameLatin: org.nameLatin ?? '',
    status: org.status,
    industry: org.industry ?? '',
    creditCode: org.creditCode ?? '',
    foundedOn: org.foundedOn ?? '',
    dissolvedOn: org.dissolvedOn ?? '',
    twinningCapacity: org.twinningCapacity == null ? '' : String(org.twinningCapacity),
  };
}

/**
 * Only what changed: a field emptied is cleared (clearX), one left as it was
 * is not sent, so that saving changes nothing else and the history shows
 * exactly the edit.
 */
export function changesOf(org: EditableOrg, v: Values): UpdateOrganizationInput {
  const was = valuesOf(org);
  const input: UpdateOrganizationInput = {};
  for (const f of FIELDS) {
    const now = v[f].trim();
    if (now === was[f]) continue;
    if (now === '' && f in CLEAR) {
      input[CLEAR[f as keyof typeof CLEAR]] = true;
      continue;
    }
    if (f === 'twinningCapacity') input.twinningCapacity = Number(now);
    else if (f === 'status') input.status = now as OrganizationStatus;
    else input[f] = now;
  }
  return input;
}

/** The form field an API error names: a clearX flag is its field's. */
function fieldOf(name: unknown): Field | undefined {
  if (typeof name !== 'string') return undefined;
  const cleared = Object.entries(CLEAR).find(([, flag]) => flag === name)?.[0];
  return FIELDS.find((f) => f === (cleared ?? name));
}

type Failure =
  | { kind: 'field'; field: Field; message: string }
  | { kind: 'conflict' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'signedOut' }
  | { kind: 'other'; error: CombinedError };

function failureOf(error: CombinedError): Failure {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (code === 'CONFLICT' && (first.extensions?.field === 'version' || first.extensions?.field == null)) return { kind: 'conflict' };
  if (code === 'FORBIDDEN') return { kind: 'forbidden', message: first.message };
  if (code === 'UNAUTHENTICATED' || error.response?.status === 401) return { kind: 'signedOut' };
  const field = fieldOf(first?.extensions?.field);
  if (code === 'BAD_USER_INPUT' && field) {
    // The server starts its message with the field's name, which the form shows already.
    const prefix = `${String(first.extensions?.field)}: `;
    return { kind: 'field', field, message: first.message.startsWith(prefix) ? first.message.slice(prefix.length) : first.message };
  }
  return { kind: 'other', error };
}

/**
 * Changes an organization's own fields. Saving names the version the page
 * read: if someone changed the organization since, the server refuses
 * (CONFLICT) and the form offers to reload it. A refused value is marked on
 * its field. onDone is called with true once saved, false when cancelled.
 */
export function OrgEditForm({ org, onDone }: { org: EditableOrg; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(['organizations', 'account', 'common']);
  const client = useClient();
  const location = useLocation();
  const [values, setValues] = useState<Values>(() => valuesOf(org));
  const [state, update] = useMutation(UpdateOrganizationMutation);
  const [failure, setFailure] = useState<Failure>();
  const [nothing, setNothing] = useState(false);
  const [reloading, setReloading] = useState(false);
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (!failure) return;
    if (failure.kind === 'field') document.getElementById(`${id}-${failure.field}`)?.focus();
    else alert.current?.focus();
  }, [failure, id]);

  const set = (f: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [f]: e.target.value }));
    setNothing(false);
    if (failure?.kind === 'field' && failure.field === f) setFailure(undefined);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = changesOf(org, values);
    if (Object.keys(input).length === 0) {
      setNothing(true);
      return;
    }
    setFailure(undefined);
    const r = await update({ id: org.id, version: org.version, input });
    if (r.error) setFailure(failureOf(r.error));
    else onDone(true);
  };

  // The page's query read again from the server: the page shows the current
  // version, and this form (keyed by the version) starts afresh from it.
  const reload = async () => {
    setReloading(true);
    await client.query(OrganizationPageQueryDoc, { id: org.id }, { requestPolicy: 'network-only' }).toPromise();
    setReloading(false);
  };

  const fieldError = (f: Field) => (failure?.kind === 'field' && failure.field === f ? failure.message : undefined);
  const field = (f: Field, label: string, props: Record<string, unknown> = {}) => {
    const error = fieldError(f);
    return (
      <div className="form-field">
        <label htmlFor={`${id}-${f}`}>{label}</label>
        <input
          id={`${id}-${f}`}
          name={f}
          value={values[f]}
          onChange={set(f)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${f}-error` : undefined}
          {...props}
        />
        {error && (
          <p className="form-error" id={`${id}-${f}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="card ent-section org-edit" aria-labelledby={`${id}-title`}>
      <div className="ent-section-head">
        <h2 id={`${id}-title`}>{t('edit.title', { ns: 'account' })}</h2>
      </div>
      {failure && failure.kind !== 'field' && (
        <div className="status status-error" role="alert" tabIndex={-1} ref={alert}>
          {failure.kind === 'conflict' && (
            <>
              <strong>{t('edit.conflictTitle', { ns: 'account' })}</strong>
              <p>{t('edit.conflict', { ns: 'account' })}</p>
              <button type="button" className="button" disabled={reloading} onClick={() => void reload()}>
                {t('edit.reload', { ns: 'account' })}
              </button>
            </>
          )}
          {failure.kind === 'forbidden' && (
            <>
              <strong>{t('edit.forbiddenTitle', { ns: 'account' })}</strong>
              <p>{t('edit.forbidden', { ns: 'account' })}</p>
              <p className="muted">{failure.message}</p>
            </>
          )}
          {failure.kind === 'signedOut' && (
            <>
              <strong>{t('edit.failed', { ns: 'account' })}</strong>
              <p>{t('edit.signedOut', { ns: 'account' })}</p>
              <Link to={loginHref(location.pathname)}>{t('signIn', { ns: 'account' })}</Link>
            </>
          )}
          {failure.kind === 'other' && (
            <>
              <strong>{t('edit.failed', { ns: 'account' })}</strong>
              <p>{errorMessage(failure.error, t)}</p>
            </>
          )}
        </div>
      )}
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        {field('name', t('edit.name'), { ref: first, required: true, maxLength: 200 })}
        {field('nameLatin', t('edit.nameLatin'), { lang: 'zh-Latn' })}
        <div className="form-field">
          <label htmlFor={`${id}-status`}>{t('edit.status')}</label>
          <select id={`${id}-status`} name="status" value={values.status} onChange={set('status')}>
            {(['ACTIVE', 'DISSOLVED'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`orgStatus.${s}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </div>
        {field('industry', t('facts.industry'))}
        {field('creditCode', t('facts.creditCode'), { className: 'mono', spellCheck: false })}
        {field('foundedOn', t('facts.founded'), { type: 'date' })}
        {field('dissolvedOn', t('facts.dissolved'), { type: 'date' })}
        {field('twinningCapacity', t('facts.twinningCapacity'), { type: 'number', min: 0, step: 1, inputMode: 'numeric' })}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {state.fetching ? t('edit.saving', { ns: 'account' }) : t('edit.save', { ns: 'account' })}
          </button>
          <button type="button" className="button" onClick={() => onDone(false)}>
            {t('edit.cancel', { ns: 'account' })}
          </button>
        </div>
        {nothing && (
          <p className="muted" role="status">
            {t('edit.nothing', { ns: 'account' })}
          </p>
        )}
      </form>
    </section>
  );
}
