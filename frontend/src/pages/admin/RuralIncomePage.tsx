import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateRuralIncomeInput, UpdateRuralIncomeInput } from '../../gql/graphql';
import { PagedTable } from '../../components/PagedTable';
import type { Column } from '../../components/Table';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { fieldsOf } from '../../components/edit/failure';
import { Saved, TextField, useEditForm } from '../../components/edit/form';
import { DeleteDialog, FormDialog, RowActions, changedInput, createInput, filled, text, useSaving, type ChangeSpec, type Open } from '../../components/records/edit';
import { lastYear } from '../../components/records/enums';
import { formatMoney } from '../../lib/format';
import { useIsAdmin } from '../../lib/scope';
import { PageTitle, ReadError } from './Gate';

export const RuralIncomesQuery = graphql(`
  query RuralIncomes($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    ruralIncomes(orderBy: { field: YEAR, direction: DESC }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { ...PageInfo }
      edges {
        node {
          id
          version
          year
          incomePerHead
          source
        }
      }
    }
  }
`);

export const CreateRuralIncomeMutation = graphql(`
  mutation CreateRuralIncome($input: CreateRuralIncomeInput!) {
    createRuralIncome(input: $input) {
      id
      version
      year
      incomePerHead
      source
    }
  }
`);

export const UpdateRuralIncomeMutation = graphql(`
  mutation UpdateRuralIncome($id: ID!, $version: Int!, $input: UpdateRuralIncomeInput!) {
    updateRuralIncome(id: $id, version: $version, input: $input) {
      id
      version
      year
      incomePerHead
      source
    }
  }
`);

export const DeleteRuralIncomeMutation = graphql(`
  mutation DeleteRuralIncome($id: ID!) {
    deleteRuralIncome(id: $id)
  }
`);

export const RURAL_INCOME_PAGE = 50;

export interface RuralIncomeRow {
  id: string;
  version: number;
  year: number;
  incomePerHead: number;
  source: string | null;
}

const FIELDS = ['year', 'incomePerHead', 'source'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const SPEC: ChangeSpec<Field> = { numbers: ['year', 'incomePerHead'], clear: { source: 'clearSource' } satisfies Partial<Record<Field, keyof UpdateRuralIncomeInput>> };

const valuesOf = (r: RuralIncomeRow | undefined): Values => ({ year: String(r?.year ?? lastYear()), incomePerHead: text(r?.incomePerHead), source: r?.source ?? '' });

export function newRuralIncome(v: Values): CreateRuralIncomeInput {
  return createInput(FIELDS, v, SPEC) as unknown as CreateRuralIncomeInput;
}

/** Only what changed; a source emptied is cleared. */
export function ruralIncomeChanges(r: RuralIncomeRow, v: Values): UpdateRuralIncomeInput {
  return changedInput(FIELDS, valuesOf(r), v, SPEC) as UpdateRuralIncomeInput;
}

/** A year's figure: a new one (income absent) or changes to one, in a dialog. A year that has one already is refused on the year. */
export function RuralIncomeDialog({ income, onClose, onSaved, onReload }: { income?: RuralIncomeRow; onClose: () => void; onSaved: (year: number) => Promise<unknown>; onReload?: () => Promise<unknown> }) {
  const { t } = useTranslation(['records', 'forms']);
  const form = useEditForm<Field>(() => valuesOf(income), fieldsOf(FIELDS, SPEC.clear));
  const [created, create] = useMutation(CreateRuralIncomeMutation);
  const [updated, update] = useMutation(UpdateRuralIncomeMutation);
  const { nothing, save } = useSaving();
  const submit = async () => {
    if (!filled(form, ['year', 'incomePerHead'], t('required', { ns: 'forms' }))) return;
    const done = () => onSaved(Number(form.values.year));
    if (!income) return save(form, null, () => create({ input: newRuralIncome(form.values) }), done);
    const input = ruralIncomeChanges(income, form.values);
    return save(form, input, () => update({ id: income.id, version: income.version, input }), done);
  };
  return (
    <FormDialog
      title={income ? t('ruralIncome.editTitle', { year: income.year }) : t('ruralIncome.addTitle')}
      form={form}
      busy={created.fetching || updated.fetching}
      nothing={nothing}
      save={income ? undefined : t('ruralIncome.add')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField form={form} name="year" label={t('ruralIncome.year')} type="number" min={1949} max={2100} step={1} inputMode="numeric" required />
      <TextField form={form} name="incomePerHead" label={t('ruralIncome.incomePerHead')} type="number" min={0} step="any" inputMode="decimal" required />
      <TextField form={form} name="source" label={t('ruralIncome.source')} maxLength={300} wide hint={t('ruralIncome.sourceHint')} />
    </FormDialog>
  );
}

/**
 * /admin/rural-income: the province's average income per head of the rural
 * labour force, by year, newest first. Everybody reads it; an administrator
 * adds, changes and deletes the figures.
 */
export default function RuralIncomePage() {
  const { t, i18n } = useTranslation(['records', 'forms']);
  const lng = i18n.language;
  const admin = useIsAdmin();
  const list = usePagedQuery(RuralIncomesQuery, {}, 'years', RURAL_INCOME_PAGE);
  const conn = list.data?.ruralIncomes;
  const rows = nodesOf(conn);
  const [open, setOpen] = useState<Open>();
  const [saved, setSaved] = useState<string | null>(null);
  const [, remove] = useMutation(DeleteRuralIncomeMutation);
  const current = open && open.kind !== 'add' ? rows.find((r) => r.id === open.id) : undefined;
  const changed = async (message: string) => {
    await list.refetch();
    setOpen(undefined);
    setSaved(message);
  };
  const columns: Column<RuralIncomeRow>[] = [
    { title: t('ruralIncome.year'), rowHeader: true, cell: (r) => r.year },
    { title: t('ruralIncome.incomePerHead'), className: 'ent-num', cell: (r) => formatMoney(r.incomePerHead, lng) },
    { title: t('ruralIncome.source'), cell: (r) => r.source || '—' },
  ];
  if (admin) {
    columns.push({
      title: t('actions', { ns: 'forms' }),
      cell: (r) => (
        <RowActions
          editLabel={t('ruralIncome.editLabel', { year: r.year })}
          deleteLabel={t('ruralIncome.deleteLabel', { year: r.year })}
          onEdit={() => setOpen({ kind: 'edit', id: r.id })}
          onDelete={() => setOpen({ kind: 'delete', id: r.id })}
        />
      ),
    });
  }
  return (
    <section className="page admin-page" aria-labelledby="rural-income-title">
      <header>
        <PageTitle id="rural-income-title" title={t('ruralIncome.title')} />
        <p className="muted">{t('ruralIncome.intro')}</p>
        {!admin && <p className="muted">{t('ruralIncome.adminOnly')}</p>}
      </header>
      <Saved text={saved} />
      {open?.kind === 'add' && <RuralIncomeDialog onClose={() => setOpen(undefined)} onSaved={(year) => changed(t('ruralIncome.added', { year }))} />}
      {open?.kind === 'edit' && current && (
        <RuralIncomeDialog
          key={current.version}
          income={current}
          onClose={() => setOpen(undefined)}
          onSaved={(year) => changed(t('ruralIncome.saved', { year }))}
          onReload={list.refetch}
        />
      )}
      {open?.kind === 'delete' && current && (
        <DeleteDialog
          title={t('ruralIncome.deleteTitle', { year: current.year })}
          hint={t('ruralIncome.deleteHint')}
          remove={() => remove({ id: current.id })}
          onClose={() => setOpen(undefined)}
          onDeleted={() => changed(t('ruralIncome.deleted', { year: current.year }))}
        />
      )}
      <section className="card" aria-labelledby="rural-income-list">
        <div className="admin-head">
          <h2 id="rural-income-list">{t('ruralIncome.listTitle')}</h2>
          {admin && (
            <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen({ kind: 'add' })}>
              {t('ruralIncome.add')}
            </button>
          )}
        </div>
        {list.error && !conn ? (
          <ReadError error={list.error} retry={list.retry} />
        ) : (
          <PagedTable
            list={list}
            conn={conn}
            rows={rows}
            columns={columns}
            caption={t('ruralIncome.caption')}
            loading={t('ruralIncome.loading')}
            empty={{ title: t('ruralIncome.empty'), hint: admin ? t('ruralIncome.emptyHintAdmin') : undefined }}
            pagerLabel={t('ruralIncome.pages')}
          />
        )}
      </section>
    </section>
  );
}
