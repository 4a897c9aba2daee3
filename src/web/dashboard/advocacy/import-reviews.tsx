import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, TextArea } from '../lib/ui.tsx';
import { useImportReviews } from './hooks.ts';

const HEADER = 'source,location,rating,text,author,date,externalId';

/** Reviews from sites with no API (Yandex Maps, 2GIS …): a CSV file or pasted rows; all rows or none. */
export function ImportReviews() {
  const { t } = useI18n();
  const [csv, setCsv] = useState(`${HEADER}\n`);
  const run = useImportReviews();
  const errors = Object.entries(fieldErrors(run.error));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate(csv);
      }}
    >
      <p className="muted small">{t('web.adv.importHint', { header: HEADER })}</p>
      <label className="field">
        <span>{t('web.adv.csvFile')}</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setCsv(await file.text());
          }}
        />
      </label>
      <TextArea
        label={t('web.adv.csvText')}
        value={csv}
        rows={6}
        onChange={(e) => setCsv(e.target.value)}
        data-testid="review-csv"
      />
      <ErrorBanner error={run.error} />
      {errors.length ? (
        <ul className="field-error">
          {errors.map(([k, v]) => (
            <li key={k}>
              {k}: {v}
            </li>
          ))}
        </ul>
      ) : null}
      {run.data ? (
        <p className="alert alert-success" role="status" data-testid="import-result">
          {t('web.adv.imported', { created: run.data.created, existing: run.data.existing })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.isPending}>
          {t('web.adv.importRun')}
        </button>
      </div>
    </form>
  );
}
