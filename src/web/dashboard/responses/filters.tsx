import { useEffect, useState } from 'react';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDebounced } from '../lib/use-debounced.ts';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllStaff } from '../staff/hooks.ts';
import { useAllSurveys } from '../surveys/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { SENTIMENTS, useTaxonomy, useTextFeatures } from '../text/hooks.ts';
import { sentimentName, topicName } from '../text/labels.tsx';
import { BAND_VALUES, CHANNELS, type FilterKey, type ResponseFilter } from './hooks.ts';

type Props = { value: ResponseFilter; onChange: (key: FilterKey, v: string) => void; onClear: () => void };

export function ResponseFilters({ value, onChange, onClear }: Props) {
  const t = useT();
  const { me } = useSession();
  const surveys = useAllSurveys();
  const touchpoints = useAllTouchpoints();
  const locations = useAllLocations();
  const staff = useAllStaff(me.role !== 'staff');
  const text = useTextFeatures();
  const taxonomy = useTaxonomy(text.taxonomy);
  const [tag, setTag] = useState(value.tag ?? '');
  const debouncedTag = useDebounced(tag);
  useEffect(() => {
    if (debouncedTag !== (value.tag ?? '')) onChange('tag', debouncedTag);
    // Only the typed tag drives this; the address bar follows it.
  }, [debouncedTag]);
  const languages = [...new Set(surveys.items.flatMap((s) => s.languages))].sort();
  const select = (
    key: FilterKey,
    label: string,
    options: { value: string; label: string }[],
    all = t('web.common.all'),
  ) => (
    <label>
      <span>{label}</span>
      <select value={value[key] ?? ''} onChange={(e) => onChange(key, e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('web.common.filters')}>
      {select(
        'surveyId',
        t('web.responses.survey'),
        surveys.items.map((s) => ({ value: s.id, label: s.name })),
      )}
      <label>
        <span>{t('web.interactions.from')}</span>
        <input type="date" value={value.from ?? ''} onChange={(e) => onChange('from', e.target.value)} />
      </label>
      <label>
        <span>{t('web.interactions.to')}</span>
        <input type="date" value={value.to ?? ''} onChange={(e) => onChange('to', e.target.value)} />
      </label>
      {select(
        'band',
        t('web.responses.band'),
        BAND_VALUES.map((b) => ({ value: b, label: t(`web.responses.band.${b}`) })),
      )}
      {select(
        'touchpointId',
        t('web.interactions.touchpoint'),
        touchpoints.items.map((x) => ({ value: x.id, label: x.name })),
      )}
      {select(
        'locationId',
        t('web.interactions.location'),
        locations.items.map((x) => ({ value: x.id, label: x.name })),
        t('web.common.allLocations'),
      )}
      {me.role !== 'staff'
        ? select(
            'staffId',
            t('web.interactions.staff'),
            staff.items.map((x) => ({ value: x.id, label: x.name })),
          )
        : null}
      {select(
        'language',
        t('web.common.language'),
        languages.map((l) => ({ value: l, label: l })),
      )}
      {select(
        'channel',
        t('web.responses.channel'),
        CHANNELS.map((c) => ({ value: c, label: t(`web.responses.channel.${c}`) })),
      )}
      {select('hasComment', t('web.responses.hasComment'), [
        { value: 'true', label: t('web.common.yes') },
        { value: 'false', label: t('web.common.no') },
      ])}
      {text.labels
        ? select(
            'sentiment',
            t('web.text.sentiment'),
            SENTIMENTS.map((x) => ({ value: x, label: sentimentName(t, x) })),
          )
        : null}
      {text.labels && taxonomy.data
        ? select(
            'topic',
            t('web.text.topic'),
            taxonomy.data.topics.map((x) => ({ value: x.id, label: topicName(t, x.id) })),
          )
        : null}
      <label>
        <span>{t('web.responses.tag')}</span>
        <input value={tag} onChange={(e) => setTag(e.target.value)} />
      </label>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => {
          setTag('');
          onClear();
        }}
      >
        {t('web.common.clearFilters')}
      </button>
    </form>
  );
}
