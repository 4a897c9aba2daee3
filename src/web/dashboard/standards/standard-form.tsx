import { useState } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain.ts';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, SelectField, TextArea, TextField } from '../lib/ui.tsx';
import { useSaveStandard, type Standard, type Texts } from './hooks.ts';
import { TouchpointSelect } from './fields.tsx';

type Named = { id: string; name: string };
const FIELDS = ['title', 'why', 'good', 'never'] as const;
type Wording = Record<(typeof FIELDS)[number], Texts>;

/** One standard's wording, written in any of the three languages (switching keeps what was typed). */
export function StandardForm({
  standard,
  touchpoints,
  locations,
  onDone,
}: {
  standard?: Standard;
  touchpoints: Named[];
  locations: Named[];
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const save = useSaveStandard();
  const errors = fieldErrors(save.error);
  const [lang, setLang] = useState<Language>(language);
  const [wording, setWording] = useState<Wording>({
    title: { ...standard?.title },
    why: { ...standard?.why },
    good: { ...standard?.good },
    never: { ...standard?.never },
  });
  const [touchpointId, setTouchpointId] = useState(standard?.touchpointId ?? touchpoints[0]?.id ?? '');
  const [locationId, setLocationId] = useState(standard?.locationId ?? '');
  const text = (f: keyof Wording) => ({
    value: wording[f][lang] ?? '',
    onChange: (e: { target: { value: string } }) =>
      setWording((w) => ({ ...w, [f]: { ...w[f], [lang]: e.target.value } })),
  });
  // A language left empty is not sent, so an untouched language does not become an empty text.
  const written = (x: Texts) => Object.fromEntries(Object.entries(x).filter(([, v]) => v.trim()));
  const fieldError = (f: string) => errors[f] ?? Object.entries(errors).find(([k]) => k.startsWith(`${f}.`))?.[1];

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const body = {
          touchpointId: touchpointId || null,
          locationId: locationId || null,
          ...Object.fromEntries(FIELDS.map((f) => [f, written(wording[f])])),
        } as Parameters<typeof save.mutate>[0]['body'];
        save.mutate({ id: standard?.id, body }, { onSuccess: onDone });
      }}
    >
      <ErrorBanner error={save.error} />
      <div className="form-row">
        <SelectField
          label={t('stdEdit.language')}
          value={lang}
          onChange={(e) => setLang(e.target.value as Language)}
          options={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
        />
        <TouchpointSelect
          touchpoints={touchpoints}
          value={touchpointId}
          onChange={setTouchpointId}
          error={errors.touchpointId}
        />
        <SelectField
          label={t('stdEdit.location')}
          value={locationId}
          onChange={(e) => setLocationId(e.target.value)}
          error={errors.locationId}
          options={[
            { value: '', label: t('stdEdit.anyLocation') },
            ...locations.map((l) => ({ value: l.id, label: l.name })),
          ]}
        />
      </div>
      <TextField label={t('standards.title')} maxLength={500} error={fieldError('title')} {...text('title')} />
      <TextArea label={t('standards.why')} rows={2} error={fieldError('why')} {...text('why')} />
      <TextArea label={t('standards.good')} rows={2} error={fieldError('good')} {...text('good')} />
      <TextArea label={t('standards.never')} rows={2} error={fieldError('never')} {...text('never')} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}
