import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateLinkInput, LinkKind, LinkStatus, UpdateLinkInput } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { ConfirmDialog, Dialog, FailureAlert, FormActions, SelectField, TextField, useEditForm, type EditForm } from '../../components/edit/form';
import { EntityPicker, type Picked } from '../../components/edit/EntityPicker';
import { LINK_KINDS, LINK_STATUSES } from '../../lib/enums';

export const CreateLinkMutation = graphql(`
  mutation CreateLink($input: CreateLinkInput!) {
    createLink(input: $input) {
      id
      version
      kind
      status
    }
  }
`);

export const UpdateLinkMutation = graphql(`
  mutation UpdateLink($id: ID!, $version: Int!, $input: UpdateLinkInput!) {
    updateLink(id: $id, version: $version, input: $input) {
      id
      version
      kind
      status
      startedOn
      endedOn
      goals
      notes
    }
  }
`);

export const DeleteLinkMutation = graphql(`
  mutation DeleteLink($id: ID!) {
    deleteLink(id: $id)
  }
`);

/** A link as the organization's list shows it. */
export interface EditableLink {
  id: string;
  version: number;
  kind: LinkKind;
  status: LinkStatus;
  startedOn: string | null;
  endedOn: string | null;
  goals: string | null;
  notes: string | null;
}

const FIELDS = ['targetID', 'kind', 'status', 'startedOn', 'endedOn', 'goals', 'notes'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const CLEAR = { startedOn: 'clearStartedOn', endedOn: 'clearEndedOn', goals: 'clearGoals', notes: 'clearNotes' } as const satisfies Partial<Record<Field, keyof UpdateLinkInput>>;

function valuesOf(l: EditableLink | undefined): Values {
  return {
    targetID: '',
    kind: l?.kind ?? 'VILLAGE_VILLAGE',
    status: l?.status ?? 'ACTIVE',
    startedOn: l?.startedOn ?? '',
    endedOn: l?.endedOn ?? '',
    goals: l?.goals ?? '',
    notes: l?.notes ?? '',
  };
}

/** A new link from the organization (its source) to the partner picked; empty fields are not sent. */
export function newLink(sourceID: string, v: Values): CreateLinkInput {
  const input: CreateLinkInput = { sourceID, targetID: v.targetID, kind: v.kind as LinkKind, status: v.status as LinkStatus };
  for (const f of ['startedOn', 'endedOn', 'goals', 'notes'] as const) if (v[f].trim()) input[f] = v[f].trim();
  return input;
}

/** Only what changed; a field emptied is cleared. */
export function linkChanges(l: EditableLink, v: Values): UpdateLinkInput {
  const was = valuesOf(l);
  const input: UpdateLinkInput = {};
  for (const f of ['kind', 'status', 'startedOn', 'endedOn', 'goals', 'notes'] as const) {
    const now = v[f].trim();
    if (now === was[f]) continue;
    if (f === 'kind') input.kind = now as LinkKind;
    else if (f === 'status') input.status = now as LinkStatus;
    else if (now === '') input[CLEAR[f]] = true;
    else input[f] = now;
  }
  return input;
}

const fieldOf = fieldsOf(FIELDS, CLEAR);

function LinkFields({ form }: { form: EditForm<Field> }) {
  const { t } = useTranslation(['forms', 'common']);
  return (
    <>
      <SelectField form={form} name="kind" label={t('link.kind')} options={LINK_KINDS.map((k) => ({ value: k, label: t(`linkKind.${k}`, { ns: 'common' }) }))} />
      <SelectField form={form} name="status" label={t('link.status')} options={LINK_STATUSES.map((k) => ({ value: k, label: t(`linkStatus.${k}`, { ns: 'common' }) }))} />
      <TextField form={form} name="startedOn" label={t('link.startedOn')} type="date" />
      <TextField form={form} name="endedOn" label={t('link.endedOn')} type="date" />
      <TextField form={form} name="goals" label={t('link.goals')} multiline wide />
      <TextField form={form} name="notes" label={t('link.notes')} multiline wide />
    </>
  );
}

/**
 * Adds a link from the organization to a partner found by name (link
 * given), or changes a link: only what changed is sent, with the version read.
 */
export function LinkDialog({
  organizationID,
  link,
  partner,
  onClose,
  onSaved,
  onReload,
}: {
  organizationID: string;
  link?: EditableLink;
  /** The other end, when the link exists. */
  partner?: string;
  onClose: () => void;
  onSaved: (partner: string) => Promise<unknown>;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['forms', 'account']);
  const form = useEditForm<Field>(() => valuesOf(link), fieldOf);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [nothing, setNothing] = useState(false);
  const [created, create] = useMutation(CreateLinkMutation);
  const [updated, update] = useMutation(UpdateLinkMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.setFailure(undefined);
    if (!link) {
      if (!form.values.targetID) {
        form.setFailure({ kind: 'field', field: 'targetID', message: t('link.choosePartner') });
        return;
      }
      const r = await create({ input: newLink(organizationID, form.values) });
      if (r.error) form.fail(r.error);
      else await onSaved(picked?.name ?? '');
      return;
    }
    const input = linkChanges(link, form.values);
    if (Object.keys(input).length === 0) {
      setNothing(true);
      return;
    }
    const r = await update({ id: link.id, version: link.version, input });
    if (r.error) form.fail(r.error);
    else await onSaved(partner ?? '');
  };
  return (
    <Dialog title={link ? t('link.editTitle', { partner }) : t('link.addTitle')} onClose={onClose} wide>
      <FailureAlert form={form} onReload={onReload} />
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        {!link && (
          <div className="edit-wide">
            <EntityPicker form={form} name="targetID" label={t('link.partner')} type="ORGANIZATION" picked={picked} onPick={setPicked} exclude={[organizationID]} required />
          </div>
        )}
        <LinkFields form={form} />
        <FormActions busy={created.fetching || updated.fetching} onCancel={onClose} save={link ? undefined : t('link.add')} />
        {nothing && (
          <p className="muted edit-wide" role="status">
            {t('edit.nothing', { ns: 'account' })}
          </p>
        )}
      </form>
    </Dialog>
  );
}

/** Deletes a link, and with it its activities, once confirmed. */
export function DeleteLinkDialog({ link, partner, onClose, onDeleted }: { link: { id: string }; partner: string; onClose: () => void; onDeleted: () => Promise<unknown> }) {
  const { t } = useTranslation('forms');
  const [, remove] = useMutation(DeleteLinkMutation);
  return (
    <ConfirmDialog
      title={t('link.deleteTitle', { partner })}
      message={
        <>
          <p>{t('link.deleteQuestion', { partner })}</p>
          <p className="muted">{t('link.deleteHint')}</p>
        </>
      }
      confirmLabel={t('delete')}
      confirm={async () => (await remove({ id: link.id })).error}
      onClose={onClose}
      onDone={() => void onDeleted()}
    />
  );
}
