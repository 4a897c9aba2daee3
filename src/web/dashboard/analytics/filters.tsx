import { useSearchParams } from 'wouter';
import { CUSTOMER_SEGMENTS } from '../../../shared/domain.ts';
import { TOUCHPOINT_KINDS } from '../../../shared/domain.ts';
import type { Query } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { CHANNELS } from '../responses/hooks.ts';
import { useAllStaff } from '../staff/hooks.ts';
import { useAllSurveys } from '../surveys/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { periodRange, PRESETS, todayIn, type Preset } from './period.ts';

const FILTER_KEYS = [
  'locationId',
  'touchpointId',
  'kind',
  'staffId',
  'surveyId',
  'channel',
  'language',
  'segment',
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type Interval = 'day' | 'week' | 'month';

export type AnalyticsFilters = {
  preset: Preset;
  /** Custom period, both days inclusive as the user picked them. */
  customFrom: string;
  customTo: string;
  /** The API's period: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  interval: Interval;
  mapMetric: 'nps' | 'csat';
  /** Everything the metrics endpoints filter by. */
  query: Query;
  set: (key: string, value: string) => void;
  clear: () => void;
};

/** The dashboard's filters live in the address (shareable, survive reload); defaults are left out of it. */
export function useAnalyticsFilters(): AnalyticsFilters {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const raw = params.get('period');
  const preset: Preset = (PRESETS as readonly string[]).includes(raw ?? '') ? (raw as Preset) : '30d';
  const customFrom = params.get('from') ?? '';
  const customTo = params.get('to') ?? '';
  const { from, to } = periodRange(preset, todayIn(me.org.timeZone), { from: customFrom, to: customTo });
  const intervalRaw = params.get('interval');
  const interval: Interval = intervalRaw === 'day' || intervalRaw === 'month' ? intervalRaw : 'week';
  const mapMetric = params.get('map') === 'csat' ? 'csat' : 'nps';
  const query: Query = { from, to };
  for (const k of FILTER_KEYS) if (params.get(k)) query[k] = params.get(k);
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const clear = () =>
    setParams(
      (p) => {
        // Clearing the filters keeps whose view this is.
        const person = p.get('person');
        return new URLSearchParams(person ? { person } : {});
      },
      { replace: true },
    );
  return { preset, customFrom, customTo, from, to, interval, mapMetric, query, set, clear };
}

/** The filter form; `periodOnly` for views that filter by nothing else (a staff member's own scores). */
export function FilterBar({ f, periodOnly = false }: { f: AnalyticsFilters; periodOnly?: boolean }) {
  const t = useT();
  const { me } = useSession();
  const locations = useAllLocations();
  const touchpoints = useAllTouchpoints();
  const staff = useAllStaff(me.role !== 'staff' && !periodOnly);
  const surveys = useAllSurveys();
  const languages = [...new Set(surveys.items.flatMap((s) => s.languages))].sort();
  const value = (k: FilterKey) => String(f.query[k] ?? '');
  const select = (
    key: FilterKey,
    label: string,
    options: { value: string; label: string }[],
    all = t('web.common.all'),
  ) => (
    <label>
      <span>{label}</span>
      <select value={value(key)} onChange={(e) => f.set(key, e.target.value)}>
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
    <form
      className="filters analytics-filters"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t('web.common.filters')}
    >
      <label className="period">
        <span>{t('web.analytics.period')}</span>
        <select value={f.preset} onChange={(e) => f.set('period', e.target.value === '30d' ? '' : e.target.value)}>
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`web.analytics.preset.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {f.preset === 'custom' ? (
        <>
          <label>
            <span>{t('web.interactions.from')}</span>
            <input type="date" value={f.customFrom} onChange={(e) => f.set('from', e.target.value)} />
          </label>
          <label>
            <span>{t('web.interactions.to')}</span>
            <input type="date" value={f.customTo} onChange={(e) => f.set('to', e.target.value)} />
          </label>
        </>
      ) : null}
      {periodOnly ? null : (
        <>
          {select(
            'locationId',
            t('web.interactions.location'),
            locations.items.map((x) => ({ value: x.id, label: x.name })),
            t('web.common.allLocations'),
          )}
          {select(
            'touchpointId',
            t('web.interactions.touchpoint'),
            touchpoints.items.map((x) => ({ value: x.id, label: x.name })),
          )}
          {select(
            'kind',
            t('web.touchpoints.kind'),
            TOUCHPOINT_KINDS.map((k) => ({ value: k, label: t(`web.kind.${k}`) })),
          )}
          {me.role !== 'staff'
            ? select(
                'staffId',
                t('web.interactions.staff'),
                staff.items.map((x) => ({ value: x.id, label: x.name })),
              )
            : null}
          {select(
            'surveyId',
            t('web.responses.survey'),
            surveys.items.map((s) => ({ value: s.id, label: s.name })),
          )}
          {select(
            'channel',
            t('web.responses.channel'),
            CHANNELS.map((c) => ({ value: c, label: t(`web.responses.channel.${c}`) })),
          )}
          {select(
            'language',
            t('web.common.language'),
            languages.map((l) => ({ value: l, label: l })),
          )}
          {select(
            'segment',
            t('web.analytics.customerSegment'),
            CUSTOMER_SEGMENTS.map((s) => ({ value: s, label: t(`web.analytics.segment.${s}`) })),
          )}
        </>
      )}
      <button type="button" className="btn btn-ghost" onClick={f.clear}>
        {t('web.common.clearFilters')}
      </button>
    </form>
  );
}
