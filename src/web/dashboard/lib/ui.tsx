import {
  useId,
  type ReactNode,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { ApiError } from './api.ts';
import { useT } from './i18n.tsx';

export const fieldErrors = (error: unknown): Record<string, string> => (error instanceof ApiError ? error.fields : {});

const ERROR_KEYS: Record<string, MessageKey> = {
  invalid: 'web.error.invalid',
  unauthenticated: 'web.error.unauthenticated',
  forbidden: 'web.error.forbidden',
  not_found: 'web.error.not_found',
  conflict: 'web.error.conflict',
  rate_limited: 'web.error.rate_limited',
  payload_too_large: 'web.error.payload_too_large',
  network: 'web.error.network',
};

/** A failed call, in the reader's language, with the server's own explanation underneath. */
export function ErrorBanner({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'unknown';
  const detail = error instanceof Error ? error.message : '';
  const title = t(ERROR_KEYS[code] ?? 'web.error.unknown');
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title}</strong>
      {detail && detail !== title ? <span className="alert-detail">{detail}</span> : null}
    </div>
  );
}

type Common = { label: string; error?: string; hint?: string };

function FieldShell({ id, label, error, hint, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField({ label, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
    </FieldShell>
  );
}

export function TextArea({ label, error, hint, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  error,
  hint,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkbox({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="checkbox">
      <input type="checkbox" {...input} />
      <span>{label}</span>
    </label>
  );
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </div>
  );
}

export function Panel({ title, children, onClose }: { title: string; children: ReactNode; onClose?: () => void }) {
  const t = useT();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        {onClose ? (
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('web.common.close')}
          </button>
        ) : null}
      </div>
      {children}
    </section>
  );
}

export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}) {
  const t = useT();
  if (!hasNextPage) return null;
  return (
    <div className="load-more">
      <button type="button" className="btn" onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
        {isFetchingNextPage ? t('web.common.loading') : t('web.common.loadMore')}
      </button>
    </div>
  );
}

/** The states every list shows before its rows: loading, failed, or nothing yet. */
export function ListState({
  isPending,
  error,
  empty,
  emptyText,
}: {
  isPending: boolean;
  error: unknown;
  empty: boolean;
  emptyText: string;
}) {
  const t = useT();
  if (isPending)
    return (
      <p className="muted" role="status">
        {t('web.common.loading')}
      </p>
    );
  if (error) return <ErrorBanner error={error} />;
  if (empty) return <p className="empty">{emptyText}</p>;
  return null;
}

/** A form's text value, or null when left empty (so optional fields are cleared, not set to ""). */
export function formText(fd: FormData, name: string): string | null {
  const v = fd.get(name);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

export const formString = (fd: FormData, name: string): string => String(fd.get(name) ?? '').trim();

/** A filter-bar choice: "all" plus the organisation's items (locations, touchpoints, staff …). */
export function FilterSelect({
  label,
  value,
  onChange,
  allLabel,
  items,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  allLabel: string;
  items: { id: string; name: string }[];
}) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </select>
    </label>
  );
}
