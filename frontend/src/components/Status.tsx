import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

/** A long load: an indeterminate progress bar with what is being loaded. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('status.loading');
  return (
    <div className="status status-loading" role="status" aria-live="polite">
      <div className="progress" role="progressbar" aria-label={text}>
        <div className="progress-bar" />
      </div>
      <span>{text}</span>
    </div>
  );
}

/** The readable message of an error from the API or the network. */
export function errorMessage(error: CombinedError | Error, t: (k: string, o?: Record<string, unknown>) => string): string {
  const ce = error as CombinedError;
  const common = { ns: 'common' };
  if (ce.networkError) return t('status.networkError', common);
  const first = ce.graphQLErrors?.[0];
  if (first) {
    const code = first.extensions?.code as string | undefined;
    const field = first.extensions?.field as string | undefined;
    if (code === 'NOT_FOUND') return t('status.notFound', common);
    return field ? t('status.fieldError', { ...common, message: first.message, field }) : first.message;
  }
  return error.message;
}

/** An error with a retry button. */
export function ErrorState({ error, retry }: { error: CombinedError | Error; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="status status-error" role="alert">
      <strong>{t('status.errorTitle')}</strong>
      <p>{errorMessage(error, t)}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

/** An empty list that explains itself. */
export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="status status-empty">
      <strong>{title}</strong>
      {hint && <p>{hint}</p>}
    </div>
  );
}
