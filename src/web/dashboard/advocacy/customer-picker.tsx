import { useState } from 'react';
import { useCustomers } from '../customers/hooks.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useDebounced } from '../lib/use-debounced.ts';

export type Picked = { id: string; name: string };

/** Search customers by name, email or phone and pick one; shows the choice once made. */
export function CustomerPicker({
  label,
  initial = '',
  picked,
  onPick,
  pickLabel,
  testId,
}: {
  label: string;
  initial?: string;
  picked: Picked | null;
  onPick: (c: Picked | null) => void;
  pickLabel: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState(initial);
  const debounced = useDebounced(q, 250);
  const found = useCustomers({ q: debounced || undefined });
  if (picked)
    return (
      <p className="picked">
        <span>{label}: </span>
        <strong>{picked.name}</strong>{' '}
        <button type="button" className="btn btn-ghost" onClick={() => onPick(null)}>
          {t('web.adv.change')}
        </button>
      </p>
    );
  return (
    <div data-testid={testId}>
      <label className="field">
        <span>{label}</span>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      {debounced ? (
        <ul className="match-list">
          {found.items.slice(0, 8).map((c) => (
            <li key={c.id}>
              <span>
                {c.name ?? '—'} <span className="muted small">{c.email ?? c.phone ?? ''}</span>
              </span>
              <button type="button" className="btn" onClick={() => onPick({ id: c.id, name: c.name ?? '—' })}>
                {pickLabel}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
