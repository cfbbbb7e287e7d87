import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AuditEventFilter, AuditRowFragment } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { ChangeList, formatTime } from '../../components/History';
import { Empty, Loading } from '../../components/Status';
import { nodesOf } from '../../components/paging';
import { Gate, PageTitle, ReadError } from './Gate';

export const AuditRow = graphql(`
  fragment AuditRow on AuditEvent {
    id
    at
    actorName
    actor { id username }
    operation
    entityType
    entityID
    changes { field before after }
    requestID
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventFilter) {
    auditEvents(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...AuditRow } }
    }
  }
`);

/** Who may be picked as the actor: the accounts by username. */
export const AuditActorsQuery = graphql(`
  query AuditActors {
    users(first: 100, orderBy: { field: USERNAME, direction: ASC }) {
      edges { node { id username displayName } }
    }
  }
`);

export const AUDIT_PAGE = 20;

/** The types of record the audit trail holds (ent's type names). */
export const ENTITY_TYPES = ['Organization', 'Person', 'Position', 'Link', 'LinkActivity', 'Project', 'ProjectIncome', 'Region', 'User', 'ApiToken'] as const;

/** The filters as the page keeps them (in the URL): days are YYYY-MM-DD, to inclusive. */
export interface AuditFilters {
  actor?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The start of a local day (YYYY-MM-DD), plus days, as an RFC 3339 time. */
function dayStart(day: string, plus = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plus).toISOString();
}

/**
 * The API's filter for the page's: only the conditions given; a day range
 * runs from the start of the first day to the start of the day after the
 * last (the API's `to` is exclusive), in the browser's time zone.
 */
export function auditWhere(f: AuditFilters): AuditEventFilter {
  const where: AuditEventFilter = {};
  if (f.actor) where.actor = f.actor;
  if (f.entityType) where.entityType = f.entityType;
  if (f.from && DAY.test(f.from)) where.from = dayStart(f.from);
  if (f.to && DAY.test(f.to)) where.to = dayStart(f.to, 1);
  return where;
}

/** Where a record of the trail has its page, if it has one. */
export function entityPath(type: string, id: string): string | undefined {
  const base = type === 'Organization' ? '/organizations' : type === 'Person' ? '/people' : type === 'Region' ? '/regions' : undefined;
  return base && `${base}/${encodeURIComponent(id)}`;
}

/** A record's name as the change tells it (its name field, after or before), else its ID. */
function entityName(e: AuditRowFragment): string {
  const c = e.changes.find((x) => x.field === 'name' || x.field === 'username');
  const v = c ? (c.after ?? c.before) : undefined;
  return typeof v === 'string' && v ? v : `#${e.entityID}`;
}

function EventItem({ event, focusRef }: { event: AuditRowFragment; focusRef?: Ref<HTMLLIElement> }) {
  const { t, i18n } = useTranslation(['admin', 'account']);
  const path = entityPath(event.entityType, event.entityID);
  const type = t(`audit.type.${event.entityType}`, { defaultValue: event.entityType });
  const name = entityName(event);
  return (
    <li className="history-event" tabIndex={focusRef ? -1 : undefined} ref={focusRef}>
      <div className="history-head">
        <time dateTime={event.at}>{formatTime(event.at, i18n.language)}</time>
        <span className={`badge history-op-${event.operation.toLowerCase()}`}>{t(`history.op.${event.operation}`, { ns: 'account' })}</span>
        <span className="admin-entity">
          {type}{' '}
          {path ? <Link to={path}>{name}</Link> : name}
        </span>
        <span className="history-actor">{t('history.by', { ns: 'account', actor: event.actorName })}</span>
      </div>
      <ChangeList changes={event.changes} />
      <p className="muted mono admin-request">{t('audit.request', { id: event.requestID || '—' })}</p>
    </li>
  );
}

function AuditPageItems({
  where,
  after,
  last,
  focusFirst,
  shownBefore,
  onMore,
}: {
  where: AuditEventFilter;
  after: string | null;
  last: boolean;
  focusFirst: boolean;
  shownBefore: number;
  onMore: (cursor: string, shown: number) => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const [res, reexecute] = useQuery({ query: AuditEventsQuery, variables: after ? { first: AUDIT_PAGE, after, where } : { first: AUDIT_PAGE, where } });
  const first = useRef<HTMLLIElement>(null);
  const conn = res.data?.auditEvents;
  useEffect(() => {
    if (focusFirst && conn) first.current?.focus();
  }, [focusFirst, conn]);
  if (res.error && !conn) {
    return (
      <li className="history-more">
        <ReadError error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      </li>
    );
  }
  if (!conn) {
    return (
      <li className="history-more">
        <Loading label={t('audit.loading')} />
      </li>
    );
  }
  const events = nodesOf(conn);
  if (!after && events.length === 0) {
    return (
      <li className="history-more">
        <Empty title={t('audit.empty')} hint={t('audit.emptyHint')} />
      </li>
    );
  }
  const shown = shownBefore + events.length;
  return (
    <>
      {events.map((e, i) => (
        <EventItem key={e.id} event={e} focusRef={i === 0 && focusFirst ? first : undefined} />
      ))}
      {last && (
        <li className="history-more">
          <span className="pager-count">{t('audit.count', { shown: formatNumber(shown, i18n.language), count: conn.totalCount })}</span>
          {conn.pageInfo.hasNextPage && conn.pageInfo.endCursor && (
            <button type="button" className="button" onClick={() => onMore(conn.pageInfo.endCursor!, shown)}>
              {t('audit.more')}
            </button>
          )}
        </li>
      )}
    </>
  );
}

/** The events matching where, a page at a time, each further page added under the last. */
function AuditList({ where }: { where: AuditEventFilter }) {
  const { t } = useTranslation('admin');
  const [pages, setPages] = useState<Array<{ after: string | null; shownBefore: number }>>([{ after: null, shownBefore: 0 }]);
  return (
    <ol className="history-list" aria-label={t('audit.listLabel')}>
      {pages.map((p, i) => (
        <AuditPageItems
          key={p.after ?? ''}
          where={where}
          after={p.after}
          shownBefore={p.shownBefore}
          focusFirst={i > 0}
          last={i === pages.length - 1}
          onMore={(cursor, shown) => setPages((ps) => [...ps, { after: cursor, shownBefore: shown }])}
        />
      ))}
    </ol>
  );
}

const PARAMS = { actor: 'actor', entityType: 'type', from: 'from', to: 'to' } as const;

function Filters({ filters, onChange }: { filters: AuditFilters; onChange: (f: AuditFilters) => void }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const [actors] = useQuery({ query: AuditActorsQuery });
  const users = nodesOf(actors.data?.users);
  const set = (k: keyof AuditFilters) => (e: { target: { value: string } }) => onChange({ ...filters, [k]: e.target.value || undefined });
  const badRange = filters.from && filters.to && filters.from > filters.to;
  const any = Object.values(filters).some(Boolean);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="admin-head">
        <h2 id={`${id}-title`}>{t('audit.filters')}</h2>
        <button type="button" className="button" disabled={!any} onClick={() => onChange({})}>
          {t('audit.clear')}
        </button>
      </div>
      <div className="admin-filters">
        <div className="form-field">
          <label htmlFor={`${id}-actor`}>{t('audit.actor')}</label>
          <select id={`${id}-actor`} value={filters.actor ?? ''} onChange={set('actor')}>
            <option value="">{t('audit.anyone')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName && u.displayName !== u.username ? `${u.username} (${u.displayName})` : u.username}
              </option>
            ))}
            {filters.actor && !users.some((u) => u.id === filters.actor) && <option value={filters.actor}>{`#${filters.actor}`}</option>}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-type`}>{t('audit.entityType')}</label>
          <select id={`${id}-type`} value={filters.entityType ?? ''} onChange={set('entityType')}>
            <option value="">{t('audit.anyType')}</option>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`audit.type.${ty}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
          <input id={`${id}-from`} type="date" value={filters.from ?? ''} max={filters.to} onChange={set('from')} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
          <input id={`${id}-to`} type="date" value={filters.to ?? ''} min={filters.from} onChange={set('to')} />
        </div>
      </div>
      {badRange && (
        <p className="form-error" role="status">
          {t('audit.badRange')}
        </p>
      )}
    </section>
  );
}

function Audit() {
  const { t } = useTranslation('admin');
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {};
  for (const [k, p] of Object.entries(PARAMS) as Array<[keyof AuditFilters, string]>) {
    const v = params.get(p);
    if (v) filters[k] = v;
  }
  const change = (f: AuditFilters) =>
    setParams(
      () => {
        const next = new URLSearchParams();
        for (const [k, p] of Object.entries(PARAMS) as Array<[keyof AuditFilters, string]>) if (f[k]) next.set(p, f[k]!);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const where = auditWhere(filters);
  return (
    <section className="page admin-page" aria-labelledby={`${id}-title`}>
      <header>
        <PageTitle id={`${id}-title`} title={t('audit.title')} />
        <p className="muted">{t('audit.intro')}</p>
      </header>
      <Filters filters={filters} onChange={change} />
      <div className="card">
        <AuditList key={JSON.stringify(where)} where={where} />
      </div>
    </section>
  );
}

/** The whole audit trail, for admins: filtered by actor, type of record and days, newest first. */
export default function AuditPage() {
  const { t } = useTranslation('admin');
  return <Gate right="readAudit" title={t('audit.title')}>{() => <Audit />}</Gate>;
}
