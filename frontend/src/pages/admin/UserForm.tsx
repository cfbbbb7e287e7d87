import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateUserInput, UpdateUserInput, UserRole, UserRowFragment } from '../../gql/graphql';
import { RegionPicker, type Scope } from './RegionPicker';
import { WriteError, codeOf } from './Gate';

export const UserRow = graphql(`
  fragment UserRow on User {
    id
    username
    displayName
    role
    scopeRegion { id name }
    disabled
    version
    createdAt
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ...UserRow }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) { ...UserRow }
  }
`);

export const ROLES: readonly UserRole[] = ['ADMIN', 'COORDINATOR', 'ANALYST', 'VIEWER'];

type Field = 'username' | 'displayName' | 'role' | 'scope' | 'password' | 'disabled';

export interface UserValues {
  username: string;
  displayName: string;
  role: UserRole;
  scope: Scope;
  password: string;
  disabled: boolean;
}

function valuesOf(user?: UserRowFragment): UserValues {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? 'VIEWER',
    scope: user?.scopeRegion ? { id: user.scopeRegion.id, name: user.scopeRegion.name } : null,
    password: '',
    disabled: user?.disabled ?? false,
  };
}

/** A new account: the display name and scope only when given. */
export function newUserInput(v: UserValues): CreateUserInput {
  const input: CreateUserInput = { username: v.username.trim(), role: v.role, password: v.password };
  if (v.displayName.trim()) input.displayName = v.displayName.trim();
  if (v.scope) input.scopeRegionID = v.scope.id;
  return input;
}

/** Only what changed: a scope widened to the whole province is cleared (clearScope), a password left empty is kept. */
export function userChanges(user: UserRowFragment, v: UserValues): UpdateUserInput {
  const input: UpdateUserInput = {};
  if (v.displayName.trim() !== user.displayName) input.displayName = v.displayName.trim();
  if (v.role !== user.role) input.role = v.role;
  if ((v.scope?.id ?? null) !== (user.scopeRegion?.id ?? null)) {
    if (v.scope) input.scopeRegionID = v.scope.id;
    else input.clearScope = true;
  }
  if (v.password) input.password = v.password;
  if (v.disabled !== user.disabled) input.disabled = v.disabled;
  return input;
}

export type Failure =
  | { kind: 'field'; field: Field; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'lastAdmin'; message: string }
  | { kind: 'other'; error: CombinedError };

/** What a refused create or update means for the form. */
export function failureOf(error: CombinedError, t: (k: string) => string): Failure {
  const first = error.graphQLErrors[0];
  const code = codeOf(error);
  const field = first?.extensions?.field;
  const message = first?.message ?? '';
  const stripped = typeof field === 'string' && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  if (code === 'CONFLICT') {
    if (field === 'version' || field == null) return { kind: 'conflict', message };
    if (field === 'role') return { kind: 'lastAdmin', message: stripped };
    if (field === 'username') return { kind: 'field', field: 'username', message: `${t('users.taken')} (${stripped})` };
  }
  if (code === 'NOT_FOUND' && (field === 'scope' || field === 'scopeRegionID')) return { kind: 'field', field: 'scope', message: `${t('users.unknownRegion')} (${stripped})` };
  if (code === 'BAD_USER_INPUT') {
    const f = field === 'scopeRegionID' ? 'scope' : field;
    if (f === 'username' || f === 'displayName' || f === 'role' || f === 'password' || f === 'scope' || f === 'disabled') return { kind: 'field', field: f, message: stripped };
  }
  return { kind: 'other', error };
}

/**
 * Makes an account (no user given) or changes one at the version read.
 * A refused value is marked on its field; a stale version offers to reload
 * (onReload), and refusing to demote or disable the last working admin is
 * said as such. onDone gets what to announce once saved, or nothing when
 * cancelled.
 */
export function UserForm({ user, onDone, onReload }: { user?: UserRowFragment; onDone: (message?: string) => void; onReload?: () => void }) {
  const { t } = useTranslation(['admin', 'account']);
  const id = useId();
  const [values, setValues] = useState<UserValues>(() => valuesOf(user));
  const [created, create] = useMutation(CreateUserMutation);
  const [updated, update] = useMutation(UpdateUserMutation);
  const [failure, setFailure] = useState<Failure>();
  const [nothing, setNothing] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const busy = created.fetching || updated.fetching;

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (!failure) return;
    if (failure.kind === 'field') document.getElementById(`${id}-${failure.field}`)?.focus();
    else alert.current?.focus();
  }, [failure, id]);

  const set = <F extends keyof UserValues>(f: F, v: UserValues[F]) => {
    setValues((vs) => ({ ...vs, [f]: v }));
    setNothing(false);
    if (failure?.kind === 'field' && failure.field === f) setFailure(undefined);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(undefined);
    if (user) {
      const input = userChanges(user, values);
      if (Object.keys(input).length === 0) {
        setNothing(true);
        return;
      }
      const r = await update({ id: user.id, version: user.version, input });
      if (r.error) setFailure(failureOf(r.error, t));
      else onDone(t('users.saved', { username: user.username }));
    } else {
      const input = newUserInput(values);
      const r = await create({ input });
      if (r.error) setFailure(failureOf(r.error, t));
      else onDone(t('users.created', { username: r.data?.createUser.username ?? input.username }));
    }
  };

  const errorOf = (f: Field) => (failure?.kind === 'field' && failure.field === f ? failure.message : undefined);
  const describe = (f: Field, hint?: string) => [errorOf(f) ? `${id}-${f}-error` : '', hint ? `${id}-${f}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const field = (f: Field, label: string, control: ReactNode, hint?: string) => (
    <div className="form-field">
      <label htmlFor={`${id}-${f}`}>{label}</label>
      {control}
      {errorOf(f) && (
        <p className="form-error" id={`${id}-${f}-error`}>
          {errorOf(f)}
        </p>
      )}
      {hint && (
        <p className="muted admin-hint" id={`${id}-${f}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
  const text = (f: 'username' | 'displayName' | 'password', hint: string | undefined, props: Record<string, unknown> = {}) => (
    <input
      id={`${id}-${f}`}
      name={f}
      value={values[f]}
      onChange={(e) => set(f, e.target.value)}
      aria-invalid={errorOf(f) ? true : undefined}
      aria-describedby={describe(f, hint)}
      {...props}
    />
  );

  const title = user ? t('users.editTitle', { username: user.username }) : t('users.createTitle');
  const usernameHint = t('users.usernameHint');
  const displayHint = user ? undefined : t('users.displayNameHint');
  const passwordHint = user ? t('users.newPasswordHint') : t('users.passwordHint');

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {failure && failure.kind !== 'field' && (
        <div tabIndex={-1} ref={alert} className="admin-message">
          {failure.kind === 'conflict' && (
            <div className="status status-error" role="alert">
              <strong>{t('users.conflictTitle')}</strong>
              <p>{t('users.conflict')}</p>
              <p className="muted">{failure.message}</p>
              {onReload && (
                <button type="button" className="button" onClick={onReload}>
                  {t('users.reload')}
                </button>
              )}
            </div>
          )}
          {failure.kind === 'lastAdmin' && (
            <div className="status status-error" role="alert">
              <strong>{t('users.lastAdminTitle')}</strong>
              <p>{t('users.lastAdmin')}</p>
              <p className="muted">{t('gate.serverSaid', { message: failure.message })}</p>
            </div>
          )}
          {failure.kind === 'other' && <WriteError error={failure.error} />}
        </div>
      )}
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        {!user &&
          field(
            'username',
            t('users.username'),
            text('username', usernameHint, { ref: first, required: true, maxLength: 32, autoCapitalize: 'none', autoComplete: 'off', spellCheck: false }),
            usernameHint,
          )}
        {field('displayName', t('users.displayName'), text('displayName', displayHint, { ref: user ? first : undefined, maxLength: 100, required: !!user }), displayHint)}
        {field(
          'role',
          t('users.role'),
          <select
            id={`${id}-role`}
            name="role"
            value={values.role}
            onChange={(e) => set('role', e.target.value as UserRole)}
            aria-invalid={errorOf('role') || failure?.kind === 'lastAdmin' ? true : undefined}
            aria-describedby={describe('role')}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`, { ns: 'account' })}
              </option>
            ))}
          </select>,
        )}
        {field('password', user ? t('users.newPassword') : t('users.password'), text('password', passwordHint, { type: 'password', autoComplete: 'new-password', required: !user, maxLength: 128 }), passwordHint)}
        <div className="admin-wide">
          <RegionPicker legend={t('users.scope')} hint={t('users.scopeHint')} value={values.scope} onChange={(s) => set('scope', s)} error={errorOf('scope')} inputId={`${id}-scope`} />
        </div>
        {user && (
          <div className="form-field admin-wide">
            <label className="admin-choice" htmlFor={`${id}-disabled`}>
              <input
                id={`${id}-disabled`}
                type="checkbox"
                checked={values.disabled}
                onChange={(e) => set('disabled', e.target.checked)}
                aria-invalid={errorOf('disabled') || failure?.kind === 'lastAdmin' ? true : undefined}
              />
              {t('users.disabledField')}
            </label>
          </div>
        )}
        <div className="form-actions admin-wide">
          <button type="submit" className="button button-primary" disabled={busy}>
            {user ? (busy ? t('users.saving') : t('users.save')) : busy ? t('users.creating') : t('users.create')}
          </button>
          <button type="button" className="button" onClick={() => onDone()}>
            {t('cancel')}
          </button>
        </div>
        {nothing && (
          <p className="muted admin-wide" role="status">
            {t('nothing')}
          </p>
        )}
      </form>
    </section>
  );
}
