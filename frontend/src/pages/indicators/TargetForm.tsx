import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { IndicatorCode } from '../../gql/graphql';
import { FailureAlert, FormActions, TextField, useEditForm } from '../../components/edit/form';
import { fieldsOf } from '../../components/edit/failure';
import { percent } from '../../components/indicators/model';

export const SetIndicatorTargetMutation = graphql(`
  mutation SetIndicatorTarget($code: IndicatorCode!, $target: Float!, $deadline: Date, $note: String) {
    setIndicatorTarget(code: $code, target: $target, deadline: $deadline, note: $note) {
      code
      target
      deadline
      yearly
      targetSet
      targetNote
    }
  }
`);

const FIELDS = ['target', 'deadline', 'note'] as const;
type Field = (typeof FIELDS)[number];

/**
 * An administrator's form for an indicator's target: the share in percent,
 * the day it is due and why. What the server refuses shows on its field.
 */
export function TargetForm({
  code,
  current,
  unit,
  onDone,
  onCancel,
}: {
  code: IndicatorCode;
  current: { target: number; deadline?: string | null; yearly: boolean; targetNote?: string | null };
  unit: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['indicators', 'account']);
  const form = useEditForm<Field>(
    () => ({
      target: String(percent(current.target)),
      // A yearly indicator is due at the end of every year: it has no deadline of its own.
      deadline: current.yearly ? '' : (current.deadline ?? ''),
      note: current.targetNote ?? '',
    }),
    fieldsOf(FIELDS),
  );
  const [state, save] = useMutation(SetIndicatorTargetMutation);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const raw = form.values.target.trim().replace(',', '.');
    const pct = Number(raw);
    if (raw === '' || !Number.isFinite(pct)) {
      form.setFailure({ kind: 'field', field: 'target', message: t('edit.targetNumber') });
      return;
    }
    form.setFailure(undefined);
    setBusy(true);
    const r = await save({
      code,
      target: pct / 100,
      deadline: form.values.deadline || null,
      note: form.values.note.trim() || null,
    });
    setBusy(false);
    if (!r.error) {
      onDone();
      return;
    }
    const first = r.error.graphQLErrors[0];
    // The server speaks of a share from 0 to 1; the form asks for a percentage.
    if (first?.extensions?.code === 'BAD_USER_INPUT' && first.extensions.field === 'target') {
      form.setFailure({ kind: 'field', field: 'target', message: t('edit.targetRange') });
    } else form.fail(r.error);
  };

  return (
    <form className="ind-edit" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${form.id}-title`}>
      <h3 id={`${form.id}-title`}>{t('edit.title')}</h3>
      <FailureAlert form={form} />
      <div className="form-grid">
        <TextField form={form} name="target" label={t('edit.target')} hint={t('edit.targetHint', { unit })} type="number" step="any" inputMode="decimal" required autoFocus />
        <TextField form={form} name="deadline" label={t('edit.deadline')} hint={t('edit.deadlineHint')} type="date" />
      </div>
      <TextField form={form} name="note" label={t('edit.note')} multiline wide />
      <FormActions busy={busy || state.fetching} onCancel={onCancel} save={t('edit.save')} />
    </form>
  );
}
