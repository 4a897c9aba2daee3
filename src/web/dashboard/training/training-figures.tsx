import { useT } from '../lib/i18n.tsx';
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
      <table className="table" aria-label={t('stdTraining.title')}>
        <thead>
          <tr>
            <th>{t('stdTraining.person')}</th>
            <th>{t('stdTraining.assigned')}</th>
            <th>{t('stdTraining.completed')}</th>
            <th>{t('stdTraining.overdue')}</th>
            <th>{t('stdTraining.passRate')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.data?.items.map((r) => (
            <tr key={r.key} data-staff={r.key}>
              <th scope="row">{r.label ?? '—'}</th>
              <td>{r.assigned}</td>
              <td>{r.completed}</td>
              <td>{r.overdue}</td>
              <td>{fmt(r.passRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
