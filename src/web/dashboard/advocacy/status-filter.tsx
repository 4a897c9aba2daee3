import { useI18n } from '../lib/i18n.tsx';

type Props<S extends string> = {
  statuses: readonly S[];
  value: string;
  onChange: (status: string) => void;
  /** The status in the reader's language (each list names its statuses in its own messages). */
  name: (status: S) => string;
};

/** A list's one filter: its status, or all. */
export function StatusFilter<S extends string>({ statuses, value, onChange, name }: Props<S>) {
  const { t } = useI18n();
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t('web.common.status')}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('web.common.all')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {name(s)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
