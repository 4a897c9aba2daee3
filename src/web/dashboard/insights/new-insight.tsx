import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useDebounced } from '../lib/use-debounced.ts';
import { ErrorBanner, fieldErrors } from '../lib/ui.tsx';
import { KINDS, useCreateInsight, useSuggestions, useVote } from './hooks.ts';

type Named = { id: string; name: string };

/** Posting from the dashboard: the topic tagger suggests likely duplicates while the title is typed. */
export function NewInsight({ locations, touchpoints }: { locations: Named[]; touchpoints: Named[] }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const typed = useDebounced(title, 400);
  const suggestions = useSuggestions(typed);
  const create = useCreateInsight();
  const vote = useVote();
  const errors = fieldErrors(create.error);
  return (
    <details className="panel">
      <summary>{t('voice.form.title')}</summary>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const fd = new FormData(form);
          create.mutate(
            {
              kind: String(fd.get('kind')),
              title,
              locationId: String(fd.get('locationId') ?? '') || undefined,
              touchpointId: String(fd.get('touchpointId') ?? '') || undefined,
              anonymous: fd.get('anonymous') === 'on',
            },
            {
              onSuccess: () => {
                form.reset();
                setTitle('');
              },
            },
          );
        }}
      >
        <label>
          <span>{t('voice.form.kind')}</span>
          <select name="kind" defaultValue="irritant">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`voice.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('voice.form.titleLabel')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
        </label>
        {errors.title && <p className="field-error">{errors.title}</p>}
        {(suggestions.data?.items.length ?? 0) > 0 && (
          <div role="status">
            <p>{t('web.insights.duplicates')}</p>
            <ul>
              {suggestions.data!.items.map((s) => (
                <li key={s.id}>
                  {s.title} ({t('voice.votes', { n: s.votes })}){' '}
                  <button type="button" onClick={() => vote.mutate(s.id)}>
                    {t('web.insights.vote')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <label>
          <span>{t('voice.form.location')}</span>
          <select name="locationId" defaultValue="">
            <option value="">{t('voice.form.none')}</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('voice.form.touchpoint')}</span>
          <select name="touchpointId" defaultValue="">
            <option value="">{t('voice.form.none')}</option>
            {touchpoints.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" name="anonymous" />
          <span>{t('voice.form.anonymous')}</span>
        </label>
        <button type="submit">{t('voice.form.submit')}</button>
        <ErrorBanner error={create.error ?? vote.error} />
      </form>
    </details>
  );
}
