import { useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TwinningTransitionInput } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { Dialog, FailureAlert, FormActions, TextField, useEditForm } from '../../components/edit/form';
import { today } from '../../lib/format';
import type { Move } from './model';

export const ActivateTwinningMutation = graphql(`
  mutation ActivateTwinning($input: TwinningTransitionInput!) {
    activateTwinning(input: $input) { id status startedOn endedOn }
  }
`);

export const SuspendTwinningMutation = graphql(`
  mutation SuspendTwinning($input: TwinningTransitionInput!) {
    suspendTwinning(input: $input) { id status startedOn endedOn }
  }
`);

export const ResumeTwinningMutation = graphql(`
  mutation ResumeTwinning($input: TwinningTransitionInput!) {
    resumeTwinning(input: $input) { id status startedOn endedOn }
  }
`);

export const EndTwinningMutation = graphql(`
  mutation EndTwinning($input: TwinningTransitionInput!) {
    endTwinning(input: $input) { id status startedOn endedOn }
  }
`);

const MUTATIONS = { activate: ActivateTwinningMutation, suspend: SuspendTwinningMutation, resume: ResumeTwinningMutation, end: EndTwinningMutation } as const;

const FIELDS = ['on', 'reason'] as const;
type Field = (typeof FIELDS)[number];
const fieldOf = fieldsOf(FIELDS);

/** What a change of state sends: the day (today when left empty) and the reason, when given. */
export function transitionInput(twinning: string, v: Record<Field, string>): TwinningTransitionInput {
  const input: TwinningTransitionInput = { twinning };
  if (v.on.trim()) input.on = v.on.trim();
  if (v.reason.trim()) input.reason = v.reason.trim();
  return input;
}

/**
 * Asks for the day and (optionally) the reason of a change of state, then
 * makes it. What the server refuses shows on its field (the day), or above
 * the form (a change from the wrong state, a partner with no place left).
 */
export function MoveDialog({ pair, move, onClose, onDone }: { pair: { id: string; source: { name: string }; target: { name: string } }; move: Move; onClose: () => void; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation(['twinning', 'account']);
  const client = useClient();
  const form = useEditForm<Field>(() => ({ on: today(), reason: '' }), fieldOf);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.setFailure(undefined);
    setBusy(true);
    const r = await client.mutation(MUTATIONS[move], { input: transitionInput(pair.id, form.values) }).toPromise();
    setBusy(false);
    if (r.error) form.fail(r.error);
    else await onDone();
  };
  return (
    <Dialog title={t(`move.${move}.title`, { partner: pair.source.name, village: pair.target.name })} onClose={onClose}>
      <p className="edit-confirm">{t(`move.${move}.explain`)}</p>
      <FailureAlert form={form} />
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField form={form} name="on" label={t('move.on')} type="date" hint={t('move.onHint')} />
        <TextField form={form} name="reason" label={t('move.reason')} multiline wide />
        <FormActions busy={busy} onCancel={onClose} save={t(`move.${move}.button`)} />
      </form>
    </Dialog>
  );
}
