import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateLinkActivityInput, LinkActivityKind, UpdateLinkActivityInput } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { ConfirmDialog, Dialog, FailureAlert, FormActions, Saved, SelectField, TextField, useEditForm } from '../../components/edit/form';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Pager } from '../../components/Pager';
import { Table } from '../../components/Table';
import { nodesOf, useKept } from '../../components/paging';
import { LINK_ACTIVITY_KINDS } from '../../lib/enums';
import { formatDate, formatMoney, formatNumber, today } from '../../lib/format';

export const LinkActivitiesQuery = graphql(`
  query LinkActivities($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Link {
        id
        viewerCanEdit
        activities(orderBy: { field: ON, direction: DESC }, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              version
              on
              kind
              participants
              amount
              description
            }
          }
        }
      }
    }
  }
`);

export const CreateLinkActivityMutation = graphql(`
  mutation CreateLinkActivity($input: CreateLinkActivityInput!) {
    createLinkActivity(input: $input) {
      id
      version
      on
      kind
    }
  }
`);

export const UpdateLinkActivityMutation = graphql(`
  mutation UpdateLinkActivity($id: ID!, $version: Int!, $input: UpdateLinkActivityInput!) {
    updateLinkActivity(id: $id, version: $version, input: $input) {
      id
      version
      on
      kind
      participants
      amount
      description
    }
  }
`);

export const DeleteLinkActivityMutation = graphql(`
  mutation DeleteLinkActivity($id: ID!) {
    deleteLinkActivity(id: $id)
  }
`);

export const ACTIVITIES_PER_PAGE = 5;

export interface EditableActivity {
  id: string;
  version: number;
  on: string;
  kind: LinkActivityKind;
  participants: number | null;
  amount: number | null;
  description: string | null;
}

const FIELDS = ['on', 'kind', 'participants', 'amount', 'description'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const CLEAR = { participants: 'clearParticipants', amount: 'clearAmount', description: 'clearDescription' } as const satisfies Partial<Record<Field, keyof UpdateLinkActivityInput>>;
const fieldOf = fieldsOf(FIELDS, CLEAR);

function valuesOf(a: EditableActivity | undefined): Values {
  return {
    on: a?.on ?? today(),
    kind: a?.kind ?? 'VISIT',
    participants: a?.participants == null ? '' : String(a.participants),
    amount: a?.amount == null ? '' : String(a.amount),
    description: a?.description ?? '',
  };
}

export function newActivity(linkID: string, v: Values): CreateLinkActivityInput {
  const input: CreateLinkActivityInput = { linkID, on: v.on, kind: v.kind as LinkActivityKind };
  if (v.participants.trim()) input.participants = Number(v.participants);
  if (v.amount.trim()) input.amount = Number(v.amount);
  if (v.description.trim()) input.description = v.description.trim();
  return input;
}

/** Only what changed; a field emptied is cleared. */
export function activityChanges(a: EditableActivity, v: Values): UpdateLinkActivityInput {
  const was = valuesOf(a);
  const input: UpdateLinkActivityInput = {};
  for (const f of FIELDS) {
    const now = v[f].trim();
    if (now === was[f]) continue;
    if (f === 'on') input.on = now;
    else if (f === 'kind') input.kind = now as LinkActivityKind;
    else if (now === '') input[CLEAR[f]] = true;
    else if (f === 'description') input.description = now;
    else input[f] = Number(now);
  }
  return input;
}

/** Records something the two sides of a link did together, or changes such a record. */
export function ActivityDialog({
  linkID,
  activity,
  onClose,
  onSaved,
  onReload,
}: {
  linkID: string;
  activity?: EditableActivity;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['forms', 'common', 'account']);
  const form = useEditForm<Field>(() => valuesOf(activity), fieldOf);
  const [nothing, setNothing] = useState(false);
  const [created, create] = useMutation(CreateLinkActivityMutation);
  const [updated, update] = useMutation(UpdateLinkActivityMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.setFailure(undefined);
    if (!form.values.on) {
      form.setFailure({ kind: 'field', field: 'on', message: t('required') });
      return;
    }
    if (!activity) {
      const r = await create({ input: newActivity(linkID, form.values) });
      if (r.error) form.fail(r.error);
      else await onSaved();
      return;
    }
    const input = activityChanges(activity, form.values);
    if (Object.keys(input).length === 0) {
      setNothing(true);
      return;
    }
    const r = await update({ id: activity.id, version: activity.version, input });
    if (r.error) form.fail(r.error);
    else await onSaved();
  };
  return (
    <Dialog title={activity ? t('activity.editTitle') : t('activity.addTitle')} onClose={onClose}>
      <FailureAlert form={form} onReload={onReload} />
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField form={form} name="on" label={t('activity.on')} type="date" required />
        <SelectField form={form} name="kind" label={t('activity.kind')} options={LINK_ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKind.${k}`, { ns: 'common' }) }))} />
        <TextField form={form} name="participants" label={t('activity.participants')} type="number" min={0} step={1} inputMode="numeric" />
        <TextField form={form} name="amount" label={t('activity.amount')} type="number" min={0} step="any" inputMode="decimal" />
        <TextField form={form} name="description" label={t('activity.description')} multiline wide />
        <FormActions busy={created.fetching || updated.fetching} onCancel={onClose} save={activity ? undefined : t('activity.add')} />
        {nothing && (
          <p className="muted edit-wide" role="status">
            {t('edit.nothing', { ns: 'account' })}
          </p>
        )}
      </form>
    </Dialog>
  );
}

type Editing = { kind: 'add' } | { kind: 'edit' | 'delete'; id: string };
type Page = { after?: string; before?: string };

/**
 * What the two sides of a link did together, newest first, a few at a time;
 * where the viewer may edit the link, with ways to record, change and
 * delete activities.
 */
export function LinkActivities({ linkID, partner }: { linkID: string; partner: string }) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const lng = i18n.language;
  const client = useClient();
  const [page, setPage] = useState<Page>({});
  const [editing, setEditing] = useState<Editing>();
  const [saved, setSaved] = useState<string | null>(null);
  const variables = page.before
    ? { id: linkID, last: ACTIVITIES_PER_PAGE, before: page.before }
    : page.after
      ? { id: linkID, first: ACTIVITIES_PER_PAGE, after: page.after }
      : { id: linkID, first: ACTIVITIES_PER_PAGE };
  const [res, reexecute] = useQuery({ query: LinkActivitiesQuery, variables });
  const data = useKept(res.data);
  const link = data?.node?.__typename === 'Link' ? data.node : undefined;
  const conn = link?.activities;
  const rows = nodesOf(conn);
  const refetch = () => client.query(LinkActivitiesQuery, variables, { requestPolicy: 'network-only' }).toPromise();
  const changed = async (message: string) => {
    await refetch();
    setEditing(undefined);
    setSaved(message);
  };
  const open = editing && editing.kind !== 'add' ? rows.find((r) => r.id === editing.id) : undefined;
  const title = t('activity.title', { partner });

  let body;
  if (res.error && !link) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!conn) body = <Loading label={t('activity.loading')} />;
  else if (rows.length === 0) body = <Empty title={t('activity.empty')} hint={t('activity.emptyHint')} />;
  else
    body = (
      <>
        <Table
          caption={title}
          rows={rows}
          columns={[
            { title: t('activity.on'), cellClassName: 'ent-nowrap', cell: (a) => formatDate(a.on, lng) },
            { title: t('activity.kind'), cell: (a) => t(`activityKind.${a.kind}`, { ns: 'common' }) },
            { title: t('activity.participants'), className: 'ent-num', cell: (a) => formatNumber(a.participants, lng) },
            { title: t('activity.amount'), className: 'ent-num', cell: (a) => formatMoney(a.amount, lng) },
            { title: t('activity.description'), cell: (a) => a.description || '—' },
            ...(link?.viewerCanEdit
              ? [
                  {
                    title: t('actions'),
                    cell: (a: EditableActivity) => (
                      <div className="edit-row-actions">
                        <button type="button" className="button" aria-label={t('activity.editLabel', { date: formatDate(a.on, lng) })} onClick={() => setEditing({ kind: 'edit', id: a.id })}>
                          {t('edit')}
                        </button>
                        <button type="button" className="button" aria-label={t('activity.deleteLabel', { date: formatDate(a.on, lng) })} onClick={() => setEditing({ kind: 'delete', id: a.id })}>
                          {t('delete')}
                        </button>
                      </div>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Pager pageInfo={conn.pageInfo} total={conn.totalCount} shown={rows.length} onPage={setPage} label={t('activity.pages', { partner })} />
      </>
    );

  return (
    <div className="edit-sublist">
      <div className="edit-sublist-head">
        <h3>{title}</h3>
        {link?.viewerCanEdit && (
          <button type="button" className="button" onClick={() => setEditing({ kind: 'add' })}>
            {t('activity.add')}
          </button>
        )}
      </div>
      <Saved text={saved} />
      {body}
      {editing?.kind === 'add' && <ActivityDialog linkID={linkID} onClose={() => setEditing(undefined)} onSaved={() => changed(t('activity.added'))} />}
      {editing?.kind === 'edit' && open && (
        <ActivityDialog key={open.version} linkID={linkID} activity={open} onClose={() => setEditing(undefined)} onSaved={() => changed(t('activity.saved'))} onReload={refetch} />
      )}
      {editing?.kind === 'delete' && open && (
        <ConfirmDialog
          title={t('activity.deleteTitle')}
          message={<p>{t('activity.deleteQuestion', { date: formatDate(open.on, lng), kind: t(`activityKind.${open.kind}`, { ns: 'common' }) })}</p>}
          confirmLabel={t('delete')}
          confirm={async () => (await client.mutation(DeleteLinkActivityMutation, { id: open.id }).toPromise()).error}
          onClose={() => setEditing(undefined)}
          onDone={() => void changed(t('activity.deleted'))}
        />
      )}
    </div>
  );
}
