import { useT } from '../lib/i18n.tsx';
import { fieldLabel } from './field-label.ts';
import type { PreviewRow } from './hooks.ts';

const show = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v);

/** The first rows as they would be imported, each problem shown in the cell it belongs to. */
export function PreviewTable({ fields, rows }: { fields: string[]; rows: PreviewRow[] }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="table table-compact table-wide" data-testid="import-preview">
        <thead>
          <tr>
            <th scope="col">{t('web.import.line')}</th>
            {fields.map((f) => (
              <th key={f} scope="col">
                {fieldLabel(t, f)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const errs = r.errors ?? {};
            const other = Object.entries(errs).filter(([f]) => !fields.includes(f));
            return (
              <tr key={r.line} className={Object.keys(errs).length ? 'row-error' : undefined}>
                <td>
                  {r.line}
                  {other.map(([f, msg]) => (
                    <div key={f} className="cell-error">
                      {fieldLabel(t, f)}: {msg}
                    </div>
                  ))}
                </td>
                {fields.map((f) => (
                  <td key={f} className={errs[f] ? 'cell-invalid' : undefined}>
                    {errs[f] && r.invalid?.[f] !== undefined ? (
                      <span className="cell-invalid-value">{r.invalid[f]}</span>
                    ) : (
                      show(r.values[f])
                    )}
                    {errs[f] ? <div className="cell-error">{errs[f]}</div> : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
