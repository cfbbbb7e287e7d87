import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ConfirmDialog, Dialog, FailureAlert, FormActions, type EditForm } from '../edit/form';
import './records.css';

/*
 * What the forms of venues, training, appraisals, commendations and the
 * provincial rural income share: what an update sends, a form in a dialog,
 * a row's edit and delete buttons, and a deletion asked first.
 */

/** How a form's text values map onto an update's input. */
export interface ChangeSpec<F extends string> {
  /** Fields sent as numbers. */
  numbers?: readonly F[];
  /** Fields sent as true or false. */
  booleans?: readonly F[];
  /** Fields written one item a line, sent as a list. */
  lists?: readonly F[];
  /** The clearX flag that empties a field, for fields that may be empty. */
  clear?: Partial<Record<F, string>>;
}

/** The items of a field written one a line (or separated by commas or semicolons, Chinese or not). */
export function linesOf(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function normal<F extends string>(f: F, v: string, spec: ChangeSpec<F>): string {
  return spec.lists?.includes(f) ? linesOf(v).join('\n') : v.trim();
}

function typed<F extends string>(f: F, v: string, spec: ChangeSpec<F>): unknown {
  if (spec.numbers?.includes(f)) return Number(v);
  if (spec.booleans?.includes(f)) return v === 'true';
  if (spec.lists?.includes(f)) return linesOf(v);
  return v;
}

/** The fields of a new record: those left empty are not sent. */
export function createInput<F extends string>(fields: readonly F[], v: Record<F, string>, spec: ChangeSpec<F> = {}): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const now = normal(f, v[f], spec);
    if (now !== '') input[f] = typed(f, now, spec);
  }
  return input;
}

/** Only what changed since was; a field emptied is cleared with its clearX flag. */
export function changedInput<F extends string>(fields: readonly F[], was: Record<F, string>, v: Record<F, string>, spec: ChangeSpec<F> = {}): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const now = normal(f, v[f], spec);
    if (now === normal(f, was[f], spec)) continue;
    const flag = spec.clear?.[f];
    if (now === '' && flag) input[flag] = true;
    else if (now !== '') input[f] = typed(f, now, spec);
  }
  return input;
}

/** A number as a form holds it: empty for none. */
export const text = (n: number | null | undefined) => (n == null ? '' : String(n));

/**
 * Marks the first of fields left empty as needing to be filled in; true
 * when all are filled.
 */
export function filled<F extends string>(form: EditForm<F>, fields: readonly F[], message: string): boolean {
  const empty = fields.find((f) => !form.values[f].trim());
  if (empty) form.setFailure({ kind: 'field', field: empty, message });
  return !empty;
}

/**
 * A record's form in a dialog: the server's refusal over it (with a way to
 * reload the record when someone else changed it), Save and Cancel, and a
 * word when a save would change nothing.
 */
export function FormDialog<F extends string>({
  title,
  form,
  busy,
  nothing = false,
  save,
  onSubmit,
  onClose,
  onReload,
  children,
}: {
  title: string;
  form: EditForm<F>;
  busy: boolean;
  nothing?: boolean;
  save?: string;
  onSubmit: () => Promise<unknown>;
  onClose: () => void;
  onReload?: () => Promise<unknown>;
  children: ReactNode;
}) {
  const { t } = useTranslation('account');
  return (
    <Dialog title={title} onClose={onClose}>
      <FailureAlert form={form} onReload={onReload} />
      <form
        className="form form-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.setFailure(undefined);
          void onSubmit();
        }}
      >
        {children}
        <FormActions busy={busy} onCancel={onClose} save={save} />
        {nothing && (
          <p className="muted edit-wide" role="status">
            {t('edit.nothing')}
          </p>
        )}
      </form>
    </Dialog>
  );
}

/**
 * Runs a save: on refusal the form shows why; otherwise onSaved. nothing
 * is told when an update would send no change (and nothing is sent).
 */
export function useSaving() {
  const [nothing, setNothing] = useState(false);
  const save = async <F extends string>(
    form: EditForm<F>,
    input: Record<string, unknown> | null,
    send: () => Promise<{ error?: CombinedError }>,
    onSaved: () => Promise<unknown> | void,
  ) => {
    setNothing(false);
    if (input && Object.keys(input).length === 0) {
      setNothing(true);
      return;
    }
    const r = await send();
    if (r.error) form.fail(r.error);
    else await onSaved();
  };
  return { nothing, save };
}

/** A row's Edit and Delete buttons, labelled with what they act on. */
export function RowActions({ editLabel, deleteLabel, onEdit, onDelete }: { editLabel: string; deleteLabel: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation('forms');
  return (
    <div className="edit-row-actions">
      <button type="button" className="button" aria-label={editLabel} onClick={onEdit}>
        {t('edit')}
      </button>
      <button type="button" className="button" aria-label={deleteLabel} onClick={onDelete}>
        {t('delete')}
      </button>
    </div>
  );
}

/** Asks before deleting a record; remove runs the deletion. */
export function DeleteDialog({
  title,
  hint,
  remove,
  onClose,
  onDeleted,
}: {
  title: string;
  hint?: string;
  remove: () => Promise<{ error?: CombinedError }>;
  onClose: () => void;
  onDeleted: () => Promise<unknown> | void;
}) {
  const { t } = useTranslation('forms');
  return (
    <ConfirmDialog
      title={title}
      message={
        <>
          <p>{title}</p>
          {hint && <p className="muted">{hint}</p>}
        </>
      }
      confirmLabel={t('delete')}
      confirm={async () => (await remove()).error}
      onClose={onClose}
      onDone={() => void onDeleted()}
    />
  );
}

/** Which dialog of a list is open: adding, or editing or deleting a row (by ID). */
export type Open = { kind: 'add' } | { kind: 'edit' | 'delete'; id: string };
