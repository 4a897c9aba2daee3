import { JOURNEY_STAGES, TOUCHPOINT_KINDS } from '../../../shared/domain.ts';
import type { CSSProperties } from 'react';
import { useT } from '../lib/i18n.tsx';
import type { Touchpoint } from '../touchpoints/hooks.ts';
import type { Breakdown } from './hooks.ts';

type Item = Breakdown['items'][number];

/** A score as a hue, red (worst) to green (best), on the metric's own scale; CSS picks light or dark shades. */
export const hueStyle = (value: number, metric: 'nps' | 'csat'): CSSProperties =>
  ({
    '--h': String(Math.round(Math.min(1, Math.max(0, metric === 'nps' ? (value + 100) / 200 : value / 100)) * 130)),
  }) as CSSProperties;

/**
 * Touchpoints in a grid: kind (product / brand / service) by journey stage, each coloured by its
 * score with n; "too few answers" cells are grey and say so. Touchpoints without answers are listed
 * too, so a gap in measurement shows as a gap.
 */
export function TouchpointMap({
  touchpoints: all,
  data,
  metric,
}: {
  touchpoints: Touchpoint[];
  data: Item[];
  metric: 'nps' | 'csat';
}) {
  const t = useT();
  const byKey = new Map(data.map((d) => [d.key, d]));
  // Retired touchpoints appear only while they still have answers in the period.
  const touchpoints = all.filter((tp) => tp.active || byKey.has(tp.id));
  const stages = JOURNEY_STAGES.filter((s) => touchpoints.some((tp) => tp.stage === s));
  if (!touchpoints.length) return <p className="empty">{t('web.analytics.noTouchpoints')}</p>;
  return (
    <div className="table-scroll">
      <table className="tp-map" data-testid="touchpoint-map">
        <thead>
          <tr>
            <td />
            {stages.map((s) => (
              <th key={s} scope="col">
                {t(`web.stage.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TOUCHPOINT_KINDS.filter((k) => touchpoints.some((tp) => tp.kind === k)).map((k) => (
            <tr key={k}>
              <th scope="row">{t(`web.kind.${k}`)}</th>
              {stages.map((s) => (
                <td key={s} data-label={t(`web.stage.${s}`)}>
                  <ul className="tp-cells">
                    {touchpoints
                      .filter((tp) => tp.kind === k && tp.stage === s)
                      .map((tp) => {
                        const d = byKey.get(tp.id);
                        const few = !d || d.tooFew || d.value === null;
                        const value = d?.value ?? null;
                        return (
                          <li
                            key={tp.id}
                            className={few ? 'tp-cell tp-cell-few' : 'tp-cell'}
                            style={few || value === null ? undefined : hueStyle(value, metric)}
                          >
                            <span className="tp-name">{tp.name}</span>
                            <span className="tp-score">
                              {value === null ? '—' : value} <small>n = {d?.n ?? 0}</small>
                            </span>
                            {few && d?.n ? <small className="tp-few">{t('web.analytics.tooFew')}</small> : null}
                          </li>
                        );
                      })}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
