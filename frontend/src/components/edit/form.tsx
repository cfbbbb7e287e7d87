import {
  useEffect,
  useId,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorMessage } from '../Status';
import { loginHref } from '../../app/AccountMenu';
import { failureOf, type Failure } from './failure';
import './edit.css';

/*
 * The parts of the app's edit forms: a form's state (values as text, the
 * server's refusal), its fields with their error messages, the message of a
 * refusal that is not about one field, dialogs and confirmations.
 */

export interface EditForm<F extends string> {
  /** Prefix of the ids of the form's fields. */
  id: string;
  values: Record<F, string>;
  set: (f: F, value: string) => void;
  failure: Failure<F> | undefined;
  setFailure: (f: Failure<F> | undefined) => void;
  /** Shows what the server refused: on the field it names, or as a message. */
  fail: (error: CombinedError) => void;
  fieldError: (f: F) => string | undefined;
  inputId: (f: F) => string;
  alertRef: RefObject<HTMLDivElement | null>;
}

/**
 * A form's values (text, as the inputs hold them) and the server's refusal.
 * A refusal focuses what it is about: the field it names, else the message.
 * Changing a refused field takes its mark away.
 */
export function useEditForm<F extends string>(initial: () => Record<F, string>, fieldOf: (name: string) => F | undefined): EditForm<F> {
  const id = useId();
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [failure, setFailure] = useState<Failure<F>>();
  const alertRef = useRef<HTMLDivElement>(null);
  const inputId = (f: F) => `${id}-${f}`;
  useEffect(() => {
    if (!failure) return;
    if (failure.kind === 'field') document.getElementById(`${id}-${failure.field}`)?.focus();
    else alertRef.current?.focus();
  }, [failure, id]);
  return {
    id,
    values,
    set: (f, value) => {
      setValues((v) => ({ ...v, [f]: value }));
      setFailure((x) => (x?.kind === 'field' && x.field === f ? undefined : x));
    },
    failure,
    setFailure,
    fail: (error) => setFailure(failureOf(error, fieldOf)),
    fieldError: (f) => (failure?.kind === 'field' && failure.field === f ? failure.message : undefined),
    inputId,
    alertRef,
  };
}

/** What a field's input needs to be labelled, described and marked refused. */
function fieldAttrs<F extends string>(form: EditForm<F>, name: F, hint?: string) {
  const error = form.fieldError(name);
  const id = form.inputId(name);
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return { id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined } as const;
}

function FieldFoot({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p className="muted edit-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="form-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

type FieldBase<F extends string> = { form: EditForm<F>; name: F; label: string; hint?: string; wide?: boolean };

/** A labelled text (or date, number, tel …) input; multiline makes it a textarea. */
export function TextField<F extends string>({
  form,
  name,
  label,
  hint,
  wide,
  multiline,
  ...props
}: FieldBase<F> & { multiline?: boolean } & Omit<InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'form' | 'value' | 'onChange'>) {
  const attrs = fieldAttrs(form, name, hint);
  const common = { ...attrs, value: form.values[name], onChange: (e: { target: { value: string } }) => form.set(name, e.target.value) };
  return (
    <div className={`form-field${wide ? ' edit-wide' : ''}`}>
      <label htmlFor={attrs.id}>
        {label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? <textarea rows={3} {...(props as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...common} /> : <input {...(props as InputHTMLAttributes<HTMLInputElement>)} {...common} />}
      <FieldFoot id={attrs.id} hint={hint} error={form.fieldError(name)} />
    </div>
  );
}

/** A labelled choice among options; empty, when given, is the label of choosing none. */
export function SelectField<F extends string>({
  form,
  name,
  label,
  hint,
  wide,
  options,
  empty,
  ...props
}: FieldBase<F> & { options: ReadonlyArray<{ value: string; label: string }>; empty?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'form' | 'value' | 'onChange'>) {
  const attrs = fieldAttrs(form, name, hint);
  return (
    <div className={`form-field${wide ? ' edit-wide' : ''}`}>
      <label htmlFor={attrs.id}>{label}</label>
      <select {...props} {...attrs} value={form.values[name]} onChange={(e) => form.set(name, e.target.value)}>
        {empty != null && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldFoot id={attrs.id} hint={hint} error={form.fieldError(name)} />
    </div>
  );
}

/** A labelled checkbox; its value is "true" or "false". */
export function CheckField<F extends string>({ form, name, label, hint }: FieldBase<F>) {
  const attrs = fieldAttrs(form, name, hint);
  return (
    <div className="form-field edit-check">
      <label htmlFor={attrs.id}>
        <input type="checkbox" {...attrs} checked={form.values[name] === 'true'} onChange={(e) => form.set(name, String(e.target.checked))} />
        {label}
      </label>
      <FieldFoot id={attrs.id} hint={hint} error={form.fieldError(name)} />
    </div>
  );
}

/** Several checkboxes under a legend; the value is the chosen options' values joined by commas. */
export function CheckGroup<F extends string>({ form, name, label, options }: FieldBase<F> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const chosen = new Set(form.values[name].split(',').filter(Boolean));
  const error = form.fieldError(name);
  const id = form.inputId(name);
  const toggle = (v: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(v);
    else next.delete(v);
    form.set(name, options.map((o) => o.value).filter((o) => next.has(o)).join(','));
  };
  return (
    <fieldset className="edit-fieldset edit-wide edit-checks" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {options.map((o, i) => (
        <label key={o.value} className="edit-check-option">
          <input
            type="checkbox"
            // The first box takes the group's id, so a refusal of the group focuses it.
            id={i === 0 ? id : undefined}
            name={name}
            value={o.value}
            checked={chosen.has(o.value)}
            aria-invalid={error ? true : undefined}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
      <FieldFoot id={id} error={error} />
    </fieldset>
  );
}

/** A group of fields under a legend. */
export function FieldSet({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset className="edit-fieldset edit-wide" aria-describedby={hint ? id : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="muted edit-hint" id={id}>
          {hint}
        </p>
      )}
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

/**
 * What the server refused that is not about one field: someone else changed
 * the record (with a way to reload it), the record lies outside the viewer's
 * scope, the session ended, or any other error. Focused when it appears.
 */
export function FailureAlert<F extends string>({ form, onReload }: { form: Pick<EditForm<F>, 'failure' | 'alertRef'>; onReload?: () => Promise<unknown> }) {
  const { t } = useTranslation(['account', 'common']);
  const location = useLocation();
  const [reloading, setReloading] = useState(false);
  const failure = form.failure;
  if (!failure || failure.kind === 'field') return null;
  const reload = async () => {
    setReloading(true);
    try {
      await onReload?.();
    } finally {
      setReloading(false);
    }
  };
  return (
    <div className="status status-error edit-alert" role="alert" tabIndex={-1} ref={form.alertRef}>
      {failure.kind === 'conflict' && (
        <>
          <strong>{t('edit.conflictTitle')}</strong>
          <p>{t('edit.conflict')}</p>
          {onReload && (
            <button type="button" className="button" disabled={reloading} onClick={() => void reload()}>
              {t('edit.reload')}
            </button>
          )}
        </>
      )}
      {failure.kind === 'forbidden' && (
        <>
          <strong>{t('edit.forbiddenTitle')}</strong>
          <p>{t('edit.forbidden')}</p>
          <p className="muted">{failure.message}</p>
        </>
      )}
      {failure.kind === 'signedOut' && (
        <>
          <strong>{t('edit.failed')}</strong>
          <p>{t('edit.signedOut')}</p>
          <Link to={loginHref(location.pathname)}>{t('signIn')}</Link>
        </>
      )}
      {failure.kind === 'other' && (
        <>
          <strong>{t('edit.failed')}</strong>
          <p>{errorMessage(failure.error, t)}</p>
        </>
      )}
    </div>
  );
}

/** Save (saving… while it runs) and Cancel. */
export function FormActions({ busy, onCancel, save }: { busy: boolean; onCancel: () => void; save?: string }) {
  const { t } = useTranslation('account');
  return (
    <div className="form-actions edit-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('edit.saving') : (save ?? t('edit.save'))}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('edit.cancel')}
      </button>
    </div>
  );
}

/**
 * A modal dialog (the page behind it inert): titled, its first field (or
 * the element marked data-autofocus) focused on opening, closed by Escape
 * or onClose, giving focus back to what had it before.
 */
export function Dialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; a dialog that is merely open reads the same to tests.
    if (typeof d.showModal === 'function') {
      if (!d.open) d.showModal();
    } else d.setAttribute('open', '');
    const first = d.querySelector<HTMLElement>('[data-autofocus]') ?? d.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea');
    first?.focus();
    return () => {
      if (typeof d.close === 'function' && d.open) d.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`edit-dialog${wide ? ' edit-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.isDefaultPrevented()) {
          e.preventDefault();
          close.current();
        }
      }}
    >
      <h2 id={titleId} className="edit-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/**
 * Asks before a deletion. confirm runs it and resolves with the error, if
 * any, which the dialog shows; on success the dialog closes (onDone).
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  confirm,
  onClose,
  onDone,
}: {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  confirm: () => Promise<CombinedError | undefined>;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['forms', 'account']);
  const form = useEditForm<never>(() => ({}) as Record<never, string>, () => undefined);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    form.setFailure(undefined);
    const error = await confirm();
    setBusy(false);
    if (error) form.fail(error);
    else onDone();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <FailureAlert form={form} />
      <div className="edit-confirm">{message}</div>
      <div className="form-actions edit-actions">
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void run()}>
          {busy ? t('deleting') : confirmLabel}
        </button>
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {t('edit.cancel', { ns: 'account' })}
        </button>
      </div>
    </Dialog>
  );
}

/** A short confirmation after a change, read out politely. */
export function Saved({ text }: { text: string | null }) {
  return (
    <p className="edit-saved" role="status" hidden={!text}>
      {text}
    </p>
  );
}
