import { useTranslation } from 'react-i18next';
import type { PageInfoFragment } from '../gql/graphql';

/**
 * Previous / next for a Relay connection. The caller keeps the cursor in the
 * URL (so a page can be shared and the back button works): onPage receives
 * {after} or {before}, or {} for the first page.
 */
export function Pager({
  pageInfo,
  total,
  shown,
  onPage,
  label,
}: {
  pageInfo: PageInfoFragment;
  total?: number;
  shown: number;
  onPage: (p: { after?: string; before?: string }) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  if (!pageInfo.hasNextPage && !pageInfo.hasPreviousPage) {
    return total != null && total > 0 ? <p className="pager-count">{t('pager.all', { count: total })}</p> : null;
  }
  return (
    <nav className="pager" aria-label={label ?? t('pager.label')}>
      <button
        type="button"
        className="button"
        disabled={!pageInfo.hasPreviousPage}
        onClick={() => onPage(pageInfo.startCursor ? { before: pageInfo.startCursor } : {})}
      >
        ← {t('pager.previous')}
      </button>
      <span className="pager-count">{total != null ? t('pager.someOf', { shown, count: total }) : null}</span>
      <button
        type="button"
        className="button"
        disabled={!pageInfo.hasNextPage}
        onClick={() => pageInfo.endCursor && onPage({ after: pageInfo.endCursor })}
      >
        {t('pager.next')} →
      </button>
    </nav>
  );
}
