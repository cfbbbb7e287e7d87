import { useTranslation } from 'react-i18next';
import type { PositionRole, PositionSelectionMethod } from '../gql/graphql';
import { formatDate } from '../lib/format';
import type { Column } from './Table';

type Dated = { startedOn?: string | null; endedOn?: string | null };
type Post = { role: PositionRole; selectionMethod?: PositionSelectionMethod | null };

/**
 * Columns that tables of posts and of links share: when a post or link
 * started and ended (or that it goes on), a post's role and how its holder
 * was selected.
 */
export function useCommonColumns() {
  const { t, i18n } = useTranslation('common');
  const lng = i18n.language;
  const started: Column<Dated> = { title: t('columns.started'), cellClassName: 'ent-nowrap', cell: (r) => formatDate(r.startedOn, lng) };
  const ended: Column<Dated> = {
    title: t('columns.ended'),
    cellClassName: 'ent-nowrap',
    cell: (r) => (r.endedOn ? formatDate(r.endedOn, lng) : <span className="muted">{t('columns.ongoing')}</span>),
  };
  const role: Column<Post> = { title: t('columns.role'), cellClassName: 'ent-nowrap', cell: (p) => t(`role.${p.role}`) };
  const selection: Column<Post> = {
    title: t('columns.selection'),
    className: 'ent-hide-narrow',
    cell: (p) => (p.selectionMethod ? t(`selection.${p.selectionMethod}`) : '—'),
  };
  return { started, ended, role, selection };
}
