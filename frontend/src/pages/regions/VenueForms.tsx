import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateVenueInput, UpdateVenueInput, VenueCondition } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { SelectField, TextField, useEditForm } from '../../components/edit/form';
import { DeleteDialog, FormDialog, changedInput, createInput, text, useSaving, type ChangeSpec } from '../../components/records/edit';
import { VENUE_CONDITIONS } from '../../components/records/enums';

export const CreateVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      id
      version
      name
    }
  }
`);

export const UpdateVenueMutation = graphql(`
  mutation UpdateVenue($id: ID!, $version: Int!, $input: UpdateVenueInput!) {
    updateVenue(id: $id, version: $version, input: $input) {
      id
      version
      name
      builtOn
      area
      condition
      functions
    }
  }
`);

export const DeleteVenueMutation = graphql(`
  mutation DeleteVenue($id: ID!) {
    deleteVenue(id: $id)
  }
`);

/** A venue as the region's list shows it. */
export interface VenueRow {
  id: string;
  version: number;
  name: string | null;
  builtOn: string | null;
  area: number | null;
  condition: VenueCondition;
  functions: string[] | null;
}

const FIELDS = ['name', 'builtOn', 'area', 'condition', 'functions'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const SPEC: ChangeSpec<Field> = {
  numbers: ['area'],
  lists: ['functions'],
  clear: { name: 'clearName', builtOn: 'clearBuiltOn', area: 'clearArea', functions: 'clearFunctions' } satisfies Partial<Record<Field, keyof UpdateVenueInput>>,
};

function valuesOf(v: VenueRow | undefined): Values {
  return {
    name: v?.name ?? '',
    builtOn: v?.builtOn ?? '',
    area: text(v?.area),
    condition: v?.condition ?? 'GOOD',
    functions: (v?.functions ?? []).join('\n'),
  };
}

/** The new venue's fields; those left empty are not sent. */
export function newVenue(regionID: string, v: Values): CreateVenueInput {
  return { ...createInput(FIELDS, v, SPEC), regionID } as CreateVenueInput;
}

/** Only what changed; a field emptied is cleared. */
export function venueChanges(was: VenueRow, v: Values): UpdateVenueInput {
  return changedInput(FIELDS, valuesOf(was), v, SPEC) as UpdateVenueInput;
}

/**
 * A new venue of the region (venue absent) or changes to one, in a dialog.
 * onSaved is told the venue's name (empty when it has none).
 */
export function VenueDialog({
  regionID,
  venue,
  label,
  onClose,
  onSaved,
  onReload,
}: {
  regionID: string;
  venue?: VenueRow;
  /** What the venue is called in the dialog's title. */
  label?: string;
  onClose: () => void;
  onSaved: (name: string) => Promise<unknown>;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['records', 'forms']);
  const form = useEditForm<Field>(() => valuesOf(venue), fieldsOf(FIELDS, SPEC.clear));
  const [created, create] = useMutation(CreateVenueMutation);
  const [updated, update] = useMutation(UpdateVenueMutation);
  const { nothing, save } = useSaving();
  const done = () => onSaved(form.values.name.trim());
  const submit = () => {
    if (!venue) return save(form, null, () => create({ input: newVenue(regionID, form.values) }), done);
    const input = venueChanges(venue, form.values);
    return save(form, input, () => update({ id: venue.id, version: venue.version, input }), done);
  };
  return (
    <FormDialog
      title={venue ? t('venues.editTitle', { name: label ?? venue.name }) : t('venues.addTitle')}
      form={form}
      busy={created.fetching || updated.fetching}
      nothing={nothing}
      save={venue ? undefined : t('venues.add')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField form={form} name="name" label={t('venue.name')} maxLength={200} hint={t('venue.nameHint')} />
      <SelectField form={form} name="condition" label={t('venue.condition')} options={VENUE_CONDITIONS.map((c) => ({ value: c, label: t(`venueCondition.${c}`) }))} />
      <TextField form={form} name="builtOn" label={t('venue.builtOn')} type="date" />
      <TextField form={form} name="area" label={t('venue.area')} type="number" min={0} step="any" inputMode="decimal" />
      <TextField form={form} name="functions" label={t('venue.functions')} multiline wide hint={t('venue.functionsHint')} />
    </FormDialog>
  );
}

/** Deletes a venue recorded in error, once confirmed. */
export function DeleteVenueDialog({ venue, label, onClose, onDeleted }: { venue: VenueRow; label: string; onClose: () => void; onDeleted: () => Promise<unknown> }) {
  const { t } = useTranslation('records');
  const [, remove] = useMutation(DeleteVenueMutation);
  return <DeleteDialog title={t('venues.deleteTitle', { name: label })} hint={t('venues.deleteHint')} remove={() => remove({ id: venue.id })} onClose={onClose} onDeleted={onDeleted} />;
}
