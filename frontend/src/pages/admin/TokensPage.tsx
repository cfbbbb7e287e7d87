import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ApiTokenRowFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { formatTime } from '../../components/History';
import { Empty, Loading } from '../../components/Status';
import { Table, type Column } from '../../components/Table';
import { Gate, PageTitle, ReadError, WriteError, codeOf } from './Gate';

export const ApiTokenRow = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    role
    scopeRegion { id name }
    createdAt
    expiresOn
    revokedAt
    lastUsedAt
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens { ...ApiTokenRow }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!, $expiresOn: Date) {
    createApiToken(name: $name, expiresOn: $expiresOn) {
      secret
      token { ...ApiTokenRow }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { ...ApiTokenRow }
  }
`);

/** A day as YYYY-MM-DD, in local time. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The day after today (local), the earliest expiry the server takes. */
export function tomorrow(now = new Date()): string {
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
}

type TokenState = 'working' | 'revoked' | 'expired';

/** Whether a token works: revoked, past its expiry (the first day it no longer works), or working. */
export function tokenState(token: Pick<ApiTokenRowFragment, 'revokedAt' | 'expiresOn'>, today = localDay(new Date())): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresOn && token.expiresOn <= today) return 'expired';
  return 'working';
}

/** A refused name or expiry, on its field; the server starts its message with the field's name. */
function fieldFailure(error: CombinedError): { field: 'name' | 'expiresOn'; message: string } | undefined {
  const first = error.graphQLErrors[0];
  const field = first?.extensions?.field;
  if (codeOf(error) !== 'BAD_USER_INPUT' || (field !== 'name' && field !== 'expiresOn')) return undefined;
  const prefix = `${field}: `;
  return { field, message: first.message.startsWith(prefix) ? first.message.slice(prefix.length) : first.message };
}

/**
 * The secret of a token just made, shown this once: with a copy button (the
 * clipboard, or else the text selected for the user to copy) and a warning
 * that it cannot be shown again. Done forgets it.
 */
function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'manual'>();
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret);
      setCopied('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopied('manual');
    }
  };

  return (
    <section className="card admin-secret" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t('tokens.secretTitle', { name })}
      </h2>
      <p className="admin-warning">
        <strong>{t('tokens.secretWarning')}</strong>
      </p>
      <div className="form-field">
        <label htmlFor={`${id}-secret`}>{t('tokens.secret')}</label>
        <div className="admin-secret-row">
          <input id={`${id}-secret`} ref={input} className="mono" readOnly value={secret} spellCheck={false} autoComplete="off" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button" onClick={() => void copy()}>
            {t('tokens.copy')}
          </button>
        </div>
      </div>
      <p className="muted" role="status">
        {copied === 'copied' ? t('tokens.copied') : copied === 'manual' ? t('tokens.copyManually') : ''}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('tokens.secretDone')}
        </button>
      </div>
    </section>
  );
}

function CreateForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const [state, create] = useMutation(CreateApiTokenMutation);
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [failure, setFailure] = useState<{ field?: 'name' | 'expiresOn'; message?: string; error?: CombinedError }>();
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failure?.field) document.getElementById(`${id}-${failure.field}`)?.focus();
    else if (failure) alert.current?.focus();
  }, [failure, id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(undefined);
    const r = await create(expiresOn ? { name: name.trim(), expiresOn } : { name: name.trim() });
    if (r.error) {
      setFailure(fieldFailure(r.error) ?? { error: r.error });
      return;
    }
    if (r.data) {
      setName('');
      setExpiresOn('');
      onCreated(r.data.createApiToken.token.name, r.data.createApiToken.secret);
    }
  };

  const error = (f: 'name' | 'expiresOn') => (failure?.field === f ? failure.message : undefined);
  const described = (f: 'name' | 'expiresOn') => [error(f) ? `${id}-${f}-error` : '', `${id}-${f}-hint`].filter(Boolean).join(' ');

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tokens.createTitle')}</h2>
      {failure?.error && (
        <div tabIndex={-1} ref={alert}>
          <WriteError error={failure.error} />
        </div>
      )}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-name`}>{t('tokens.name')}</label>
          <input
            id={`${id}-name`}
            name="name"
            value={name}
            required
            maxLength={64}
            autoComplete="off"
            onChange={(e) => {
              setName(e.target.value);
              if (failure?.field === 'name') setFailure(undefined);
            }}
            aria-invalid={error('name') ? true : undefined}
            aria-describedby={described('name')}
          />
          {error('name') && (
            <p className="form-error" id={`${id}-name-error`}>
              {error('name')}
            </p>
          )}
          <p className="muted admin-hint" id={`${id}-name-hint`}>
            {t('tokens.nameHint')}
          </p>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-expiresOn`}>{t('tokens.expiresOn')}</label>
          <input
            id={`${id}-expiresOn`}
            name="expiresOn"
            type="date"
            min={tomorrow()}
            value={expiresOn}
            onChange={(e) => {
              setExpiresOn(e.target.value);
              if (failure?.field === 'expiresOn') setFailure(undefined);
            }}
            aria-invalid={error('expiresOn') ? true : undefined}
            aria-describedby={described('expiresOn')}
          />
          {error('expiresOn') && (
            <p className="form-error" id={`${id}-expiresOn-error`}>
              {error('expiresOn')}
            </p>
          )}
          <p className="muted admin-hint" id={`${id}-expiresOn-hint`}>
            {t('tokens.expiresHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {state.fetching ? t('tokens.creating') : t('tokens.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Tokens() {
  const { t, i18n } = useTranslation(['admin', 'account']);
  const lng = i18n.language;
  const id = useId();
  const [res, reexecute] = useQuery({ query: ApiTokensQuery });
  const [revoking, revoke] = useMutation(RevokeApiTokenMutation);
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const [confirming, setConfirming] = useState<string>();
  const [revoked, setRevoked] = useState<string>();
  const [revokeError, setRevokeError] = useState<CombinedError>();
  const message = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (revoked || revokeError) message.current?.focus();
  }, [revoked, revokeError]);

  const cancel = (tokenId: string) => {
    setConfirming(undefined);
    // Back to the button that asked.
    setTimeout(() => document.getElementById(`${id}-revoke-${tokenId}`)?.focus(), 0);
  };

  const doRevoke = async (token: ApiTokenRowFragment) => {
    setRevoked(undefined);
    setRevokeError(undefined);
    const r = await revoke({ id: token.id });
    setConfirming(undefined);
    if (r.error) setRevokeError(r.error);
    else setRevoked(token.name);
    refetch();
  };

  const scopeOf = (tk: ApiTokenRowFragment) => tk.scopeRegion?.name ?? t('scopeAll');
  const columns: Column<ApiTokenRowFragment>[] = [
    { title: t('tokens.col.name'), rowHeader: true, cell: (tk) => tk.name },
    { title: t('tokens.col.role'), cell: (tk) => t(`role.${tk.role}`, { ns: 'account' }) },
    { title: t('tokens.col.scope'), cell: scopeOf },
    { title: t('tokens.col.created'), cellClassName: 'ent-nowrap', cell: (tk) => <time dateTime={tk.createdAt}>{formatTime(tk.createdAt, lng)}</time> },
    { title: t('tokens.col.expires'), cellClassName: 'ent-nowrap', cell: (tk) => (tk.expiresOn ? formatDate(tk.expiresOn, lng) : t('never')) },
    {
      title: t('tokens.col.lastUsed'),
      cellClassName: 'ent-nowrap',
      cell: (tk) => (tk.lastUsedAt ? <time dateTime={tk.lastUsedAt}>{formatTime(tk.lastUsedAt, lng)}</time> : t('never')),
    },
    {
      title: t('tokens.col.status'),
      cell: (tk) => {
        const s = tokenState(tk);
        const tone = s === 'working' ? 'badge-ok' : s === 'revoked' ? 'badge-danger' : 'badge-warn';
        return <span className={`badge ${tone}`}>{t(`tokens.status.${s}`, { date: tk.revokedAt ? formatTime(tk.revokedAt, lng) : '' })}</span>;
      },
    },
    {
      title: t('tokens.col.actions'),
      cell: (tk) => {
        if (tk.revokedAt) return null;
        if (confirming === tk.id) {
          return (
            <div className="admin-confirm" role="group" aria-label={t('tokens.revokeLabel', { name: tk.name })}>
              <p>{t('tokens.confirm', { name: tk.name })}</p>
              <div className="form-actions">
                <button type="button" className="button button-primary" ref={confirmButton} disabled={revoking.fetching} onClick={() => void doRevoke(tk)}>
                  {revoking.fetching ? t('tokens.revoking') : t('tokens.confirmRevoke')}
                </button>
                <button type="button" className="button" onClick={() => cancel(tk.id)}>
                  {t('cancel')}
                </button>
              </div>
            </div>
          );
        }
        return (
          <button
            type="button"
            id={`${id}-revoke-${tk.id}`}
            className="button"
            aria-label={t('tokens.revokeLabel', { name: tk.name })}
            onClick={() => {
              setRevoked(undefined);
              setRevokeError(undefined);
              setConfirming(tk.id);
            }}
          >
            {t('tokens.revoke')}
          </button>
        );
      },
    },
  ];

  const tokens = res.data?.apiTokens;
  const curl = `curl -H 'Authorization: Bearer <secret>' -H 'Content-Type: application/json' \\\n  -d '{"query":"{ viewer { user { username } role } }"}' ${typeof location === 'undefined' ? '' : location.origin}/graphql`;

  return (
    <section className="page admin-page" aria-labelledby={`${id}-title`}>
      <header>
        <PageTitle id={`${id}-title`} title={t('tokens.title')} />
        <p className="muted">{t('tokens.intro')}</p>
      </header>
      {created && (
        <NewSecret
          name={created.name}
          secret={created.secret}
          onDone={() => {
            setCreated(undefined);
            document.getElementById(`${id}-list`)?.focus();
          }}
        />
      )}
      <section className="card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} tabIndex={-1}>
          {t('tokens.listTitle')}
        </h2>
        <div tabIndex={-1} ref={message} className="admin-message">
          {revoked && (
            <p className="status admin-done" role="status">
              {t('tokens.revoked', { name: revoked })}
            </p>
          )}
          {revokeError && <WriteError error={revokeError} />}
        </div>
        {res.error && !tokens ? (
          <ReadError error={res.error} retry={refetch} />
        ) : !tokens ? (
          <Loading label={t('tokens.loading')} />
        ) : tokens.length === 0 ? (
          <Empty title={t('tokens.empty')} hint={t('tokens.emptyHint')} />
        ) : (
          <Table columns={columns} rows={tokens} caption={t('tokens.caption')} />
        )}
      </section>
      <CreateForm
        onCreated={(name, secret) => {
          setRevoked(undefined);
          setCreated({ name, secret });
          refetch();
        }}
      />
      <section className="card" aria-labelledby={`${id}-usage`}>
        <h2 id={`${id}-usage`}>{t('tokens.usageTitle')}</h2>
        <p>{t('tokens.usage')}</p>
        <pre className="admin-code">
          <code>Authorization: Bearer &lt;secret&gt;</code>
        </pre>
        <pre className="admin-code">
          <code>{curl}</code>
        </pre>
      </section>
    </section>
  );
}

/** The viewer's own API tokens: the list, revoking, and making one (its secret shown once). */
export default function TokensPage() {
  const { t } = useTranslation('admin');
  return <Gate right="holdTokens" title={t('tokens.title')}>{() => <Tokens />}</Gate>;
}
