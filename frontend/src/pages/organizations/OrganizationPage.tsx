import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useClient } from 'urql';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { Empty } from '../../components/Status';
import { NodePage, type PageNode } from '../../components/NodePage';
import { formatDate, formatNumber } from '../../lib/format';
import { Facts, Latin, OrgLink, OrgStatusBadge, LeaderList, RegionLink, RegionPath, Section } from '../../components/ui';
import { OrgChildren } from './OrgChildren';
import { OrgMembers } from './OrgMembers';
import { OrgLinks } from './OrgLinks';
import { OrgTwinning } from './OrgTwinning';
import { OrgProjects } from './OrgProjects';
import { OrgTimeline } from './OrgTimeline';
import { OrgEditForm } from './OrgEditForm';
import { History } from '../../components/History';
import { Appraisals } from '../../components/records/Appraisals';
import { Commendations } from '../../components/records/Commendations';
import { OrganizationPageQueryDoc } from './pageQuery';
import './organizations.css';

type OrganizationHeader = PageNode<OrganizationPageQuery, 'Organization'>;


export default function OrganizationPage() {
  const { id = '' } = useParams();
  return <OrganizationView key={id} id={id} />;
}

function OrganizationView({ id }: { id: string }) {
  const { t } = useTranslation(['organizations', 'common']);
  const client = useClient();
  // After a change to its posts, links or projects: the header's leaders and counts read again.
  const reread = () => client.query(OrganizationPageQueryDoc, { id }, { requestPolicy: 'network-only' }).toPromise();
  // Editing: the form shows under the header; saved: says so until the next edit.
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const done = (ok: boolean) => {
    returnFocus.current = true;
    setSaved(ok);
    setEditing(false);
  };
  return (
    <NodePage
      query={OrganizationPageQueryDoc}
      id={id}
      typename="Organization"
      loading={t('loading')}
      notFound={{ title: t('notFound.title'), hint: t('notFound.hint') }}
    >
      {(org) => (
        <article className="page org-page">
          <title>{`${org.name} · ${t('app.name', { ns: 'common' })}`}</title>
          <OrgHeader
            org={org}
            editing={editing}
            editButton={editButton}
            onEdit={() => {
              setSaved(false);
              setEditing(true);
            }}
          />
          {saved && (
            <p className="org-saved" role="status">
              {t('edit.saved', { ns: 'account' })}
            </p>
          )}
          {editing && org.viewerCanEdit && <OrgEditForm key={org.version} org={org} onDone={done} />}
          <div className="grid-2">
            <OrgFacts org={org} />
            <OrgLeaders org={org} />
          </div>
          <OrgRelations org={org} />
          {/* Committees lead other party organizations; a branch rarely does, so its list only shows when it has some. */}
          {(org.kind === 'PARTY_COMMITTEE' || org.children.totalCount > 0) && <OrgChildren id={org.id} />}
          <OrgMembers id={org.id} canEdit={org.viewerCanEdit} onChanged={reread} />
          {org.twinningCapacity != null && <OrgTwinning id={org.id} name={org.name} />}
          <OrgLinks id={org.id} canEdit={org.viewerCanEdit} />
          <OrgProjects id={org.id} canEdit={org.viewerCanEdit} region={org.region} name={org.name} />
          <Appraisals subject={{ type: 'organization', id: org.id, name: org.name }} canEdit={org.viewerCanEdit} />
          <Commendations subject={{ type: 'organization', id: org.id, name: org.name }} canEdit={org.viewerCanEdit} />
          <OrgTimeline id={org.id} />
          <History id={org.id} />
        </article>
      )}
    </NodePage>
  );
}

function OrgHeader({
  org,
  editing,
  editButton,
  onEdit,
}: {
  org: OrganizationHeader;
  editing: boolean;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
}) {
  const { t } = useTranslation(['organizations', 'common', 'account']);
  return (
    <header className="ent-header">
      <RegionPath label={t('breadcrumbs')} path={[...org.region.ancestors, org.region]} />
      <div className="ent-header-row">
        <div className="ent-header">
          <h1>
            <span>{org.name}</span>
            <Latin text={org.nameLatin} always />
          </h1>
          <div className="ent-badges">
            <span className="badge">{t(`kind.${org.kind}`, { ns: 'common' })}</span>
            {org.setting && <span className="badge">{t(`setting.${org.setting}`, { ns: 'common' })}</span>}
            <OrgStatusBadge status={org.status} />
          </div>
        </div>
        <div className="org-actions">
          {org.viewerCanEdit && (
            <button type="button" className="button" ref={editButton} aria-expanded={editing} onClick={onEdit}>
              {t('edit.edit', { ns: 'account' })}
            </button>
          )}
          <Link className="button button-primary" to={`/network?seeds=${encodeURIComponent(org.id)}`}>
            {t('openInNetwork')}
          </Link>
        </div>
      </div>
    </header>
  );
}

function OrgFacts({ org }: { org: OrganizationHeader }) {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const lng = i18n.language;
  const items: Array<[string, ReactNode]> = [
    [t('facts.region'), <RegionLink region={org.region} />],
    [t('facts.founded'), formatDate(org.foundedOn, lng)],
  ];
  if (org.dissolvedOn || org.status === 'DISSOLVED') items.push([t('facts.dissolved'), formatDate(org.dissolvedOn, lng)]);
  items.push([t('facts.creditCode'), org.creditCode ? <span className="mono">{org.creditCode}</span> : '—']);
  if (org.industry) items.push([t('facts.industry'), org.industry]);
  if (org.twinningCapacity != null) items.push([t('facts.twinningCapacity'), formatNumber(org.twinningCapacity, lng)]);
  items.push([t('facts.members'), formatNumber(org.memberCount, lng)]);
  return (
    <Section id="org-facts" title={t('facts.title')}>
      <Facts items={items} />
    </Section>
  );
}

function OrgLeaders({ org }: { org: OrganizationHeader }) {
  const { t } = useTranslation(['organizations', 'common']);
  return (
    <Section id="org-leaders" title={t('leaders.title')}>
      {org.currentLeaders.length === 0 ? (
        <Empty title={t('leaders.empty')} hint={t('leaders.emptyHint')} />
      ) : (
        <LeaderList posts={org.currentLeaders} />
      )}
    </Section>
  );
}

/** Where the organization sits: the party organization above it, the unit it is set up in, those set up in it. */
function OrgRelations({ org }: { org: OrganizationHeader }) {
  const { t } = useTranslation(['organizations', 'common']);
  if (!org.parent && !org.host && org.partyOrganizations.length === 0) return null;
  const kind = (k: string) => <span className="badge">{t(`kind.${k}`, { ns: 'common' })}</span>;
  return (
    <Section id="org-relations" title={t('relations.title')}>
      <dl className="org-relations">
        {org.parent && (
          <div>
            <dt>{t('relations.parent')}</dt>
            <dd>
              <OrgLink org={org.parent} /> {kind(org.parent.kind)}
            </dd>
          </div>
        )}
        {org.host && (
          <div>
            <dt>{t('relations.host')}</dt>
            <dd>
              <OrgLink org={org.host} /> {kind(org.host.kind)}
            </dd>
          </div>
        )}
        {org.partyOrganizations.length > 0 && (
          <div>
            <dt>{t('relations.partyOrganizations')}</dt>
            <dd>
              <ul className="ent-list">
                {org.partyOrganizations.map((p) => (
                  <li key={p.id}>
                    <OrgLink org={p} /> {kind(p.kind)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </Section>
  );
}
