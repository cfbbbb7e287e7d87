import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LinkStatus, OrganizationStatus, ProjectStatus } from '../gql/graphql';
import { formatDate, formatNumber } from '../lib/format';
import './entity.css';

/*
 * Small pieces shared by the region, organization and person pages.
 */

/** The pinyin form as secondary text; shown in the English interface, where it helps reading. */
export function Latin({ text, always }: { text?: string | null; always?: boolean }) {
  const { i18n } = useTranslation();
  if (!text || (!always && i18n.resolvedLanguage?.startsWith('zh'))) return null;
  return (
    <span className="ent-latin" lang="zh-Latn">
      {text}
    </span>
  );
}

export type Named = { id: string; name: string; nameLatin?: string | null };

export function OrgLink({ org }: { org: Named }) {
  return (
    <span className="ent-name">
      <Link to={`/organizations/${org.id}`}>{org.name}</Link>
      <Latin text={org.nameLatin} />
    </span>
  );
}

export function PersonLink({ person }: { person: Named }) {
  return (
    <span className="ent-name">
      <Link to={`/people/${person.id}`}>{person.name}</Link>
      <Latin text={person.nameLatin} />
    </span>
  );
}

/**
 * Breadcrumbs from the list of regions down through path; current, when
 * given, is the page itself, the last crumb.
 */
export function RegionPath({ label, path, current }: { label: string; path: ReadonlyArray<{ id: string; name: string }>; current?: string }) {
  const { t } = useTranslation('common');
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <ol>
        <li>
          <Link to="/regions">{t('nav.regions')}</Link>
        </li>
        {path.map((r) => (
          <li key={r.id}>
            <Link to={`/regions/${r.id}`}>{r.name}</Link>
          </li>
        ))}
        {current && <li aria-current="page">{current}</li>}
      </ol>
    </nav>
  );
}

/** Current posts: the role, the person and since when. */
export function LeaderList({ posts }: { posts: ReadonlyArray<{ id: string; role: string; startedOn: string | null; person: Named }> }) {
  const { t, i18n } = useTranslation('common');
  return (
    <ul className="ent-list">
      {posts.map((p) => (
        <li key={p.id}>
          <strong>{t(`role.${p.role}`)}</strong>
          <PersonLink person={p.person} />
          <span className="muted">{t('leader.since', { date: formatDate(p.startedOn, i18n.language) })}</span>
        </li>
      ))}
    </ul>
  );
}

export function RegionLink({ region }: { region: Named }) {
  return (
    <span className="ent-name">
      <Link to={`/regions/${region.id}`}>{region.name}</Link>
      <Latin text={region.nameLatin} />
    </span>
  );
}

const orgTone: Record<OrganizationStatus, string> = { ACTIVE: 'badge-ok', DISSOLVED: 'badge-danger' };
const linkTone: Record<LinkStatus, string> = { PROPOSED: '', ACTIVE: 'badge-ok', SUSPENDED: 'badge-warn', ENDED: '' };
const projectTone: Record<ProjectStatus, string> = {
  PLANNED: '',
  UNDERWAY: 'badge-ok',
  ACCEPTED: 'badge-ok',
  SUSPENDED: 'badge-warn',
  FAILED: 'badge-danger',
};

export function OrgStatusBadge({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation('common');
  return <span className={`badge ${orgTone[status]}`}>{t(`orgStatus.${status}`)}</span>;
}

export function LinkStatusBadge({ status }: { status: LinkStatus }) {
  const { t } = useTranslation('common');
  return <span className={`badge ${linkTone[status]}`}>{t(`linkStatus.${status}`)}</span>;
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('common');
  return <span className={`badge ${projectTone[status]}`}>{t(`projectStatus.${status}`)}</span>;
}

/** A titled card; count (when known) follows the title. */
export function Section({
  id,
  title,
  count,
  actions,
  children,
}: {
  id: string;
  title: string;
  count?: number | null;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  return (
    <section className="card ent-section" aria-labelledby={`${id}-title`}>
      <div className="ent-section-head">
        <h2 id={`${id}-title`}>
          {title}
          {count != null && <span className="ent-count">{formatNumber(count, i18n.language)}</span>}
        </h2>
        {actions && <div className="ent-section-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** Label–value pairs; values left empty show a dash. */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="ent-facts">
      {items.map(([label, value]) => (
        <div key={label} className="ent-fact">
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

