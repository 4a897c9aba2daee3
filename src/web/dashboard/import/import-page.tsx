import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, PageHeader } from '../lib/ui.tsx';
import { fieldLabel } from './field-label.ts';
import {
  usePreviewImport,
  useRunImport,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
  type Mapping,
} from './hooks.ts';
import { MappingTable } from './mapping-table.tsx';
import { PreviewTable } from './preview-table.tsx';

const onlyMapped = (m: Mapping): Mapping => Object.fromEntries(Object.entries(m).filter(([, f]) => f));

/** CSV import in three steps: choose a file, check the column mapping and the preview, import. */
export function ImportPage() {
  const t = useT();
  const [kind, setKind] = useState<ImportKind>('customers');
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [mapping, setMapping] = useState<Mapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const previewCall = usePreviewImport();
  const run = useRunImport();
  const mappingErrors = fieldErrors(previewCall.error ?? run.error);
  const mappedFields: string[] = preview ? preview.fields.filter((f) => Object.values(mapping).includes(f)) : [];

  const reset = () => {
    setPreview(null);
    setResult(null);
    setMapping({});
    previewCall.reset();
    run.reset();
  };
  const doPreview = (m?: Mapping) =>
    previewCall.mutate(
      { kind, csv, mapping: m ? onlyMapped(m) : undefined },
      {
        onSuccess: (p) => {
          setPreview(p);
          setMapping(m ?? p.mapping);
        },
      },
    );

  return (
    <>
      <PageHeader title={t('web.import.title')} />
      <p className="lead">{t('web.import.intro')}</p>

      <section className="panel" aria-labelledby="import-step1">
        <h2 id="import-step1">1. {t('web.import.step1')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('web.import.kind')}>
          {(['customers', 'interactions'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={kind === k}
              onClick={() => {
                setKind(k);
                reset();
              }}
            >
              {k === 'customers' ? t('web.nav.customers') : t('web.nav.interactions')}
            </button>
          ))}
        </div>
        <p className="field-hint step-hint">
          {kind === 'customers' ? t('web.import.customersHint') : t('web.import.interactionsHint')}{' '}
          <a href={`/api/v1/imports/${kind}/sample`} download={`zabota-${kind}-sample.csv`} data-testid="import-sample">
            {t('web.import.sample')}
          </a>
        </p>
        <div className="field">
          <label htmlFor="csv-file">{t('web.import.file')}</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              reset();
              setFileName(file?.name ?? '');
              setCsv(file ? await file.text() : '');
            }}
          />
        </div>
        <details>
          <summary>{t('web.import.paste')}</summary>
          <textarea
            className="csv-paste"
            rows={6}
            aria-label={t('web.import.paste')}
            value={csv}
            onChange={(e) => {
              reset();
              setFileName('');
              setCsv(e.target.value);
            }}
          />
        </details>
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={!csv.trim() || previewCall.isPending}
            onClick={() => doPreview()}
          >
            {previewCall.isPending ? t('web.common.loading') : t('web.import.preview')}
          </button>
          {fileName ? <span className="muted">{fileName}</span> : null}
        </div>
        <ErrorBanner error={previewCall.error} />
      </section>

      {preview ? (
        <section className="panel" aria-labelledby="import-step2">
          <h2 id="import-step2">2. {t('web.import.step2')}</h2>
          <p className="field-hint">{t('web.import.mappingHint')}</p>
          <MappingTable
            headers={preview.headers}
            fields={preview.fields}
            mapping={mapping}
            errors={mappingErrors}
            onChange={setMapping}
          />
          <div className="form-actions">
            <button type="button" className="btn" disabled={previewCall.isPending} onClick={() => doPreview(mapping)}>
              {t('web.import.updatePreview')}
            </button>
          </div>
          <p className="summary-line" data-testid="preview-summary">
            {t('web.import.previewSummary', { total: preview.totalRows, errors: preview.errorRows })}
          </p>
          {preview.rows.length ? <PreviewTable fields={mappedFields} rows={preview.rows} /> : null}
          {preview.totalRows > preview.rows.length ? (
            <p className="muted small">{t('web.import.firstRows', { n: preview.rows.length })}</p>
          ) : null}
        </section>
      ) : null}

      {preview ? (
        <section className="panel" aria-labelledby="import-step3">
          <h2 id="import-step3">3. {t('web.import.step3')}</h2>
          {preview.errorRows > 0 && !result ? (
            <p className="alert alert-warning">{t('web.import.errorsSkipped', { n: preview.errorRows })}</p>
          ) : null}
          {result ? null : (
            <button
              type="button"
              className="btn btn-primary"
              disabled={run.isPending || preview.totalRows === preview.errorRows}
              onClick={() => run.mutate({ kind, csv, mapping: onlyMapped(mapping) }, { onSuccess: setResult })}
            >
              {run.isPending
                ? t('web.import.importing')
                : t('web.import.run', { n: preview.totalRows - preview.errorRows })}
            </button>
          )}
          <ErrorBanner error={run.error} />
          {result ? <ImportSummary kind={kind} result={result} /> : null}
        </section>
      ) : null}
    </>
  );
}

function ImportSummary({ kind, result }: { kind: ImportKind; result: ImportResult }) {
  const t = useT();
  return (
    <div className="import-summary" role="status" data-testid="import-summary">
      <ul className="stats">
        <li>
          <span className="stat-value">{result.created}</span>
          <span className="stat-label">{t('web.import.created')}</span>
        </li>
        <li>
          <span className="stat-value">{result.existing}</span>
          <span className="stat-label">{t('web.import.existing')}</span>
        </li>
        <li>
          <span className="stat-value">{result.errorRows}</span>
          <span className="stat-label">{t('web.import.failed')}</span>
        </li>
      </ul>
      {result.errors.length ? (
        <>
          <h3>{t('web.import.rowErrors')}</h3>
          <ul className="error-list">
            {result.errors.map((e) => (
              <li key={e.line}>
                {t('web.import.lineN', { n: e.line })}:{' '}
                {Object.entries(e.fields)
                  .map(([f, m]) => {
                    const value = e.values?.[f];
                    return `${fieldLabel(t, f)} — ${m}${value ? ` (${t('web.import.wasValue', { value })})` : ''}`;
                  })
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={kind === 'customers' ? '/customers' : '/interactions'}>
          {kind === 'customers' ? t('web.import.seeCustomers') : t('web.import.seeInteractions')}
        </Link>
      </p>
    </div>
  );
}
