import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddProjectDialog, EditProjectDialog, IncomesDialog } from './ProjectForms';
import type { Picked } from './edit/EntityPicker';

type Row = { id: string; name: string; viewerCanEdit: boolean };
type Open = { kind: 'edit' | 'incomes'; id: string; name: string };

/**
 * The state of a table of projects that can be edited: which project's
 * dialog is open, and what was last saved. refetch reads the table again
 * after a change.
 */
export function useProjectEditing(refetch: () => Promise<unknown>) {
  const { t } = useTranslation('forms');
  const [open, setOpen] = useState<Open>();
  const [saved, setSaved] = useState<string | null>(null);
  const close = () => setOpen(undefined);
  const dialogs = ({
    adding,
    setAdding,
    region,
    regionFixed,
    organization,
  }: {
    adding?: boolean;
    setAdding?: (on: boolean) => void;
    region?: Picked | null;
    regionFixed?: boolean;
    organization?: Picked;
  }): ReactNode => (
    <>
      {adding && setAdding && (
        <AddProjectDialog
          region={region}
          regionFixed={regionFixed}
          organization={organization}
          onClose={() => setAdding(false)}
          onSaved={async (name) => {
            await refetch();
            setAdding(false);
            setSaved(t('project.added', { name }));
          }}
        />
      )}
      {open?.kind === 'edit' && (
        <EditProjectDialog
          id={open.id}
          name={open.name}
          onClose={close}
          onSaved={async (name) => {
            await refetch();
            close();
            setSaved(t('project.saved', { name }));
          }}
        />
      )}
      {open?.kind === 'incomes' && <IncomesDialog id={open.id} name={open.name} onClose={close} onChanged={refetch} />}
    </>
  );
  return { open: setOpen, saved, dialogs };
}

/** A project row's buttons: edit it, and its incomes (when the viewer may). */
export function ProjectActions({ project, editing }: { project: Row; editing: ReturnType<typeof useProjectEditing> }) {
  const { t } = useTranslation('forms');
  if (!project.viewerCanEdit) return null;
  return (
    <div className="edit-row-actions">
      <button type="button" className="button" aria-label={t('project.editLabel', { name: project.name })} onClick={() => editing.open({ kind: 'edit', id: project.id, name: project.name })}>
        {t('edit')}
      </button>
      <button type="button" className="button" aria-label={t('income.label', { name: project.name })} onClick={() => editing.open({ kind: 'incomes', id: project.id, name: project.name })}>
        {t('income.open')}
      </button>
    </div>
  );
}
