import { useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PersonBackground, PersonEducation, PersonGender, PersonPoliticalStatus, UpdatePersonInput } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { CheckField, CheckGroup, FailureAlert, FieldSet, FormActions, SelectField, TextField, useEditForm } from '../../components/edit/form';
import { EntityPicker, type Picked } from '../../components/edit/EntityPicker';
import { BACKGROUNDS, EDUCATIONS, GENDERS, POLITICAL_STATUSES } from '../../lib/enums';
import { PersonPageQueryDoc } from './PersonPage';

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $version: Int!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, version: $version, input: $input) {
      id
      version
      viewerCanEdit
      name
      nameLatin
      gender
      birthDate
      birthYear
      ethnicity
      education
      politicalStatus
      joinedPartyOn
      backgrounds
      skills
      migrant
      currentLocation
      endowmentInsuredSince
      idNumber
      phone
      homeRegion { id name nameLatin }
    }
  }
`);

/** What the form edits, as the page read it (in full: the form is only for those who may edit). */
export interface EditablePerson {
  id: string;
  version: number;
  name: string;
  nameLatin: string | null;
  gender: PersonGender | null;
  birthDate: string | null;
  ethnicity: string | null;
  education: PersonEducation | null;
  politicalStatus: PersonPoliticalStatus;
  joinedPartyOn: string | null;
  backgrounds: PersonBackground[] | null;
  skills: string[] | null;
  migrant: boolean;
  currentLocation: string | null;
  endowmentInsuredSince: string | null;
  phone: string | null;
  idNumber: string | null;
  homeRegion: { id: string; name: string; ancestors?: ReadonlyArray<{ name: string }> } | null;
}

const FIELDS = [
  'name',
  'nameLatin',
  'gender',
  'ethnicity',
  'education',
  'politicalStatus',
  'joinedPartyOn',
  'birthDate',
  'idNumber',
  'phone',
  'homeRegionID',
  'migrant',
  'currentLocation',
  'endowmentInsuredSince',
  'backgrounds',
  'skills',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/** The fields that can be emptied, with the input flag that empties each. */
const CLEAR = {
  nameLatin: 'clearNameLatin',
  gender: 'clearGender',
  birthDate: 'clearBirthDate',
  ethnicity: 'clearEthnicity',
  education: 'clearEducation',
  joinedPartyOn: 'clearJoinedPartyOn',
  backgrounds: 'clearBackgrounds',
  skills: 'clearSkills',
  currentLocation: 'clearCurrentLocation',
  endowmentInsuredSince: 'clearEndowmentInsuredSince',
  phone: 'clearPhone',
  idNumber: 'clearIDNumber',
  homeRegionID: 'clearHomeRegion',
} as const satisfies Partial<Record<Field, keyof UpdatePersonInput>>;

/** Skills are typed one per line (or separated by commas, Chinese or not). */
export function skillsOf(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function valuesOf(p: EditablePerson): Values {
  return {
    name: p.name,
    nameLatin: p.nameLatin ?? '',
    gender: p.gender ?? '',
    birthDate: p.birthDate ?? '',
    ethnicity: p.ethnicity ?? '',
    education: p.education ?? '',
    politicalStatus: p.politicalStatus,
    joinedPartyOn: p.joinedPartyOn ?? '',
    backgrounds: BACKGROUNDS.filter((b) => p.backgrounds?.includes(b)).join(','),
    skills: (p.skills ?? []).join('\n'),
    migrant: String(p.migrant),
    currentLocation: p.currentLocation ?? '',
    endowmentInsuredSince: p.endowmentInsuredSince ?? '',
    phone: p.phone ?? '',
    idNumber: p.idNumber ?? '',
    homeRegionID: p.homeRegion?.id ?? '',
  };
}

/** Only what changed: a field emptied is cleared (clearX), one left as it was is not sent. */
export function changesOf(p: EditablePerson, v: Values): UpdatePersonInput {
  const was = valuesOf(p);
  const input: UpdatePersonInput = {};
  for (const f of FIELDS) {
    const now = f === 'skills' ? skillsOf(v.skills).join('\n') : v[f].trim();
    if (now === was[f]) continue;
    if (now === '' && f in CLEAR) {
      input[CLEAR[f as keyof typeof CLEAR]] = true;
      continue;
    }
    switch (f) {
      case 'gender':
        input.gender = now as PersonGender;
        break;
      case 'education':
        input.education = now as PersonEducation;
        break;
      case 'politicalStatus':
        input.politicalStatus = now as PersonPoliticalStatus;
        break;
      case 'backgrounds':
        input.backgrounds = now.split(',') as PersonBackground[];
        break;
      case 'skills':
        input.skills = now.split('\n');
        break;
      case 'migrant':
        input.migrant = now === 'true';
        break;
      default:
        input[f] = now;
    }
  }
  return input;
}

const fieldOf = fieldsOf(FIELDS, CLEAR);

/**
 * Changes a person, personal data (birth date, resident ID, phone) included:
 * the page shows the form only to those who may edit the person, who also
 * read that data in full. Saving names the version the page read; a stale
 * one is refused (CONFLICT) and the form offers to reload. A resident ID
 * number already taken is marked on its field.
 */
export function PersonEditForm({ person, onDone }: { person: EditablePerson; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(['forms', 'account', 'common']);
  const client = useClient();
  const form = useEditForm<Field>(() => valuesOf(person), fieldOf);
  const [state, update] = useMutation(UpdatePersonMutation);
  const [nothing, setNothing] = useState(false);
  const [home, setHome] = useState<Picked | null>(
    person.homeRegion ? { id: person.homeRegion.id, name: person.homeRegion.name, sub: person.homeRegion.ancestors?.map((a) => a.name).join(' / ') } : null,
  );
  const c = (k: string) => t(k, { ns: 'common' });
  useEffect(() => document.getElementById(form.inputId('name'))?.focus(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = changesOf(person, form.values);
    if (Object.keys(input).length === 0) {
      setNothing(true);
      return;
    }
    setNothing(false);
    form.setFailure(undefined);
    const r = await update({ id: person.id, version: person.version, input });
    if (r.error) form.fail(r.error);
    else onDone(true);
  };

  const reload = () => client.query(PersonPageQueryDoc, { id: person.id }, { requestPolicy: 'network-only' }).toPromise();
  const title = t('person.title');
  return (
    <section className="card ent-section" aria-labelledby={`${form.id}-title`}>
      <div className="ent-section-head">
        <h2 id={`${form.id}-title`}>{title}</h2>
      </div>
      <FailureAlert form={form} onReload={reload} />
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField form={form} name="name" label={t('person.name')} required maxLength={200} />
        <TextField form={form} name="nameLatin" label={t('person.nameLatin')} lang="zh-Latn" />
        <SelectField form={form} name="gender" label={t('person.gender')} empty={t('notRecorded')} options={GENDERS.map((g) => ({ value: g, label: c(`gender.${g}`) }))} />
        <TextField form={form} name="ethnicity" label={t('person.ethnicity')} />
        <SelectField form={form} name="education" label={t('person.education')} empty={t('notRecorded')} options={EDUCATIONS.map((g) => ({ value: g, label: c(`education.${g}`) }))} />
        <SelectField form={form} name="politicalStatus" label={t('person.politicalStatus')} options={POLITICAL_STATUSES.map((g) => ({ value: g, label: c(`political.${g}`) }))} />
        <TextField form={form} name="joinedPartyOn" label={t('person.joinedPartyOn')} type="date" />
        <FieldSet legend={t('person.personalData')} hint={t('person.personalDataHint')}>
          <TextField form={form} name="birthDate" label={t('person.birthDate')} type="date" />
          <TextField form={form} name="idNumber" label={t('person.idNumber')} className="mono" spellCheck={false} maxLength={18} autoComplete="off" hint={t('person.idNumberHint')} />
          <TextField form={form} name="phone" label={t('person.phone')} type="tel" className="mono" maxLength={32} autoComplete="off" />
        </FieldSet>
        <EntityPicker form={form} name="homeRegionID" label={t('person.homeRegion')} type="REGION" picked={home} onPick={setHome} />
        <CheckField form={form} name="migrant" label={t('person.migrant')} />
        <TextField form={form} name="currentLocation" label={t('person.currentLocation')} />
        <TextField form={form} name="endowmentInsuredSince" label={t('person.insuredSince')} type="date" />
        <CheckGroup form={form} name="backgrounds" label={t('person.backgrounds')} options={BACKGROUNDS.map((b) => ({ value: b, label: c(`background.${b}`) }))} />
        <TextField form={form} name="skills" label={t('person.skills')} multiline wide hint={t('person.skillsHint')} />
        <FormActions busy={state.fetching} onCancel={() => onDone(false)} />
        {nothing && (
          <p className="muted edit-wide" role="status">
            {t('edit.nothing', { ns: 'account' })}
          </p>
        )}
      </form>
    </section>
  );
}
