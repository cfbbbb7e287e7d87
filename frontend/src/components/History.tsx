import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { HistoryEventFragment } from '../gql/graphql';
import { formatNumber } from '../lib/format';
import { Empty, ErrorState, Loading } from './Status';
import { nodesOf } from './paging';
import { Section } from './ui';
import './history.css';

export const HistoryEvent = graphql(`
  fragment HistoryEvent on AuditEvent {
    id
    at
    actorName
    operation
    changes { field before after }
  }
`);

/** One page of a record's changes, newest first; organizations and people have them. */
export const EntityHistoryQuery = graphql(`
  query EntityHistory($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      __typename
      id
      ... on Organization {
        history(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { ...HistoryEvent } }
        }
      }
      ... on Person {
        history(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { ...HistoryEvent } }
        }
      }
    }
  }
`);

export const HISTORY_PAGE = 10;

/** A value of the audit trail (JSON: string, number, boolean, list, null) as text. */
export function historyValue(v: unknown, t: (k: string) => string, lng: string): string {
  if (v == null || v === '') return t('history.none');
  if (typeof v === 'boolean') return t(v ? 'history.yes' : 'history.no');
  if (typeof v === 'number') return formatNumber(v, lng);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length ? v.map((x) => historyValue(x, t, lng)).join(', ') : t('history.none');
  return JSON.stringify(v);
}

/** When a change was made, to the minute, in the interface's language. */
export function formatTime(at: string, lng: string): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

function EventItem({ event }: { event: HistoryEventFragment }) {
  const { t, i18n } = useTranslation('account');
  const lng = i18n.language;
  return (
    <li className="history-event">
      <div className="history-head">
        <time dateTime={event.at}>{formatTime(event.at, lng)}</time>
        <span className={`badge history-op-${event.operation.toLowerCase()}`}>{t(`history.op.${event.operation}`)}</span>
        <span className="history-actor">{t('history.by', { actor: event.actorName })}</span>
      </div>
      <ChangeList changes={event.changes} />
    </li>
  );
}

/** The fields one change touched, each with its value before and after (or that none did). */
export function ChangeList({ changes }: { changes: HistoryEventFragment['changes'] }) {
  const { t, i18n } = useTranslation('account');
  const lng = i18n.language;
  if (changes.length === 0) return <p className="muted history-none">{t('history.noFields')}</p>;
  return (
    <ul className="history-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="history-field">{t(`history.field.${c.field}`, { defaultValue: t(`audit.field.${c.field}`, { ns: 'admin', defaultValue: c.field }) })}</span>{' '}
          <span className="history-before">{historyValue(c.before, t, lng)}</span> → <span className="history-after">{historyValue(c.after, t, lng)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The events of one page, as list items; the last page shown also holds the
 * way on (load more) or how far the list has got.
 */
function HistoryPage({ id, after, last, shownBefore, onMore }: { id: string; after: string | null; last: boolean; shownBefore: number; onMore: (cursor: string, shown: number) => void }) {
  const { t, i18n } = useTranslation('account');
  const [res, reexecute] = useQuery({ query: EntityHistoryQuery, variables: after ? { id, first: HISTORY_PAGE, after } : { id, first: HISTORY_PAGE } });
  const node = res.data?.node;
  const conn = node && (node.__typename === 'Organization' || node.__typename === 'Person') ? node.history : undefined;
  if (res.error && !conn) {
    return (
      <li className="history-more">
        <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      </li>
    );
  }
  if (!conn) {
    return (
      <li className="history-more">
        <Loading label={t('history.loading')} />
      </li>
    );
  }
  const events = nodesOf(conn);
  if (!after && events.length === 0) {
    return (
      <li className="history-more">
        <Empty title={t('history.empty')} hint={t('history.emptyHint')} />
      </li>
    );
  }
  const shown = shownBefore + events.length;
  return (
    <>
      {events.map((e) => (
        <EventItem key={e.id} event={e} />
      ))}
      {last && (
        <li className="history-more">
          <span className="pager-count">{t('history.count', { shown: formatNumber(shown, i18n.language), count: conn.totalCount })}</span>
          {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor && (
            <button type="button" className="button" onClick={() => onMore(conn.pageInfo.endCursor!, shown)}>
              {t('history.more')}
            </button>
          )}
        </li>
      )}
    </>
  );
}

/**
 * A record's history: who changed what and when, newest first, each change
 * with its value before and after. Hidden until asked for; then a page at a
 * time, each further page added under the last ("load more").
 */
export function History({ id }: { id: string }) {
  const { t } = useTranslation('account');
  const [open, setOpen] = useState(false);
  // Each page shown: the cursor it starts after (null: the first) and how many came before it.
  const [pages, setPages] = useState<Array<{ after: string | null; shownBefore: number }>>([{ after: null, shownBefore: 0 }]);
  const listId = useId();
  return (
    <Section
      id="history"
      title={t('history.title')}
      actions={
        <button type="button" className="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {open ? t('history.hide') : t('history.show')}
        </button>
      }
    >
      <div id={listId} hidden={!open}>
        {open && (
          <ol className="history-list" aria-label={t('history.label')}>
            {pages.map((p, i) => (
              <HistoryPage
                key={p.after ?? ''}
                id={id}
                after={p.after}
                shownBefore={p.shownBefore}
                last={i === pages.length - 1}
                onMore={(cursor, shown) => setPages((ps) => [...ps, { after: cursor, shownBefore: shown }])}
              />
            ))}
          </ol>
        )}
      </div>
    </Section>
  );
}
