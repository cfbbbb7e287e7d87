import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreatePositionInput, PositionRole, PositionSelectionMethod } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { ConfirmDialog, Dialog, FailureAlert, FormActions, SelectField, TextField, useEditForm } from '../../components/edit/form';
import { EntityPicker, type Picked } from '../../components/edit/EntityPicker';
import { ROLE_ORDER, SELECTION_METHODS } from '../../lib/enums';
import { formatDate, today } from '../../lib/format';

export const CreatePositionMutation = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      id
      version
      role
      startedOn
      endedOn
      person { id name }
    }
  }
`);

export const EndPositionMutation = graphql(`
  mutation EndPosition($id: ID!, $version: Int!, $endedOn: Date!) {
    updatePosition(id: $id, version: $version, input: { endedOn: $endedOn }) {
      id
      version
      endedOn
    }
  }
`);

export const DeletePositionMutation = graphql(`
  mutation DeletePosition($id: ID!) {
    deletePosition(id: $id)
  }
`);

/** A post as the organization's list shows it. */
export interface PostRow {
  id: string;
  version: number;
  role: PositionRole;
  startedOn: string | null;
  endedOn: string | null;
  person: { id: string; name: string };
}

const ADD_FIELDS = ['personID', 'role', 'startedOn', 'endedOn', 'selectionMethod', 'basicRemuneration'] as const;
type AddField = (typeof ADD_FIELDS)[number];

/** The new post's fields; those left empty are not sent. */
export function newPost(organizationID: string, v: Record<AddField, string>): CreatePositionInput {
  const input: CreatePositionInput = { organizationID, personID: v.personID, role: v.role as PositionRole };
  if (v.startedOn) input.startedOn = v.startedOn;
  if (v.endedOn) input.endedOn = v.endedOn;
  if (v.selectionMethod) input.selectionMethod = v.selectionMethod as PositionSelectionMethod;
  if (v.basicRemuneration.trim()) input.basicRemuneration = Number(v.basicRemuneration);
  return input;
}

/** Records a person's post in the organization: the person found by name. */
export function AddPostDialog({ organizationID, onClose, onSaved }: { organizationID: string; onClose: () => void; onSaved: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation(['forms', 'common']);
  const form = useEditForm<AddField>(
    () => ({ personID: '', role: 'MEMBER', startedOn: today(), endedOn: '', selectionMethod: '', basicRemuneration: '' }),
    fieldsOf(ADD_FIELDS),
  );
  const [person, setPerson] = useState<Picked | null>(null);
  const [state, create] = useMutation(CreatePositionMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.values.personID) {
      form.setFailure({ kind: 'field', field: 'personID', message: t('post.choosePerson') });
      return;
    }
    form.setFailure(undefined);
    const r = await create({ input: newPost(organizationID, form.values) });
    if (r.error) form.fail(r.error);
    else await onSaved(person?.name ?? '');
  };
  return (
    <Dialog title={t('post.addTitle')} onClose={onClose}>
      <FailureAlert form={form} />
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <div className="edit-wide">
          <EntityPicker form={form} name="personID" label={t('post.person')} type="PERSON" picked={person} onPick={setPerson} required />
        </div>
        <SelectField form={form} name="role" label={t('post.role')} options={ROLE_ORDER.map((r) => ({ value: r, label: t(`role.${r}`, { ns: 'common' }) }))} />
        <SelectField
          form={form}
          name="selectionMethod"
          label={t('post.selection')}
          empty={t('notRecorded')}
          options={SELECTION_METHODS.map((m) => ({ value: m, label: t(`selection.${m}`, { ns: 'common' }) }))}
        />
        <TextField form={form} name="startedOn" label={t('post.startedOn')} type="date" />
        <TextField form={form} name="endedOn" label={t('post.endedOn')} type="date" hint={t('post.endedOnHint')} />
        <TextField form={form} name="basicRemuneration" label={t('post.remuneration')} type="number" min={0} step="any" inputMode="decimal" />
        <FormActions busy={state.fetching} onCancel={onClose} save={t('post.add')} />
      </form>
    </Dialog>
  );
}

/** Records that a post ended (on a day, today unless told). */
export function EndPostDialog({ post, onClose, onSaved, onReload }: { post: PostRow; onClose: () => void; onSaved: () => Promise<unknown>; onReload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation(['forms', 'common']);
  const form = useEditForm<'endedOn'>(() => ({ endedOn: today() }), fieldsOf(['endedOn'] as const));
  const [state, end] = useMutation(EndPositionMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.values.endedOn) {
      form.setFailure({ kind: 'field', field: 'endedOn', message: t('required') });
      return;
    }
    form.setFailure(undefined);
    const r = await end({ id: post.id, version: post.version, endedOn: form.values.endedOn });
    if (r.error) form.fail(r.error);
    else await onSaved();
  };
  const what = { role: t(`role.${post.role}`, { ns: 'common' }), person: post.person.name };
  return (
    <Dialog title={t('post.endTitle', what)} onClose={onClose}>
      <FailureAlert form={form} onReload={onReload} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {post.startedOn && <p className="muted edit-hint">{t('post.heldSince', { date: formatDate(post.startedOn, i18n.language) })}</p>}
        <TextField form={form} name="endedOn" label={t('post.endedOn')} type="date" required min={post.startedOn ?? undefined} />
        <FormActions busy={state.fetching} onCancel={onClose} save={t('post.end')} />
      </form>
    </Dialog>
  );
}

/** Deletes a post recorded in error, once confirmed. */
export function DeletePostDialog({ post, onClose, onDeleted }: { post: PostRow; onClose: () => void; onDeleted: () => Promise<unknown> }) {
  const { t } = useTranslation(['forms', 'common']);
  const [, remove] = useMutation(DeletePositionMutation);
  const what = { role: t(`role.${post.role}`, { ns: 'common' }), person: post.person.name };
  return (
    <ConfirmDialog
      title={t('post.deleteTitle', what)}
      message={
        <>
          <p>{t('post.deleteQuestion', what)}</p>
          <p className="muted">{t('post.deleteHint')}</p>
        </>
      }
      confirmLabel={t('delete')}
      confirm={async () => (await remove({ id: post.id })).error}
      onClose={onClose}
      onDone={() => void onDeleted()}
    />
  );
}
