import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { Checkbox, TextField } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { errorAt, type Draft } from './draft.ts';

const num = (v: string): number | undefined => (v === '' ? undefined : Number(v));

/** When invitations go out (after which touchpoints, how long after) and how often one customer is asked. */
export function SurveySettings({
  draft,
  errors,
  onChange,
}: {
  draft: Draft;
  errors: Record<string, string>;
  onChange: (d: Draft) => void;
}) {
  const t = useT();
  const { can } = useSession();
  const touchpoints = useAllTouchpoints();
  const locations = useAllLocations();
  const s = draft.settings;
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...draft,
      touchpointIds: on ? [...draft.touchpointIds, id] : draft.touchpointIds.filter((x) => x !== id),
    });
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('web.surveys.touchpoints')}</legend>
        <p className="field-hint">{t('web.surveys.touchpointsHint')}</p>
        {touchpoints.items.length ? (
          <div className="checks">
            {touchpoints.items.map((tp) => (
              <Checkbox
                key={tp.id}
                label={tp.name}
                checked={draft.touchpointIds.includes(tp.id)}
                onChange={(e) => toggle(tp.id, e.currentTarget.checked)}
              />
            ))}
          </div>
        ) : (
          <p className="muted small">{can('touchpoints:read') ? t('web.touchpoints.empty') : '—'}</p>
        )}
        {errorAt(errors, 'touchpointIds') ? <p className="field-error">{errorAt(errors, 'touchpointIds')}</p> : null}
      </fieldset>
      <div className="form-row">
        <div className={errorAt(errors, 'locationId') ? 'field field-invalid' : 'field'}>
          <label htmlFor="survey-location">{t('web.surveys.location')}</label>
          <select
            id="survey-location"
            value={draft.locationId ?? ''}
            onChange={(e) => onChange({ ...draft, locationId: e.target.value || null })}
          >
            <option value="">{t('web.common.allLocations')}</option>
            {locations.items.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          {errorAt(errors, 'locationId') ? (
            <small className="field-error">{errorAt(errors, 'locationId')}</small>
          ) : null}
        </div>
        <TextField
          label={t('web.surveys.delayHours')}
          type="number"
          min={0}
          max={720}
          step="any"
          value={s.triggerDelayHours ?? ''}
          onChange={(e) => onChange({ ...draft, settings: { ...s, triggerDelayHours: num(e.target.value) } })}
          error={errorAt(errors, 'settings.triggerDelayHours')}
        />
        <TextField
          label={t('web.surveys.throttleDays')}
          hint={t('web.surveys.throttleHint')}
          type="number"
          min={0}
          max={365}
          value={s.throttleDays ?? ''}
          onChange={(e) => onChange({ ...draft, settings: { ...s, throttleDays: num(e.target.value) } })}
          error={errorAt(errors, 'settings.throttleDays')}
        />
      </div>
      <TextField
        label={t('web.surveys.reviewUrl')}
        hint={t('web.surveys.reviewUrlHint')}
        type="url"
        placeholder="https://"
        value={s.reviewUrl ?? ''}
        onChange={(e) => onChange({ ...draft, settings: { ...s, reviewUrl: e.target.value } })}
        error={errorAt(errors, 'settings.reviewUrl')}
      />
      <Checkbox
        label={t('web.surveys.showReviewSites')}
        checked={s.showReviewSites ?? false}
        onChange={(e) => onChange({ ...draft, settings: { ...s, showReviewSites: e.target.checked } })}
      />
      <p className="muted small">{t('web.surveys.showReviewSitesHint')}</p>
    </>
  );
}
