import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateTrainingCourseInput, TrainingCourseKind, TrainingCourseOrganizerLevel, UpdateTrainingCourseInput } from '../../gql/graphql';
import { fieldsOf } from '../../components/edit/failure';
import { FieldSet, SelectField, TextField, useEditForm } from '../../components/edit/form';
import { DeleteDialog, FormDialog, changedInput, createInput, filled, text, useSaving, type ChangeSpec } from '../../components/records/edit';
import { COURSE_KINDS } from '../../components/records/enums';

export const CreateTrainingCourseMutation = graphql(`
  mutation CreateTrainingCourse($input: CreateTrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      id
      version
      title
    }
  }
`);

export const UpdateTrainingCourseMutation = graphql(`
  mutation UpdateTrainingCourse($id: ID!, $version: Int!, $input: UpdateTrainingCourseInput!) {
    updateTrainingCourse(id: $id, version: $version, input: $input) {
      id
      version
      title
      kind
      startsOn
      endsOn
      days
      capacity
    }
  }
`);

export const DeleteTrainingCourseMutation = graphql(`
  mutation DeleteTrainingCourse($id: ID!) {
    deleteTrainingCourse(id: $id)
  }
`);

/** A course with what its form changes. */
export interface EditableCourse {
  id: string;
  version: number;
  title: string;
  kind: TrainingCourseKind;
  startsOn: string;
  endsOn: string;
  days: number;
  capacity: number | null;
}

const FIELDS = ['title', 'kind', 'startsOn', 'endsOn', 'days', 'capacity'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const REQUIRED: readonly Field[] = ['title', 'startsOn', 'endsOn', 'days'];
const SPEC: ChangeSpec<Field> = {
  numbers: ['days', 'capacity'],
  clear: { capacity: 'clearCapacity' } satisfies Partial<Record<Field, keyof UpdateTrainingCourseInput>>,
};

function valuesOf(c: EditableCourse | undefined): Values {
  return {
    title: c?.title ?? '',
    kind: c?.kind ?? 'ROTATION',
    startsOn: c?.startsOn ?? '',
    endsOn: c?.endsOn ?? '',
    days: text(c?.days),
    capacity: text(c?.capacity),
  };
}

/** A new course run by the region's party committee (at the region's level); fields left empty are not sent. */
export function newCourse(region: { id: string; level: TrainingCourseOrganizerLevel }, v: Values): CreateTrainingCourseInput {
  return { ...createInput(FIELDS, v, SPEC), regionID: region.id, organizerLevel: region.level } as CreateTrainingCourseInput;
}

/** Only what changed; capacity emptied is cleared. */
export function courseChanges(c: EditableCourse, v: Values): UpdateTrainingCourseInput {
  return changedInput(FIELDS, valuesOf(c), v, SPEC) as UpdateTrainingCourseInput;
}

/**
 * A new course run by region (course absent) or changes to one, in a
 * dialog. onSaved is told the course's ID and title.
 */
export function CourseDialog({
  region,
  course,
  onClose,
  onSaved,
  onReload,
}: {
  region?: { id: string; name: string; level: TrainingCourseOrganizerLevel };
  course?: EditableCourse;
  onClose: () => void;
  onSaved: (id: string, title: string) => Promise<unknown> | void;
  onReload?: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['records', 'forms']);
  const form = useEditForm<Field>(() => valuesOf(course), fieldsOf(FIELDS));
  const [created, create] = useMutation(CreateTrainingCourseMutation);
  const [updated, update] = useMutation(UpdateTrainingCourseMutation);
  const { nothing, save } = useSaving();
  const submit = async () => {
    if (!filled(form, REQUIRED, t('required', { ns: 'forms' }))) return;
    const title = form.values.title.trim();
    if (course) {
      const input = courseChanges(course, form.values);
      return save(form, input, () => update({ id: course.id, version: course.version, input }), () => onSaved(course.id, title));
    }
    if (!region) return;
    let id = '';
    await save(
      form,
      null,
      async () => {
        const r = await create({ input: newCourse(region, form.values) });
        id = r.data?.createTrainingCourse.id ?? '';
        return r;
      },
      () => onSaved(id, title),
    );
  };
  return (
    <FormDialog
      title={course ? t('course.editTitle', { title: course.title }) : t('course.addTitle', { region: region?.name })}
      form={form}
      busy={created.fetching || updated.fetching}
      nothing={nothing}
      save={course ? undefined : t('course.add')}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField form={form} name="title" label={t('course.title')} required maxLength={200} wide />
      <SelectField form={form} name="kind" label={t('course.kind')} options={COURSE_KINDS.map((k) => ({ value: k, label: t(`courseKind.${k}`) }))} />
      <TextField form={form} name="capacity" label={t('course.capacity')} type="number" min={1} step={1} inputMode="numeric" hint={t('course.capacityHint')} />
      <FieldSet legend={t('course.dates')} hint={t('course.datesHint')}>
        <TextField form={form} name="startsOn" label={t('course.startsOn')} type="date" required />
        <TextField form={form} name="endsOn" label={t('course.endsOn')} type="date" required min={form.values.startsOn || undefined} />
        <TextField form={form} name="days" label={t('course.days')} type="number" min={1} max={366} step={1} inputMode="numeric" required />
      </FieldSet>
    </FormDialog>
  );
}

/** Deletes a course and its attendance, once confirmed. */
export function DeleteCourseDialog({ course, onClose, onDeleted }: { course: { id: string; title: string }; onClose: () => void; onDeleted: () => Promise<unknown> | void }) {
  const { t } = useTranslation('records');
  const [, remove] = useMutation(DeleteTrainingCourseMutation);
  return <DeleteDialog title={t('course.deleteTitle', { title: course.title })} hint={t('course.deleteHint')} remove={() => remove({ id: course.id })} onClose={onClose} onDeleted={onDeleted} />;
}
