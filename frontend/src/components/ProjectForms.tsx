import { useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { CreateProjectInput, ProjectKind, ProjectStatus, UpdateProjectIncomeInput, UpdateProjectInput } from '../gql/graphql';
import { fieldsOf } from './edit/failure';
import { Dialog, FailureAlert, FieldSet, FormActions, Saved, SelectField, TextField, useEditForm, type EditForm } from './edit/form';
import { EntityPicker, type Picked } from './edit/EntityPicker';
import { ErrorState, Loading } from './Status';
import { PROJECT_KINDS, PROJECT_STATUSES } from '../lib/enums';
import { formatMoney } from '../lib/format';

/** A project with everything its forms change, read afresh when a form opens. */
export const ProjectEditQuery = graphql(`
  query ProjectEdit($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        version
        viewerCanEdit
        name
        nameLatin
        kind
        industry
        status
        startedOn
        acceptedOn
        investment
        households
        responsibilityLetterOn
        region { id name }
        organization { id name }
        leader { id name }
        incomes { id version year income }
      }
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      version
      name
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) {
    updateProject(id: $id, version: $version, input: $input) {
      id
      version
      name
      nameLatin
      kind
      industry
      status
      startedOn
      acceptedOn
      investment
      households
      responsibilityLetterOn
      leader { id name }
    }
  }
`);

export const CreateProjectIncomeMutation = graphql(`
  mutation CreateProjectIncome($input: CreateProjectIncomeInput!) {
    createProjectIncome(input: $input) {
      id
      version
      year
      income
    }
  }
`);

export const UpdateProjectIncomeMutation = graphql(`
  mutation UpdateProjectIncome($id: ID!, $version: Int!, $input: UpdateProjectIncomeInput!) {
    updateProjectIncome(id: $id, version: $version, input: $input) {
      id
      version
      year
      income
    }
  }
`);

export const DeleteProjectIncomeMutation = graphql(`
  mutation DeleteProjectIncome($id: ID!) {
    deleteProjectIncome(id: $id)
  }
`);

export interface EditableProject {
  id: string;
  version: number;
  name: string;
  nameLatin: string | null;
  kind: ProjectKind;
  industry: string | null;
  status: ProjectStatus;
  startedOn: string | null;
  acceptedOn: string | null;
  investment: number | null;
  households: number | null;
  responsibilityLetterOn: string | null;
  region: { id: string; name: string };
  organization: { id: string; name: string } | null;
  leader: { id: string; name: string } | null;
}

const FIELDS = [
  'name',
  'nameLatin',
  'kind',
  'status',
  'industry',
  'startedOn',
  'acceptedOn',
  'investment',
  'households',
  'responsibilityLetterOn',
  'leaderID',
  'regionID',
  'organizationID',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const CLEAR = {
  nameLatin: 'clearNameLatin',
  industry: 'clearIndustry',
  startedOn: 'clearStartedOn',
  acceptedOn: 'clearAcceptedOn',
  investment: 'clearInvestment',
  households: 'clearHouseholds',
  responsibilityLetterOn: 'clearResponsibilityLetterOn',
  leaderID: 'clearLeader',
  organizationID: 'clearOrganization',
} as const satisfies Partial<Record<Field, keyof UpdateProjectInput>>;
const NUMBERS = new Set<Field>(['investment', 'households']);
const fieldOf = fieldsOf(FIELDS, CLEAR);

const num = (n: number | null | undefined) => (n == null ? '' : String(n));

function valuesOf(p: EditableProject | undefined, where: { region?: Picked | null; organization?: Picked | null }): Values {
  return {
    name: p?.name ?? '',
    nameLatin: p?.nameLatin ?? '',
    kind: p?.kind ?? 'PLANTING',
    status: p?.status ?? 'PLANNED',
    industry: p?.industry ?? '',
    startedOn: p?.startedOn ?? '',
    acceptedOn: p?.acceptedOn ?? '',
    investment: num(p?.investment),
    households: num(p?.households),
    responsibilityLetterOn: p?.responsibilityLetterOn ?? '',
    leaderID: p?.leader?.id ?? '',
    regionID: p?.region.id ?? where.region?.id ?? '',
    organizationID: p?.organization?.id ?? where.organization?.id ?? '',
  };
}

/** The new project's fields; those left empty are not sent. */
export function newProject(v: Values): CreateProjectInput {
  const input: CreateProjectInput = { name: v.name.trim(), kind: v.kind as ProjectKind, status: v.status as ProjectStatus, regionID: v.regionID };
  for (const f of ['nameLatin', 'industry', 'startedOn', 'acceptedOn', 'responsibilityLetterOn', 'leaderID', 'organizationID'] as const) if (v[f].trim()) input[f] = v[f].trim();
  if (v.investment.trim()) input.investment = Number(v.investment);
  if (v.households.trim()) input.households = Number(v.households);
  return input;
}

/** Only what changed; a field emptied is cleared. */
export function projectChanges(p: EditableProject, v: Values): UpdateProjectInput {
  const was = valuesOf(p, {});
  const input: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const now = v[f].trim();
    if (now === was[f]) continue;
    if (now === '' && f in CLEAR) input[CLEAR[f as keyof typeof CLEAR]] = true;
    else if (NUMBERS.has(f)) input[f] = Number(now);
    else input[f] = now;
  }
  return input as UpdateProjectInput;
}

function ProjectFields({
  form,
  leader,
  setLeader,
  region,
  setRegion,
  organization,
  setOrganization,
  pickRegion,
  pickOrganization,
}: {
  form: EditForm<Field>;
  leader: Picked | null;
  setLeader: (p: Picked | null) => void;
  region: Picked | null;
  setRegion: (p: Picked | null) => void;
  organization: Picked | null;
  setOrganization: (p: Picked | null) => void;
  pickRegion: boolean;
  pickOrganization: boolean;
}) {
  const { t } = useTranslation(['forms', 'common']);
  return (
    <>
      <TextField form={form} name="name" label={t('project.name')} required maxLength={200} />
      <TextField form={form} name="nameLatin" label={t('project.nameLatin')} lang="zh-Latn" />
      <SelectField form={form} name="kind" label={t('project.kind')} options={PROJECT_KINDS.map((k) => ({ value: k, label: t(`projectKind.${k}`, { ns: 'common' }) }))} />
      <SelectField form={form} name="status" label={t('project.status')} options={PROJECT_STATUSES.map((k) => ({ value: k, label: t(`projectStatus.${k}`, { ns: 'common' }) }))} />
      <TextField form={form} name="industry" label={t('project.industry')} />
      {pickRegion && <EntityPicker form={form} name="regionID" label={t('project.region')} type="REGION" picked={region} onPick={setRegion} required hint={t('project.regionHint')} />}
      {pickOrganization && <EntityPicker form={form} name="organizationID" label={t('project.organization')} type="ORGANIZATION" picked={organization} onPick={setOrganization} />}
      <EntityPicker form={form} name="leaderID" label={t('project.leader')} type="PERSON" picked={leader} onPick={setLeader} />
      <TextField form={form} name="investment" label={t('project.investment')} type="number" min={0} step="any" inputMode="decimal" />
      <TextField form={form} name="households" label={t('project.households')} type="number" min={0} step={1} inputMode="numeric" />
      <FieldSet legend={t('project.dates')}>
        <TextField form={form} name="startedOn" label={t('project.startedOn')} type="date" />
        <TextField form={form} name="responsibilityLetterOn" label={t('project.responsibilityLetterOn')} type="date" />
        <TextField form={form} name="acceptedOn" label={t('project.acceptedOn')} type="date" />
      </FieldSet>
    </>
  );
}

/**
 * The form of a new project (project absent) or of changes to one. A new
 * project lies in region and is run by organization when given; the
 * region, when not fixed (regionFixed), can be picked.
 */
export function ProjectForm({
  project,
  region: regionGiven,
  regionFixed = false,
  organization: organizationGiven,
  onCancel,
  onSaved,
  onReload,
}: {
  project?: EditableProject;
  region?: Picked | null;
  regionFixed?: boolean;
  organization?: Picked | null;
  onCancel: () => void;
  onSaved: (name: string) => Promise<unknown>;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['forms', 'account']);
  const form = useEditForm<Field>(() => valuesOf(project, { region: regionGiven, organization: organizationGiven }), fieldOf);
  const [leader, setLeader] = useState<Picked | null>(project?.leader ?? null);
  const [region, setRegion] = useState<Picked | null>(project?.region ?? regionGiven ?? null);
  const [organization, setOrganization] = useState<Picked | null>(project?.organization ?? organizationGiven ?? null);
  const [nothing, setNothing] = useState(false);
  useEffect(() => document.getElementById(form.inputId('name'))?.focus(), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [created, create] = useMutation(CreateProjectMutation);
  const [updated, update] = useMutation(UpdateProjectMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.setFailure(undefined);
    if (!form.values.name.trim()) {
      form.setFailure({ kind: 'field', field: 'name', message: t('required') });
      return;
    }
    if (!project) {
      if (!form.values.regionID) {
        form.setFailure({ kind: 'field', field: 'regionID', message: t('project.chooseRegion') });
        return;
      }
      const r = await create({ input: newProject(form.values) });
      if (r.error) form.fail(r.error);
      else await onSaved(form.values.name.trim());
      return;
    }
    const input = projectChanges(project, form.values);
    if (Object.keys(input).length === 0) {
      setNothing(true);
      return;
    }
    const r = await update({ id: project.id, version: project.version, input });
    if (r.error) form.fail(r.error);
    else await onSaved(form.values.name.trim());
  };
  return (
    <>
      <FailureAlert form={form} onReload={onReload} />
      <form className="form form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <ProjectFields
          form={form}
          leader={leader}
          setLeader={setLeader}
          region={region}
          setRegion={setRegion}
          organization={organization}
          setOrganization={setOrganization}
          pickRegion={!project && !regionFixed}
          pickOrganization={!project && !organizationGiven}
        />
        <FormActions busy={created.fetching || updated.fetching} onCancel={onCancel} save={project ? undefined : t('project.add')} />
        {nothing && (
          <p className="muted edit-wide" role="status">
            {t('edit.nothing', { ns: 'account' })}
          </p>
        )}
      </form>
    </>
  );
}

/** A new project, in a dialog. */
export function AddProjectDialog(props: {
  region?: Picked | null;
  regionFixed?: boolean;
  organization?: Picked | null;
  onClose: () => void;
  onSaved: (name: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('forms');
  return (
    <Dialog title={t('project.addTitle')} onClose={props.onClose} wide>
      <ProjectForm {...props} onCancel={props.onClose} />
    </Dialog>
  );
}

/** The project read afresh; reread reads it again from the server. */
function useProject(id: string) {
  const client = useClient();
  const [res, reexecute] = useQuery({ query: ProjectEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const project = res.data?.node?.__typename === 'Project' ? res.data.node : undefined;
  const reread = () => client.query(ProjectEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
  const status = res.error && !project ? <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} /> : !project ? <Loading /> : null;
  return { project, reread, status };
}

/** Changes a project, in a dialog; the project is read afresh first. */
export function EditProjectDialog({ id, name, onClose, onSaved }: { id: string; name: string; onClose: () => void; onSaved: (name: string) => Promise<unknown> }) {
  const { t } = useTranslation('forms');
  const { project, reread, status } = useProject(id);
  return (
    <Dialog title={t('project.editTitle', { name })} onClose={onClose} wide>
      {status ?? (project && <ProjectForm key={project.version} project={project} onCancel={onClose} onSaved={onSaved} onReload={reread} />)}
    </Dialog>
  );
}

type Income = { id: string; version: number; year: number; income: number };
const INCOME_FIELDS = ['year', 'income'] as const;
type IncomeField = (typeof INCOME_FIELDS)[number];

export function incomeChanges(was: Income, v: Record<IncomeField, string>): UpdateProjectIncomeInput {
  const input: UpdateProjectIncomeInput = {};
  if (Number(v.year) !== was.year) input.year = Number(v.year);
  if (Number(v.income) !== was.income) input.income = Number(v.income);
  return input;
}

/** A year's income: a new one (income absent) or changes to one. */
function IncomeForm({ projectID, income, onCancel, onSaved, onReload }: { projectID: string; income?: Income; onCancel?: () => void; onSaved: (year: number) => Promise<unknown>; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation(['forms', 'account']);
  const form = useEditForm<IncomeField>(
    () => ({ year: String(income?.year ?? new Date().getFullYear() - 1), income: income ? String(income.income) : '' }),
    fieldsOf(INCOME_FIELDS),
  );
  const [created, create] = useMutation(CreateProjectIncomeMutation);
  const [updated, update] = useMutation(UpdateProjectIncomeMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.setFailure(undefined);
    for (const f of INCOME_FIELDS) {
      if (!form.values[f].trim()) {
        form.setFailure({ kind: 'field', field: f, message: t('required') });
        return;
      }
    }
    const year = Number(form.values.year);
    if (!income) {
      const r = await create({ input: { projectID, year, income: Number(form.values.income) } });
      if (r.error) form.fail(r.error);
      else await onSaved(year);
      return;
    }
    const input = incomeChanges(income, form.values);
    if (Object.keys(input).length === 0) {
      onCancel?.();
      return;
    }
    const r = await update({ id: income.id, version: income.version, input });
    if (r.error) form.fail(r.error);
    else await onSaved(year);
  };
  return (
    <form className="form form-grid edit-income" onSubmit={(e) => void submit(e)} noValidate aria-label={income ? t('income.editLabel', { year: income.year }) : t('income.addTitle')}>
      <div className="edit-wide">
        <FailureAlert form={form} onReload={onReload} />
      </div>
      <TextField form={form} name="year" label={t('income.year')} type="number" min={1949} max={2100} step={1} inputMode="numeric" required />
      <TextField form={form} name="income" label={t('income.income')} type="number" min={0} step="any" inputMode="decimal" required />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={created.fetching || updated.fetching}>
          {created.fetching || updated.fetching ? t('edit.saving', { ns: 'account' }) : income ? t('edit.save', { ns: 'account' }) : t('income.add')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('edit.cancel', { ns: 'account' })}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * A project's yearly incomes, in a dialog: each can be changed or deleted
 * (after a confirmation in its row), and an income added for a year that
 * has none yet. onChanged is told after each change (the list behind reads
 * its figures again).
 */
export function IncomesDialog({ id, name, onClose, onChanged }: { id: string; name: string; onClose: () => void; onChanged: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation(['forms', 'account']);
  const client = useClient();
  const { project, reread, status } = useProject(id);
  const [editing, setEditing] = useState<{ id: string; delete?: boolean }>();
  const [saved, setSaved] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string>();
  const [adding, setAdding] = useState(0);
  const incomes = [...(project?.incomes ?? [])].sort((a, b) => b.year - a.year);
  const changed = async (message: string) => {
    await Promise.all([reread(), onChanged()]);
    setEditing(undefined);
    setSaved(message);
  };
  const remove = async (income: Income) => {
    const r = await client.mutation(DeleteProjectIncomeMutation, { id: income.id }).toPromise();
    if (r.error) setDeleteError(r.error.graphQLErrors[0]?.message ?? r.error.message);
    else {
      setDeleteError(undefined);
      await changed(t('income.deleted', { year: income.year }));
    }
  };
  return (
    <Dialog title={t('income.title', { name })} onClose={onClose} wide>
      <Saved text={saved} />
      {status ??
        (project && (
          <>
            {incomes.length === 0 ? (
              <p className="muted">{t('income.none')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">{t('income.title', { name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('income.year')}</th>
                      <th scope="col" className="ent-num">
                        {t('income.income')}
                      </th>
                      <th scope="col">{t('actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {incomes.map((i) =>
                      editing?.id === i.id && !editing.delete ? (
                        <tr key={i.id}>
                          <td colSpan={3}>
                            <IncomeForm
                              key={i.version}
                              projectID={id}
                              income={i}
                              onCancel={() => setEditing(undefined)}
                              onSaved={(year) => changed(t('income.saved', { year }))}
                              onReload={reread}
                            />
                          </td>
                        </tr>
                      ) : (
                        <tr key={i.id}>
                          <th scope="row">{i.year}</th>
                          <td className="ent-num">{formatMoney(i.income, i18n.language)}</td>
                          <td>
                            {editing?.id === i.id && editing.delete ? (
                              <div className="edit-row-actions" role="group" aria-label={t('income.deleteQuestion', { year: i.year })}>
                                <span>{t('income.deleteQuestion', { year: i.year })}</span>
                                <button type="button" className="button button-danger" autoFocus onClick={() => void remove(i)}>
                                  {t('delete')}
                                </button>
                                <button type="button" className="button" onClick={() => setEditing(undefined)}>
                                  {t('edit.cancel', { ns: 'account' })}
                                </button>
                                {deleteError && (
                                  <p className="form-error" role="alert">
                                    {deleteError}
                                  </p>
                                )}
                              </div>
                            ) : (
                              <div className="edit-row-actions">
                                <button type="button" className="button" aria-label={t('income.editLabel', { year: i.year })} onClick={() => setEditing({ id: i.id })}>
                                  {t('edit')}
                                </button>
                                <button type="button" className="button" aria-label={t('income.deleteLabel', { year: i.year })} onClick={() => setEditing({ id: i.id, delete: true })}>
                                  {t('delete')}
                                </button>
                              </div>
                            )}
                          </td>
                        </tr>
                      ),
                    )}
                  </tbody>
                </table>
              </div>
            )}
            <h3>{t('income.addTitle')}</h3>
            <IncomeForm
              key={adding}
              projectID={id}
              onSaved={async (year) => {
                await changed(t('income.added', { year }));
                setAdding((n) => n + 1);
              }}
              onReload={reread}
            />
          </>
        ))}
      <div className="form-actions edit-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}
