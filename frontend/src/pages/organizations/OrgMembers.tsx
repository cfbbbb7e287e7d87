import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PositionWhereInput } from '../../gql/graphql';
import { FilterSelect } from '../../components/FilterSelect';
import { PagedTable } from '../../components/PagedTable';
import { useCommonColumns } from '../../components/columns';
import { nodesOf, usePagedQuery, useUrlFilter } from '../../components/paging';
import { PersonLink, Section } from '../../components/ui';
import { formatMoney, today } from '../../lib/format';
import { Saved } from '../../components/edit/form';
import { AddPostDialog, DeletePostDialog, EndPostDialog, type PostRow } from './PostForms';

export const OrganizationMembersQuery = graphql(`
  query OrganizationMembers($id: ID!, $where: PositionWhereInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        positions(
          where: $where
          orderBy: { field: STARTED_ON, direction: DESC }
          first: $first
          after: $after
          last: $last
          before: $before
        ) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              version
              role
              startedOn
              endedOn
              selectionMethod
              basicRemuneration
              person { id name nameLatin }
            }
          }
        }
      }
    }
  }
`);

type PostFilter = 'current' | 'past' | 'all';
const filters: PostFilter[] = ['current', 'past', 'all'];

/** Current posts have no end date or one still to come; past ones ended by today. */
export function postWhere(f: PostFilter, on = today()): PositionWhereInput | undefined {
  if (f === 'current') return { or: [{ endedOnIsNil: true }, { endedOnGT: on }] };
  if (f === 'past') return { endedOnLTE: on };
  return undefined;
}

type Editing = { kind: 'add' } | { kind: 'end' | 'delete'; id: string };

/**
 * The organization's posts, current, past or all. Where the viewer may edit
 * the organization (canEdit), posts can be added, ended and deleted (when
 * recorded in error); onChanged then reads the page's header again (its
 * leaders and head count).
 */
export function OrgMembers({ id, canEdit = false, onChanged }: { id: string; canEdit?: boolean; onChanged?: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation(['organizations', 'common', 'forms']);
  const [editing, setEditing] = useState<Editing>();
  const [saved, setSaved] = useState<string | null>(null);
  const lng = i18n.language;
  const [chosen, choose] = useUrlFilter('posts', filters, 'members');
  const filter = chosen ?? 'current';
  const list = usePagedQuery(OrganizationMembersQuery, { id, where: postWhere(filter) }, 'members');
  const conn = list.data?.node?.__typename === 'Organization' ? list.data.node.positions : undefined;
  const rows = nodesOf(conn);
  const common = useCommonColumns();
  const open = editing && editing.kind !== 'add' ? rows.find((r) => r.id === editing.id) : undefined;
  const changed = async (message: string) => {
    await Promise.all([list.refetch(), onChanged?.()]);
    setEditing(undefined);
    setSaved(message);
  };
  const on = today();
  const actions = {
    title: t('actions', { ns: 'forms' }),
    cell: (p: PostRow) => (
      <div className="edit-row-actions">
        {(!p.endedOn || p.endedOn > on) && (
          <button type="button" className="button" aria-label={t('post.endLabel', { ns: 'forms', person: p.person.name })} onClick={() => setEditing({ kind: 'end', id: p.id })}>
            {t('post.end', { ns: 'forms' })}
          </button>
        )}
        <button type="button" className="button" aria-label={t('post.deleteLabel', { ns: 'forms', person: p.person.name })} onClick={() => setEditing({ kind: 'delete', id: p.id })}>
          {t('delete', { ns: 'forms' })}
        </button>
      </div>
    ),
  };

  return (
    <Section
      id="org-members"
      title={t('members.title')}
      count={conn?.totalCount}
      actions={
        <>
          {canEdit && (
            <button type="button" className="button" onClick={() => setEditing({ kind: 'add' })}>
              {t('post.add', { ns: 'forms' })}
            </button>
          )}
          <FilterSelect
            label={t('members.show')}
            value={filter}
            options={filters.map((f) => ({ value: f, label: t(`members.filter.${f}`) }))}
            onChange={(f) => choose(f === 'current' ? undefined : f)}
          />
        </>
      }
    >
      <Saved text={saved} />
      {editing?.kind === 'add' && (
        <AddPostDialog organizationID={id} onClose={() => setEditing(undefined)} onSaved={(name) => changed(t('post.added', { ns: 'forms', person: name }))} />
      )}
      {editing?.kind === 'end' && open && (
        <EndPostDialog
          key={open.version}
          post={open}
          onClose={() => setEditing(undefined)}
          onSaved={() => changed(t('post.ended', { ns: 'forms', person: open.person.name }))}
          onReload={list.refetch}
        />
      )}
      {editing?.kind === 'delete' && open && (
        <DeletePostDialog post={open} onClose={() => setEditing(undefined)} onDeleted={() => changed(t('post.deleted', { ns: 'forms', person: open.person.name }))} />
      )}
      <PagedTable
        list={list}
        conn={conn}
        rows={rows}
        loading={t('members.loading')}
        empty={{ title: t(`members.empty.${filter}`), hint: t('members.emptyHint') }}
        pagerLabel={t('members.pages')}
        columns={[
          { title: t('col.person'), cell: (p) => <PersonLink person={p.person} /> },
          common.role,
          common.selection,
          common.started,
          common.ended,
          { title: t('col.remuneration'), className: 'ent-num ent-hide-narrow', cell: (p) => formatMoney(p.basicRemuneration, lng) },
          ...(canEdit ? [actions] : []),
        ]}
      />
    </Section>
  );
}
