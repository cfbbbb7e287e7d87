import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AppraisalKind, AppraisalRating, CreateAppraisalInput, UpdateAppraisalInput } from '../../gql/graphql';
import { fieldsOf } from '../edit/failure';
import { Saved, SelectField, TextField, useEditForm } from '../edit/form';
import { Empty, ErrorState, Loading } from '../Status';
import { Table, type Column } from '../Table';
import { Section } from '../ui';
import { DeleteDialog, FormDialog, RowActions, changedInput, createInput, filled, useSaving, type ChangeSpec, type Open } from './edit';
import { APPRAISAL_KINDS, APPRAISAL_RATINGS, lastYear } from './enums';
import { byYear, subjectInput, type Subject } from './subject';

export const AppraisalRowFragment = graphql(`
  fragment AppraisalRow on Appraisal {
    id
    version
    year
    kind
    rating
    note
  }
`);

export const SubjectAppraisalsQuery = graphql(`
  query SubjectAppraisals($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        appraisals { ...AppraisalRow }
      }
      ... on Person {
        id
        appraisals { ...AppraisalRow }
      }
    }
  }
`);

export const CreateAppraisalMutation = graphql(`
  mutation CreateAppraisal($input: CreateAppraisalInput!) {
    createAppraisal(input: $input) { ...AppraisalRow }
  }
`);

export const UpdateAppraisalMutation = graphql(`
  mutation UpdateAppraisal($id: ID!, $version: Int!, $input: UpdateAppraisalInput!) {
    updateAppraisal(id: $id, version: $version, input: $input) { ...AppraisalRow }
  }
`);

export const DeleteAppraisalMutation = graphql(`
  mutation DeleteAppraisal($id: ID!) {
    deleteAppraisal(id: $id)
  }
`);

export interface AppraisalRow {
  id: string;
  version: number;
  year: number;
  kind: AppraisalKind;
  rating: AppraisalRating;
  note: string | null;
}

const FIELDS = ['year', 'kind', 'rating', 'note'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const SPEC: ChangeSpec<Field> = { numbers: ['year'], clear: { note: 'clearNote' } satisfies Partial<Record<Field, keyof UpdateAppraisalInput>> };

function valuesOf(a: AppraisalRow | undefined, subject: Subject): Values {
  return {
    year: String(a?.year ?? lastYear()),
    // An organization is appraised by its members and the masses; a person as a party member.
    kind: a?.kind ?? (subject.type === 'organization' ? 'DEMOCRATIC_APPRAISAL' : 'MEMBER_APPRAISAL'),
    rating: a?.rating ?? 'GOOD',
    note: a?.note ?? '',
  };
}

/** The new appraisal of the subject; a note left empty is not sent. */
export function newAppraisal(subject: Subject, v: Values): CreateAppraisalInput {
  return { ...createInput(FIELDS, v, SPEC), ...subjectInput(subject) } as CreateAppraisalInput;
}

/** Only what changed; a note emptied is cleared. */
export function appraisalChanges(a: AppraisalRow, subject: Subject, v: Values): UpdateAppraisalInput {
  return changedInput(FIELDS, valuesOf(a, subject), v, SPEC) as UpdateAppraisalInput;
}

/** A new appraisal of the subject (appraisal absent) or changes to one, in a dialog. */
export function AppraisalDialog({
  subject,
  appraisal,
  onClose,
  onSaved,
  onReload,
}: {
  subject: Subject;
  appraisal?: AppraisalRow;
  onClose: () => void;
  onSaved: (year: number) => Promise<unknown>;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['records', 'forms']);
  const form = useEditForm<Field>(() => valuesOf(appraisal, subject), fieldsOf(FIELDS, SPEC.clear));
  const [created, create] = useMutation(CreateAppraisalMutation);
  const [updated, update] = useMutation(UpdateAppraisalMutation);
  const { nothing, save } = useSaving();
  const submit = async () => {
    if (!filled(form, ['year'], t('required', { ns: 'forms' }))) return;
    const done = () => onSaved(Number(form.values.year));
    if (!appraisal) return save(form, null, () => create({ input: newAppraisal(subject, form.values) }), done);
    const input = appraisalChanges(appraisal, subject, form.values);
    return save(form, input, () => update({ id: appraisal.id, version: appraisal.version, input }), done);
  };
  return (
    <FormDialog
      title={appraisal ? t('appraisals.editTitle', { kind: t(`appraisalKind.${appraisal.kind}`), year: appraisal.year }) : t('appraisals.addTitle', { name: subject.name })}
      form={form}
      busy={created.fetching || updated.fetching}
      nothing={nothing}
      save={appraisal ? undefined : t('appraisals.add')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField form={form} name="year" label={t('appraisals.year')} type="number" min={1949} max={2100} step={1} inputMode="numeric" required />
      <SelectField form={form} name="kind" label={t('appraisals.kind')} options={APPRAISAL_KINDS.map((k) => ({ value: k, label: t(`appraisalKind.${k}`) }))} />
      <SelectField form={form} name="rating" label={t('appraisals.rating')} options={APPRAISAL_RATINGS.map((r) => ({ value: r, label: t(`rating.${r}`) }))} />
      <TextField form={form} name="note" label={t('appraisals.note')} multiline wide />
    </FormDialog>
  );
}

const tone: Record<AppraisalRating, string> = { EXCELLENT: 'badge-ok', GOOD: 'badge-ok', FAIR: 'badge-warn', POOR: 'badge-danger' };

/**
 * The appraisals of an organization or a person, newest year first. Where
 * the viewer may edit the subject (canEdit), they can be added, changed and
 * deleted.
 */
export function Appraisals({ subject, canEdit = false }: { subject: Subject; canEdit?: boolean }) {
  const { t } = useTranslation(['records', 'forms']);
  const client = useClient();
  const [res, reexecute] = useQuery({ query: SubjectAppraisalsQuery, variables: { id: subject.id } });
  const node = res.data?.node;
  const rows = node && 'appraisals' in node ? byYear(node.appraisals ?? [], (a) => t(`appraisalKind.${a.kind}`)) : undefined;
  const [open, setOpen] = useState<Open>();
  const [saved, setSaved] = useState<string | null>(null);
  const [, remove] = useMutation(DeleteAppraisalMutation);
  const reread = () => client.query(SubjectAppraisalsQuery, { id: subject.id }, { requestPolicy: 'network-only' }).toPromise();
  const current = open && open.kind !== 'add' ? rows?.find((a) => a.id === open.id) : undefined;
  const changed = async (message: string) => {
    await reread();
    setOpen(undefined);
    setSaved(message);
  };
  const what = (a: AppraisalRow) => ({ kind: t(`appraisalKind.${a.kind}`), year: a.year });

  const columns: Column<AppraisalRow>[] = [
    { title: t('appraisals.year'), rowHeader: true, cell: (a) => a.year },
    { title: t('appraisals.kind'), cell: (a) => t(`appraisalKind.${a.kind}`) },
    { title: t('appraisals.rating'), cell: (a) => <span className={`badge ${tone[a.rating]}`}>{t(`rating.${a.rating}`)}</span> },
    { title: t('appraisals.note'), cellClassName: 'rec-note', cell: (a) => a.note || '—' },
  ];
  if (canEdit) {
    columns.push({
      title: t('actions', { ns: 'forms' }),
      cell: (a) => (
        <RowActions
          editLabel={t('appraisals.editLabel', what(a))}
          deleteLabel={t('appraisals.deleteLabel', what(a))}
          onEdit={() => setOpen({ kind: 'edit', id: a.id })}
          onDelete={() => setOpen({ kind: 'delete', id: a.id })}
        />
      ),
    });
  }

  let body;
  if (res.error && !rows) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!rows) body = <Loading label={t('appraisals.loading')} />;
  else if (rows.length === 0) body = <Empty title={t('appraisals.empty')} hint={t('appraisals.emptyHint')} />;
  else body = <Table columns={columns} rows={rows} caption={t('appraisals.caption', { name: subject.name })} />;

  return (
    <Section
      id={`${subject.type}-appraisals`}
      title={t('appraisals.title')}
      count={rows?.length}
      actions={
        canEdit && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
            {t('appraisals.add')}
          </button>
        )
      }
    >
      <Saved text={saved} />
      {open?.kind === 'add' && <AppraisalDialog subject={subject} onClose={() => setOpen(undefined)} onSaved={(year) => changed(t('appraisals.added', { year }))} />}
      {open?.kind === 'edit' && current && (
        <AppraisalDialog
          key={current.version}
          subject={subject}
          appraisal={current}
          onClose={() => setOpen(undefined)}
          onSaved={(year) => changed(t('appraisals.saved', { year }))}
          onReload={reread}
        />
      )}
      {open?.kind === 'delete' && current && (
        <DeleteDialog
          title={t('appraisals.deleteTitle', what(current))}
          hint={t('appraisals.deleteHint')}
          remove={() => remove({ id: current.id })}
          onClose={() => setOpen(undefined)}
          onDeleted={() => changed(t('appraisals.deleted', what(current)))}
        />
      )}
      {body}
    </Section>
  );
}
