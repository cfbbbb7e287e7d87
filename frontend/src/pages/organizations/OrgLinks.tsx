import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedTable } from '../../components/PagedTable';
import { useCommonColumns } from '../../components/columns';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { LinkStatusBadge, OrgLink, Section } from '../../components/ui';
import { LINK_KINDS } from '../../lib/enums';
import { Saved } from '../../components/edit/form';
import { DeleteLinkDialog, LinkDialog } from './LinkForms';
import { LinkActivities } from './LinkActivities';

type Editing = { kind: 'add' } | { kind: 'edit' | 'delete'; id: string };

export const OrganizationLinksQuery = graphql(`
  query OrganizationLinks($id: ID!, $kinds: [LinkKind!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        links(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              version
              viewerCanEdit
              kind
              status
              startedOn
              endedOn
              goals
              notes
              source { id name nameLatin kind }
              target { id name nameLatin kind }
            }
          }
        }
      }
    }
  }
`);

/**
 * The organization's links, of every kind or one. Each shows, on request,
 * what the two sides did together (its activities). Where the viewer may
 * edit the organization (canEdit) links can be added; a link the viewer may
 * edit (at least one end in their scope) can be changed and deleted.
 */
export function OrgLinks({ id, canEdit = false }: { id: string; canEdit?: boolean }) {
  const { t } = useTranslation(['organizations', 'common', 'forms']);
  const [editing, setEditing] = useState<Editing>();
  const [saved, setSaved] = useState<string | null>(null);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const [kind, setKind] = useUrlFilter('linkKind', LINK_KINDS, 'links');
  const list = usePagedQuery(OrganizationLinksQuery, { id, kinds: kind ? [kind] : undefined }, 'links');
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.links : undefined;
  const rows = nodesOf(conn);
  const common = useCommonColumns();
  const partnerOf = (l: (typeof rows)[number]) => (l.source.id === id ? l.target : l.source);
  const open = editing && editing.kind !== 'add' ? rows.find((r) => r.id === editing.id) : undefined;
  const changed = async (message: string) => {
    await list.refetch();
    setEditing(undefined);
    setSaved(message);
  };
  const toggle = (linkID: string) =>
    setShown((s) => {
      const next = new Set(s);
      if (!next.delete(linkID)) next.add(linkID);
      return next;
    });

  return (
    <Section
      id="org-links"
      title={t('links.title')}
      count={conn?.totalCount}
      actions={
        <>
          {canEdit && (
            <button type="button" className="button" onClick={() => setEditing({ kind: 'add' })}>
              {t('link.add', { ns: 'forms' })}
            </button>
          )}
          <FilterSelect
            label={t('links.kind')}
            value={kind ?? ''}
            options={[
              { value: '', label: t('links.allKinds') },
              ...LINK_KINDS.map((k) => ({ value: k, label: t(`linkKind.${k}`, { ns: 'common' }) })),
            ]}
            onChange={(k) => setKind(k || undefined)}
          />
        </>
      }
    >
      <Saved text={saved} />
      {editing?.kind === 'add' && (
        <LinkDialog organizationID={id} onClose={() => setEditing(undefined)} onSaved={(partner) => changed(t('link.added', { ns: 'forms', partner }))} />
      )}
      {editing?.kind === 'edit' && open && (
        <LinkDialog
          key={open.version}
          organizationID={id}
          link={open}
          partner={partnerOf(open).name}
          onClose={() => setEditing(undefined)}
          onSaved={(partner) => changed(t('link.saved', { ns: 'forms', partner }))}
          onReload={list.refetch}
        />
      )}
      {editing?.kind === 'delete' && open && (
        <DeleteLinkDialog
          link={open}
          partner={partnerOf(open).name}
          onClose={() => setEditing(undefined)}
          onDeleted={() => changed(t('link.deleted', { ns: 'forms', partner: partnerOf(open).name }))}
        />
      )}
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        loading={t('links.loading')}
        empty={
          kind
            ? { title: t('links.emptyKind', { kind: t(`linkKind.${kind}`, { ns: 'common' }) }), hint: t('links.emptyKindHint') }
            : { title: t('links.empty'), hint: t('links.emptyHint') }
        }
        pagerLabel={t('links.pages')}
        columns={[
          {
            title: t('col.linkKind'),
            // A twinning has a page of its own: its history and activities, its changes of state.
            cell: (l) =>
              l.kind === 'URBAN_RURAL_TWINNING' ? (
                <Link to={`/twinnings/${l.id}`}>{t(`linkKind.${l.kind}`, { ns: 'common' })}</Link>
              ) : (
                t(`linkKind.${l.kind}`, { ns: 'common' })
              ),
          },
          {
            title: t('col.partner'),
            cell: (l) => {
              const partner = l.source.id === id ? l.target : l.source;
              return (
                <>
                  <OrgLink org={partner} />
                  <div className="muted org-sub">{t(`kind.${partner.kind}`, { ns: 'common' })}</div>
                  {l.goals && <div className="org-sub">{l.goals}</div>}
                </>
              );
            },
          },
          common.started,
          common.ended,
          { title: t('col.status'), cell: (l) => <LinkStatusBadge status={l.status} /> },
          {
            title: t('actions', { ns: 'forms' }),
            cell: (l) => {
              const partner = partnerOf(l).name;
              return (
                <div className="edit-row-actions">
                  <button type="button" className="button" aria-expanded={shown.has(l.id)} aria-label={t('activity.showLabel', { ns: 'forms', partner })} onClick={() => toggle(l.id)}>
                    {t('activity.show', { ns: 'forms' })}
                  </button>
                  {l.viewerCanEdit && (
                    <>
                      <button type="button" className="button" aria-label={t('link.editLabel', { ns: 'forms', partner })} onClick={() => setEditing({ kind: 'edit', id: l.id })}>
                        {t('edit', { ns: 'forms' })}
                      </button>
                      <button type="button" className="button" aria-label={t('link.deleteLabel', { ns: 'forms', partner })} onClick={() => setEditing({ kind: 'delete', id: l.id })}>
                        {t('delete', { ns: 'forms' })}
                      </button>
                    </>
                  )}
                </div>
              );
            },
          },
        ]}
        expanded={(l) => (shown.has(l.id) ? <LinkActivities linkID={l.id} partner={partnerOf(l).name} /> : null)}
      />
    </Section>
  );
}
