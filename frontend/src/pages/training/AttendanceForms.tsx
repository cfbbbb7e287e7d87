import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { UpdateTrainingAttendanceInput } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { CheckField, TextField, useEditForm } from '../../components/edit/form';
import { EntityPicker, type Picked } from '../../components/edit/EntityPicker';
import { DeleteDialog, FormDialog, changedInput, filled, useSaving, type ChangeSpec } from '../../components/records/edit';

export const CreateTrainingAttendanceMutation = graphql(`
  mutation CreateTrainingAttendance($input: CreateTrainingAttendanceInput!) {
    createTrainingAttendance(input: $input) {
      id
      version
      days
      completed
    }
  }
`);

export const UpdateTrainingAttendanceMutation = graphql(`
  mutation UpdateTrainingAttendance($id: ID!, $version: Int!, $input: UpdateTrainingAttendanceInput!) {
    updateTrainingAttendance(id: $id, version: $version, input: $input) {
      id
      version
      days
      completed
    }
  }
`);

export const DeleteTrainingAttendanceMutation = graphql(`
  mutation DeleteTrainingAttendance($id: ID!) {
    deleteTrainingAttendance(id: $id)
  }
`);

/** An attendance as the course's list shows it. */
export interface AttendanceRow {
  id: string;
  version: number;
  days: number;
  completed: boolean;
  person: { id: string; name: string };
}

const FIELDS = ['personID', 'days', 'completed'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const SPEC: ChangeSpec<Field> = { numbers: ['days'], booleans: ['completed'] };
// A person already recorded on the course is named by the course and the person together.
const fieldOf = fieldsOf(FIELDS, {}, { courseID: 'personID' });

const valuesOf = (a: AttendanceRow): Values => ({ personID: a.person.id, days: String(a.days), completed: String(a.completed) });

/** Only what changed of the days and completion. */
export function attendanceChanges(a: AttendanceRow, v: Values): UpdateTrainingAttendanceInput {
  return changedInput(['days', 'completed'] as const, valuesOf(a), v, SPEC) as UpdateTrainingAttendanceInput;
}

/**
 * Records a person's attendance of a course (attendance absent: the person
 * found by name) or changes the days and completion of one, in a dialog.
 * Days beyond the course's length are refused by the server, on the days
 * field. onSaved is told the person's name.
 */
export function AttendanceDialog({
  course,
  attendance,
  onClose,
  onSaved,
  onReload,
}: {
  course: { id: string; title: string; days: number };
  attendance?: AttendanceRow;
  onClose: () => void;
  onSaved: (name: string) => Promise<unknown>;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['records', 'forms']);
  const form = useEditForm<Field>(() => (attendance ? valuesOf(attendance) : { personID: '', days: String(course.days), completed: 'true' }), fieldOf);
  const [person, setPerson] = useState<Picked | null>(attendance?.person ?? null);
  const [created, create] = useMutation(CreateTrainingAttendanceMutation);
  const [updated, update] = useMutation(UpdateTrainingAttendanceMutation);
  const { nothing, save } = useSaving();
  const submit = async () => {
    if (!attendance && !form.values.personID) {
      form.setFailure({ kind: 'field', field: 'personID', message: t('attendance.choosePerson') });
      return;
    }
    if (!filled(form, ['days'], t('required', { ns: 'forms' }))) return;
    const name = person?.name ?? '';
    if (attendance) {
      const input = attendanceChanges(attendance, form.values);
      return save(form, input, () => update({ id: attendance.id, version: attendance.version, input }), () => onSaved(name));
    }
    const input = { courseID: course.id, personID: form.values.personID, days: Number(form.values.days), completed: form.values.completed === 'true' };
    return save(form, null, () => create({ input }), () => onSaved(name));
  };
  return (
    <FormDialog
      title={attendance ? t('attendance.editTitle', { person: attendance.person.name }) : t('attendance.addTitle', { course: course.title })}
      form={form}
      busy={created.fetching || updated.fetching}
      nothing={nothing}
      save={attendance ? undefined : t('attendance.add')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {!attendance && (
        <div className="edit-wide">
          <EntityPicker form={form} name="personID" label={t('attendance.person')} type="PERSON" picked={person} onPick={setPerson} required />
        </div>
      )}
      <TextField
        form={form}
        name="days"
        label={t('attendance.days')}
        type="number"
        min={0}
        max={course.days}
        step={1}
        inputMode="numeric"
        required
        hint={t('attendance.daysHint', { count: course.days })}
      />
      <CheckField form={form} name="completed" label={t('attendance.completed')} />
    </FormDialog>
  );
}

/** Deletes an attendance recorded in error, once confirmed. */
export function DeleteAttendanceDialog({ attendance, onClose, onDeleted }: { attendance: AttendanceRow; onClose: () => void; onDeleted: () => Promise<unknown> }) {
  const { t } = useTranslation('records');
  const [, remove] = useMutation(DeleteTrainingAttendanceMutation);
  return (
    <DeleteDialog
      title={t('attendance.deleteTitle', { person: attendance.person.name })}
      hint={t('attendance.deleteHint')}
      remove={() => remove({ id: attendance.id })}
      onClose={onClose}
      onDeleted={onDeleted}
    />
  );
}
