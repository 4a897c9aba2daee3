import { useT } from '../lib/i18n.tsx';
import { fieldLabel } from './field-label.ts';
import type { ImportField, Mapping } from './hooks.ts';

/** One row per CSV column: which field it fills, or none. */
export function MappingTable({
  headers,
  fields,
  mapping,
  errors,
  onChange,
}: {
  headers: string[];
  fields: ImportField[];
  mapping: Mapping;
  errors: Record<string, string>;
  onChange: (m: Mapping) => void;
}) {
  const t = useT();
  return (
    <table className="table table-compact mapping">
      <thead>
        <tr>
          <th scope="col">{t('web.import.csvColumn')}</th>
          <th scope="col">{t('web.import.importAs')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((h, i) => {
          const error = errors[`mapping.${h}`];
          return (
            <tr key={`${h}-${i}`}>
              <th scope="row" data-label={t('web.import.csvColumn')}>
                <code>{h}</code>
              </th>
              <td data-label={t('web.import.importAs')}>
                <select
                  aria-label={t('web.import.mapColumn', { column: h })}
                  data-testid={`mapping-${h}`}
                  value={mapping[h] ?? ''}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => onChange({ ...mapping, [h]: (e.target.value || null) as ImportField | null })}
                >
                  <option value="">{t('web.import.skipColumn')}</option>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(t, f)}
                    </option>
                  ))}
                </select>
                {error ? <small className="field-error">{error}</small> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
