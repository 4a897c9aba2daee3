import { useId, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { downloadCsv, type Cell } from './csv.ts';

export function Section({
  title,
  id,
  actions,
  children,
}: {
  title: string;
  id: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const hid = useId();
  return (
    <section className="panel analytics-section" aria-labelledby={hid} id={id}>
      <div className="panel-head">
        <h2 id={hid}>{title}</h2>
        {actions ? <div className="section-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

/** The data a chart shows, as CSV built in the browser (Excel in Russian or Bulgarian expects ";"). */
export function ExportButton({ filename, rows }: { filename: string; rows: () => Cell[][] }) {
  const { t, language } = useI18n();
  return (
    <button
      type="button"
      className="btn btn-small no-print"
      onClick={() => downloadCsv(filename, rows(), language === 'en' ? ',' : ';')}
    >
      {t('web.analytics.exportCsv')}
    </button>
  );
}
