import { useI18n } from '../lib/i18n.tsx';
import type { Interval } from './filters.tsx';
import type { Summary } from './hooks.ts';
import { addDays, previousRange } from './period.ts';
import { Tile } from './tiles.tsx';

const LOCALES = { en: 'en-GB', ru: 'ru-RU', bg: 'bg-BG' } as const;

export function usePeriodFormat() {
  const { language } = useI18n();
  const locale = LOCALES[language];
  return (interval: Interval) => {
    const f = new Intl.DateTimeFormat(
      locale,
      interval === 'month'
        ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', timeZone: 'UTC' },
    );
    return (p: string) => f.format(new Date(`${p}T00:00:00Z`));
  };
}

export function formatDay(day: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "1 Nov 2026 – 30 Nov 2026, compared with 2 Oct 2026 – 31 Oct 2026": what the figures cover, also on paper. */
export function PeriodLine({ from, to }: { from?: string; to?: string }) {
  const { t, language } = useI18n();
  const locale = LOCALES[language];
  if (!from || !to) return <p className="muted period-line">{t('web.analytics.allTime')}</p>;
  const prev = previousRange(from, to);
  return (
    <p className="muted period-line" data-testid="period-line">
      {t('web.analytics.periodLine', {
        from: formatDay(from, locale),
        to: formatDay(addDays(to, -1), locale),
        prevFrom: formatDay(prev.from, locale),
        prevTo: formatDay(addDays(prev.to, -1), locale),
      })}
    </p>
  );
}

export function IntervalSwitch({ value, onChange }: { value: Interval; onChange: (v: Interval) => void }) {
  const { t } = useI18n();
  return (
    <div className="segmented no-print" role="group" aria-label={t('web.analytics.interval')}>
      {(['day', 'week', 'month'] as const).map((i) => (
        <button key={i} type="button" aria-pressed={value === i} onClick={() => onChange(i)}>
          {t(`web.analytics.interval.${i}`)}
        </button>
      ))}
    </div>
  );
}

export function HeadlineTiles({
  s,
  testPrefix = 'tile',
}: {
  s: Pick<Summary, 'nps' | 'csat' | 'ces' | 'wom'> & {
    previous: Summary['previous'];
    responseRate?: Summary['responseRate'];
  };
  testPrefix?: string;
}) {
  const { t } = useI18n();
  const p = s.previous;
  return (
    <div className="tiles" data-testid="headline-tiles">
      <Tile
        label={t('web.analytics.nps')}
        testId={`${testPrefix}-nps`}
        value={s.nps.value}
        n={s.nps.n}
        ci95={s.nps.ci95}
        tooFew={s.nps.tooFew}
        previous={p?.nps.value}
        hasPrevious={!!p}
        extra={
          s.nps.n
            ? t('web.analytics.npsBands', { p: s.nps.promoters, a: s.nps.passives, d: s.nps.detractors })
            : undefined
        }
      />
      <Tile
        label={t('web.analytics.csat')}
        testId={`${testPrefix}-csat`}
        value={s.csat.value}
        unit="%"
        n={s.csat.n}
        ci95={s.csat.ci95}
        tooFew={s.csat.tooFew}
        previous={p?.csat.value}
        hasPrevious={!!p}
        extra={s.csat.mean !== null ? t('web.analytics.meanOf', { mean: s.csat.mean, max: 5 }) : undefined}
      />
      <Tile
        label={t('web.analytics.ces')}
        testId={`${testPrefix}-ces`}
        value={s.ces.value}
        unit="%"
        n={s.ces.n}
        ci95={s.ces.ci95}
        tooFew={s.ces.tooFew}
        previous={p?.ces.value}
        hasPrevious={!!p}
        extra={s.ces.mean !== null ? t('web.analytics.meanOf', { mean: s.ces.mean, max: 7 }) : undefined}
      />
      <Tile
        label={t('web.analytics.wom')}
        testId={`${testPrefix}-wom`}
        value={s.wom.value}
        n={s.nps.n}
        tooFew={s.nps.tooFew}
        previous={p?.wom.value}
        hasPrevious={!!p}
        extra={t('web.analytics.womHint', { k: s.wom.k })}
      />
      {s.responseRate ? (
        <Tile
          label={t('web.analytics.responseRate')}
          testId={`${testPrefix}-rate`}
          value={s.responseRate.value}
          unit="%"
          n={s.responseRate.invited}
          hasPrevious={false}
          extra={t('web.analytics.answeredOf', { answered: s.responseRate.answered, invited: s.responseRate.invited })}
        />
      ) : null}
    </div>
  );
}
