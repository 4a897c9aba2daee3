import { useT } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, Panel } from '../lib/ui.tsx';
import { useTrainingFigures } from './hooks.ts';

const fmt = (v: number | null) => (v === null ? '—' : `${v}%`);

/** Assigned, completed, overdue and pass rate for each person the viewer may see. */
export function TrainingFiguresTable() {
  const t = useT();
  const figures = useTrainingFigures();
  return (
    <Panel title={t('stdTraining.title')}>
      <ErrorBanner error={figures.error} />
      <DataTable
        ariaLabel={t('stdTraining.title')}
        rows={figures.data?.items ?? []}
        rowKey={(r) => r.key}
        rowData={(r) => ({ 'data-staff': r.key })}
        columns={[
          { label: t('stdTraining.person'), rowHeader: true, cell: (r) => r.label ?? '—' },
          { label: t('stdTraining.assigned'), cell: (r) => r.assigned },
          { label: t('stdTraining.completed'), cell: (r) => r.completed },
          { label: t('stdTraining.overdue'), cell: (r) => r.overdue },
          { label: t('stdTraining.passRate'), cell: (r) => fmt(r.passRate) },
        ]}
      />
      <p className="muted">{t('stdTraining.noMystery')}</p>
    </Panel>
  );
}
