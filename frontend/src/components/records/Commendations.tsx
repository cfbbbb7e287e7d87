import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateCommendationInput, UpdateCommendationInput } from '../../gql/graphql';
import { fieldsOf } from '../edit/failure';
import { Saved, TextField, useEditForm } from '../edit/form';
import { Empty, ErrorState, Loading } from '../Status';
import { Table, type Column } from '../Table';
import { Section } from '../ui';
import { formatMoney } from '../../lib/format';
import { DeleteDialog, FormDialog, RowActions, changedInput, createInput, filled, text, useSaving, type ChangeSpec, type Open } from './edit';
import { lastYear } from './enums';
import { byYear, subjectInput, type Subject } from './subject';

export const CommendationRowFragment = graphql(`
  fragment CommendationRow on Commendation {
    id
    version
    year
    title
    awardedBy
    bonus
  }
`);

export const SubjectCommendationsQuery = graphql(`
  query SubjectCommendations($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        commendations { ...CommendationRow }
      }
      ... on Person {
        id
        commendations { ...CommendationRow }
      }
    }
  }
`);

export const CreateCommendationMutation = graphql(`
  mutation CreateCommendation($input: CreateCommendationInput!) {
    createCommendation(input: $input) { ...CommendationRow }
  }
`);

export const UpdateCommendationMutation = graphql(`
  mutation UpdateCommendation($id: ID!, $version: Int!, $input: UpdateCommendationInput!) {
    updateCommendation(id: $id, version: $version, input: $input) { ...CommendationRow }
  }
`);

export const DeleteCommendationMutation = graphql(`
  mutation DeleteCommendation($id: ID!) {
    deleteCommendation(id: $id)
  }
`);

export interface CommendationRow {
  id: string;
  version: number;
  year: number;
  title: string;
  awardedBy: string | null;
  bonus: number | null;
}

const FIELDS = ['year', 'title', 'awardedBy', 'bonus'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const SPEC: ChangeSpec<Field> = {
  numbers: ['year', 'bonus'],
  clear: { awardedBy: 'clearAwardedBy', bonus: 'clearBonus' } satisfies Partial<Record<Field, keyof UpdateCommendationInput>>,
};

function valuesOf(c: CommendationRow | undefined): Values {
  return { year: String(c?.year ?? lastYear()), title: c?.title ?? '', awardedBy: c?.awardedBy ?? '', bonus: text(c?.bonus) };
}

/** The new commendation of the subject; fields left empty are not sent. */
export function newCommendation(subject: Subject, v: Values): CreateCommendationInput {
  return { ...createInput(FIELDS, v, SPEC), ...subjectInput(subject) } as CreateCommendationInput;
}

/** Only what changed; a field emptied is cleared. */
export function commendationChanges(c: CommendationRow, v: Values): UpdateCommendationInput {
  return changedInput(FIELDS, valuesOf(c), v, SPEC) as UpdateCommendationInput;
}

/** A new commendation of the subject (commendation absent) or changes to one, in a dialog. */
export function CommendationDialog({
  subject,
  commendation,
  onClose,
  onSaved,
  onReload,
}: {
  subject: Subject;
  commendation?: CommendationRow;
  onClose: () => void;
  onSaved: (title: string) => Promise<unknown>;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['records', 'forms']);
  const form = useEditForm<Field>(() => valuesOf(commendation), fieldsOf(FIELDS, SPEC.clear));
  const [created, create] = useMutation(CreateCommendationMutation);
  const [updated, update] = useMutation(UpdateCommendationMutation);
  const { nothing, save } = useSaving();
  const submit = async () => {
    if (!filled(form, ['year', 'title'], t('required', { ns: 'forms' }))) return;
    const done = () => onSaved(form.values.title.trim());
    if (!commendation) return save(form, null, () => create({ input: newCommendation(subject, form.values) }), done);
    const input = commendationChanges(commendation, form.values);
    return save(form, input, () => update({ id: commendation.id, version: commendation.version, input }), done);
  };
  return (
    <FormDialog
      title={commendation ? t('commendations.editTitle', { title: commendation.title, year: commendation.year }) : t('commendations.addTitle', { name: subject.name })}
      form={form}
      busy={created.fetching || updated.fetching}
      nothing={nothing}
      save={commendation ? undefined : t('commendations.add')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField form={form} name="title" label={t('commendations.awardTitle')} required maxLength={200} wide hint={t('commendations.awardTitleHint')} />
      <TextField form={form} name="year" label={t('commendations.year')} type="number" min={1949} max={2100} step={1} inputMode="numeric" required />
      <TextField form={form} name="bonus" label={t('commendations.bonus')} type="number" min={0} step="any" inputMode="decimal" />
      <TextField form={form} name="awardedBy" label={t('commendations.awardedBy')} maxLength={200} wide />
    </FormDialog>
  );
}

/**
 * The commendations of an organization or a person, newest year first.
 * Where the viewer may edit the subject (canEdit), they can be added,
 * changed and deleted.
 */
export function Commendations({ subject, canEdit = false }: { subject: Subject; canEdit?: boolean }) {
  const { t, i18n } = useTranslation(['records', 'forms']);
  const client = useClient();
  const [res, reexecute] = useQuery({ query: SubjectCommendationsQuery, variables: { id: subject.id } });
  const node = res.data?.node;
  const rows = node && 'commendations' in node ? byYear(node.commendations ?? [], (c) => c.title) : undefined;
  const [open, setOpen] = useState<Open>();
  const [saved, setSaved] = useState<string | null>(null);
  const [, remove] = useMutation(DeleteCommendationMutation);
  const reread = () => client.query(SubjectCommendationsQuery, { id: subject.id }, { requestPolicy: 'network-only' }).toPromise();
  const current = open && open.kind !== 'add' ? rows?.find((c) => c.id === open.id) : undefined;
  const changed = async (message: string) => {
    await reread();
    setOpen(undefined);
    setSaved(message);
  };
  const what = (c: CommendationRow) => ({ title: c.title, year: c.year });

  const columns: Column<CommendationRow>[] = [
    { title: t('commendations.year'), rowHeader: true, cell: (c) => c.year },
    { title: t('commendations.awardTitle'), cell: (c) => c.title },
    { title: t('commendations.awardedBy'), cell: (c) => c.awardedBy || '—' },
    { title: t('commendations.bonus'), className: 'ent-num', cell: (c) => formatMoney(c.bonus, i18n.language) },
  ];
  if (canEdit) {
    columns.push({
      title: t('actions', { ns: 'forms' }),
      cell: (c) => (
        <RowActions
          editLabel={t('commendations.editLabel', what(c))}
          deleteLabel={t('commendations.deleteLabel', what(c))}
          onEdit={() => setOpen({ kind: 'edit', id: c.id })}
          onDelete={() => setOpen({ kind: 'delete', id: c.id })}
        />
      ),
    });
  }

  let body;
  if (res.error && !rows) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!rows) body = <Loading label={t('commendations.loading')} />;
  else if (rows.length === 0) body = <Empty title={t('commendations.empty')} hint={t('commendations.emptyHint')} />;
  else body = <Table columns={columns} rows={rows} caption={t('commendations.caption', { name: subject.name })} />;

  return (
    <Section
      id={`${subject.type}-commendations`}
      title={t('commendations.title')}
      count={rows?.length}
      actions={
        canEdit && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
            {t('commendations.add')}
          </button>
        )
      }
    >
      <Saved text={saved} />
      {open?.kind === 'add' && <CommendationDialog subject={subject} onClose={() => setOpen(undefined)} onSaved={(title) => changed(t('commendations.added', { title }))} />}
      {open?.kind === 'edit' && current && (
        <CommendationDialog
          key={current.version}
          subject={subject}
          commendation={current}
          onClose={() => setOpen(undefined)}
          onSaved={(title) => changed(t('commendations.saved', { title }))}
          onReload={reread}
        />
      )}
      {open?.kind === 'delete' && current && (
        <DeleteDialog
          title={t('commendations.deleteTitle', what(current))}
          hint={t('commendations.deleteHint')}
          remove={() => remove({ id: current.id })}
          onClose={() => setOpen(undefined)}
          onDeleted={() => changed(t('commendations.deleted', what(current)))}
        />
      )}
      {body}
    </Section>
  );
}
