import { useI18n } from '../lib/i18n.tsx';
import { SelectField } from '../lib/ui.tsx';

/** The touchpoint a standard or checklist belongs to, or any (the same field in both editors). */
export function TouchpointSelect({
  touchpoints,
  value,
  onChange,
  error,
}: {
  touchpoints: { id: string; name: string }[];
  value: string;
  onChange: (touchpointId: string) => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('stdEdit.touchpoint')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      options={[
        { value: '', label: t('stdEdit.anyTouchpoint') },
        ...touchpoints.map((tp) => ({ value: tp.id, label: tp.name })),
      ]}
    />
  );
}
