import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { UserRowFragment } from '../../gql/graphql';
import { PagedTable } from '../../components/PagedTable';
import type { Column } from '../../components/Table';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { Gate, PageTitle, ReadError } from './Gate';
import { UserForm } from './UserForm';

export const UsersQuery = graphql(`
  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    users(first: $first, after: $after, last: $last, before: $before, orderBy: { field: USERNAME, direction: ASC }) {
      totalCount
      pageInfo { ...PageInfo }
      edges { node { ...UserRow } }
    }
  }
`);

export const USERS_PAGE = 50;

function Users() {
  const { t } = useTranslation(['admin', 'account']);
  const id = useId();
  const list = usePagedQuery(UsersQuery, {}, 'users', USERS_PAGE);
  const conn = list.data?.users;
  const rows = nodesOf(conn);
  // The form open: a new user, or the user (by ID) being edited.
  const [form, setForm] = useState<{ kind: 'new' } | { kind: 'edit'; id: string }>();
  const [done, setDone] = useState<string>();
  const message = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  const editing = form?.kind === 'edit' ? rows.find((u) => u.id === form.id) : undefined;
  const open = (f: typeof form) => {
    setDone(undefined);
    setForm(f);
  };
  const close = (msg?: string) => {
    const was = form;
    setForm(undefined);
    if (msg) {
      setDone(msg);
      list.retry();
    } else {
      // Back to the button that opened the form.
      setTimeout(() => document.getElementById(was?.kind === 'edit' ? `${id}-edit-${was.id}` : `${id}-new`)?.focus(), 0);
    }
  };

  const columns: Column<UserRowFragment>[] = [
    { title: t('users.col.username'), rowHeader: true, cellClassName: 'mono', cell: (u) => u.username },
    { title: t('users.col.displayName'), cell: (u) => u.displayName },
    { title: t('users.col.role'), cell: (u) => t(`role.${u.role}`, { ns: 'account' }) },
    { title: t('users.col.scope'), cell: (u) => u.scopeRegion?.name ?? t('scopeAll') },
    {
      title: t('users.col.status'),
      cell: (u) => <span className={`badge ${u.disabled ? 'badge-danger' : 'badge-ok'}`}>{u.disabled ? t('users.disabled') : t('users.enabled')}</span>,
    },
    {
      title: t('users.col.actions'),
      cell: (u) => (
        <button
          type="button"
          id={`${id}-edit-${u.id}`}
          className="button"
          aria-label={t('users.editLabel', { username: u.username })}
          aria-expanded={form?.kind === 'edit' && form.id === u.id}
          onClick={() => open({ kind: 'edit', id: u.id })}
        >
          {t('users.edit')}
        </button>
      ),
    },
  ];

  return (
    <section className="page admin-page" aria-labelledby={`${id}-title`}>
      <header>
        <PageTitle id={`${id}-title`} title={t('users.title')} />
        <p className="muted">{t('users.intro')}</p>
      </header>
      {done && (
        <p className="status admin-done" role="status" tabIndex={-1} ref={message}>
          {done}
        </p>
      )}
      {form?.kind === 'new' && <UserForm onDone={close} />}
      {editing && <UserForm key={`${editing.id}:${editing.version}`} user={editing} onDone={close} onReload={list.retry} />}
      <section className="card" aria-labelledby={`${id}-list`}>
        <div className="admin-head">
          <h2 id={`${id}-list`}>{t('users.listTitle')}</h2>
          <button type="button" id={`${id}-new`} className="button" aria-expanded={form?.kind === 'new'} onClick={() => open({ kind: 'new' })}>
            {t('users.new')}
          </button>
        </div>
        {list.error && !conn ? (
          <ReadError error={list.error} retry={list.retry} />
        ) : (
          <PagedTable
            list={list}
            conn={conn}
            rows={rows}
            columns={columns}
            caption={t('users.caption')}
            loading={t('users.loading')}
            empty={{ title: t('users.empty') }}
            pagerLabel={t('users.pager')}
          />
        )}
      </section>
    </section>
  );
}

/** The accounts, for admins: who may sign in, with which role and scope; adding and changing them. */
export default function UsersPage() {
  const { t } = useTranslation('admin');
  return <Gate right="manageUsers" title={t('users.title')}>{() => <Users />}</Gate>;
}
