import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { VenueCondition } from '../../gql/graphql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { Table, type Column } from '../../components/Table';
import { Section } from '../../components/ui';
import { Saved } from '../../components/edit/form';
import { RowActions, type Open } from '../../components/records/edit';
import { formatDate, formatNumber } from '../../lib/format';
import { useMayWriteIn } from '../../lib/scope';
import { DeleteVenueDialog, VenueDialog, type VenueRow } from './VenueForms';

export const RegionVenuesQuery = graphql(`
  query RegionVenues($id: ID!) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        venues {
          id
          version
          name
          builtOn
          area
          condition
          functions
        }
      }
    }
  }
`);

const tone: Record<VenueCondition, string> = { GOOD: 'badge-ok', FAIR: '', POOR: 'badge-warn', UNUSABLE: 'badge-danger' };

/**
 * The activity venues of a village or urban community (path lists the IDs
 * of the regions above it). An editor whose scope holds the region adds,
 * changes and deletes them.
 */
export function Venues({ id, name, path }: { id: string; name: string; path: readonly string[] }) {
  const { t, i18n } = useTranslation(['records', 'forms']);
  const lng = i18n.language;
  const client = useClient();
  const [res, reexecute] = useQuery({ query: RegionVenuesQuery, variables: { id } });
  const venues = res.data?.node?.__typename === 'Region' ? (res.data.node.venues ?? []) : undefined;
  const mayEdit = useMayWriteIn(id, path);
  const [open, setOpen] = useState<Open>();
  const [saved, setSaved] = useState<string | null>(null);
  const reread = () => client.query(RegionVenuesQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
  // A venue without a name is called by its place in the list.
  const labelOf = (v: VenueRow) => v.name || t('venues.unnamed', { n: (venues?.indexOf(v) ?? 0) + 1 });
  const current = open && open.kind !== 'add' ? venues?.find((v) => v.id === open.id) : undefined;
  const changed = async (message: string) => {
    await reread();
    setOpen(undefined);
    setSaved(message);
  };

  const columns: Column<VenueRow>[] = [
    { title: t('venue.name'), rowHeader: true, cell: (v) => labelOf(v) },
    { title: t('venue.condition'), cell: (v) => <span className={`badge ${tone[v.condition]}`}>{t(`venueCondition.${v.condition}`)}</span> },
    { title: t('venues.col.builtOn'), cellClassName: 'ent-nowrap', cell: (v) => formatDate(v.builtOn, lng) },
    { title: t('venues.col.area'), className: 'ent-num', cell: (v) => (v.area == null ? '—' : t('venues.areaValue', { area: formatNumber(v.area, lng) })) },
    {
      title: t('venue.functions'),
      className: 'ent-hide-narrow',
      cell: (v) =>
        v.functions?.length ? (
          <ul className="rec-chips">
            {v.functions.map((f) => (
              <li key={f} className="badge">
                {f}
              </li>
            ))}
          </ul>
        ) : (
          '—'
        ),
    },
  ];
  if (mayEdit) {
    columns.push({
      title: t('actions', { ns: 'forms' }),
      cell: (v) => (
        <RowActions
          editLabel={t('venues.editLabel', { name: labelOf(v) })}
          deleteLabel={t('venues.deleteLabel', { name: labelOf(v) })}
          onEdit={() => setOpen({ kind: 'edit', id: v.id })}
          onDelete={() => setOpen({ kind: 'delete', id: v.id })}
        />
      ),
    });
  }

  let body;
  if (res.error && !venues) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!venues) body = <Loading label={t('venues.loading')} />;
  else if (venues.length === 0) body = <Empty title={t('venues.empty')} hint={t('venues.emptyHint')} />;
  else body = <Table columns={columns} rows={venues} caption={t('venues.caption', { name })} />;

  return (
    <Section
      id="region-venues"
      title={t('venues.title')}
      count={venues?.length}
      actions={
        mayEdit && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'add' })}>
            {t('venues.add')}
          </button>
        )
      }
    >
      <Saved text={saved} />
      {open?.kind === 'add' && (
        <VenueDialog
          regionID={id}
          onClose={() => setOpen(undefined)}
          onSaved={(n) => changed(n ? t('venues.added', { name: n }) : t('venues.addedUnnamed'))}
        />
      )}
      {open?.kind === 'edit' && current && (
        <VenueDialog
          key={current.version}
          regionID={id}
          venue={current}
          label={labelOf(current)}
          onClose={() => setOpen(undefined)}
          onSaved={(n) => changed(t('venues.saved', { name: n || labelOf(current) }))}
          onReload={reread}
        />
      )}
      {open?.kind === 'delete' && current && (
        <DeleteVenueDialog venue={current} label={labelOf(current)} onClose={() => setOpen(undefined)} onDeleted={() => changed(t('venues.deleted', { name: labelOf(current) }))} />
      )}
      {body}
    </Section>
  );
}
