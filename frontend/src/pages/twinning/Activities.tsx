import { useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { LinkActivityKind, LinkStatus, RecordTwinningActivityInput } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { FailureAlert, Saved, SelectField, TextField, useEditForm } from '../../components/edit/form';
import { PagedTable } from '../../components/PagedTable';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { Section } from '../../components/ui';
import { LINK_ACTIVITY_KINDS } from '../../lib/enums';
import { formatDate, formatMoney, formatNumber, today } from '../../lib/format';
import { useRereadOn } from './board';

export const TwinningActivitiesQuery = graphql(`
  query TwinningActivities($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Link {
        id
        activities(orderBy: { field: ON, direction: DESC }, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              on
              kind
              amount
              participants
              description
            }
          }
        }
      }
    }
  }
`);

export const RecordTwinningActivityMutation = graphql(`
  mutation RecordTwinningActivity($input: RecordTwinningActivityInput!) {
    recordTwinningActivity(input: $input) {
      id
      on
      kind
    }
  }
`);

export const ACTIVITIES_PAGE = 10;

const FIELDS = ['on', 'kind', 'amount', 'participants', 'description'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const fieldOf = fieldsOf(FIELDS);

const blank = (): Values => ({ on: today(), kind: 'VISIT', amount: '', participants: '', description: '' });

/** What recording an activity sends: the fields left empty are left out. */
export function activityInput(twinning: string, v: Values): RecordTwinningActivityInput {
  const input: RecordTwinningActivityInput = { twinning, on: v.on, kind: v.kind as LinkActivityKind };
  if (v.amount.trim()) input.amount = Number(v.amount);
  if (v.participants.trim()) input.participants = Number(v.participants);
  if (v.description.trim()) input.description = v.description.trim();
  return input;
}

/**
 * The form that records what the two sides did on a day. A proposed pair
 * has no activities yet: it says so instead. What the server refuses shows
 * on its field, or above the form.
 */
export function RecordActivity({ pair, onRecorded }: { pair: { id: string; status: LinkStatus }; onRecorded: () => Promise<unknown> }) {
  const { t } = useTranslation(['twinning', 'common']);
  const [saved, setSaved] = useState<string | null>(null);
  // A new form (empty again) after each activity recorded.
  const [form, setForm] = useState(0);
  return (
    <Section id="tw-record" title={t('record.title')}>
      <Saved text={saved} />
      {pair.status === 'PROPOSED' ? (
        <p className="muted tw-note">{t('record.proposed')}</p>
      ) : (
        <ActivityForm
          key={form}
          twinning={pair.id}
          onSaved={async () => {
            setForm((n) => n + 1);
            setSaved(t('record.saved'));
            await onRecorded();
          }}
        />
      )}
    </Section>
  );
}

function ActivityForm({ twinning, onSaved }: { twinning: string; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation(['twinning', 'common', 'forms']);
  const client = useClient();
  const form = useEditForm<Field>(blank, fieldOf);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.setFailure(undefined);
    if (!form.values.on) {
      form.setFailure({ kind: 'field', field: 'on', message: t('required', { ns: 'forms' }) });
      return;
    }
    setBusy(true);
    const r = await client.mutation(RecordTwinningActivityMutation, { input: activityInput(twinning, form.values) }).toPromise();
    setBusy(false);
    if (r.error) form.fail(r.error);
    else await onSaved();
  };
  return (
    <>
      <FailureAlert form={form} />
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate aria-label={t('record.title')}>
        <TextField form={form} name="on" label={t('record.on')} type="date" required />
        <SelectField form={form} name="kind" label={t('record.kind')} options={LINK_ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKind.${k}`, { ns: 'common' }) }))} />
        <TextField form={form} name="amount" label={t('record.amount')} type="number" min={0} step="any" inputMode="decimal" />
        <TextField form={form} name="participants" label={t('record.participants')} type="number" min={0} step={1} inputMode="numeric" />
        <TextField form={form} name="description" label={t('record.description')} multiline wide />
        <div className="form-actions edit-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('record.recording') : t('record.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** What the two sides did together, newest first, a page at a time. round changes when an activity is recorded. */
export function ActivityLog({ pair, round }: { pair: { id: string }; round: number }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const list = usePagedQuery(TwinningActivitiesQuery, { id: pair.id }, 'activities', ACTIVITIES_PAGE);
  useRereadOn(round, list.retry);
  const conn = list.data?.node?.__typename === 'Link' ? list.data.node.activities : undefined;
  const rows = nodesOf(conn);
  return (
    <Section id="tw-activities" title={t('activities.title')} count={conn?.totalCount}>
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        caption={t('activities.caption')}
        loading={t('activities.loading')}
        empty={{ title: t('activities.none'), hint: t('activities.noneHint') }}
        pagerLabel={t('activities.pages')}
        columns={[
          { title: t('record.on'), rowHeader: true, cellClassName: 'ent-nowrap', cell: (a) => formatDate(a.on, lng) },
          { title: t('record.kind'), cell: (a) => t(`activityKind.${a.kind}`, { ns: 'common' }) },
          { title: t('record.participants'), className: 'ent-num', cell: (a) => formatNumber(a.participants, lng) },
          { title: t('record.amount'), className: 'ent-num', cell: (a) => formatMoney(a.amount, lng) },
          { title: t('record.description'), cell: (a) => a.description || '—' },
        ]}
      />
    </Section>
  );
}
