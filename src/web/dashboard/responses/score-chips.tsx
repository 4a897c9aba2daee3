import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { useT } from '../lib/i18n.tsx';
import { bandOf, type ResponseRow } from './hooks.ts';

/** The response's scores at a glance: NPS coloured by band, CSAT, CES and the emotion. */
export function ScoreChips({ r }: { r: Pick<ResponseRow, 'nps' | 'csat' | 'ces' | 'emotion'> }) {
  const t = useT();
  const band = bandOf(r.nps);
  const none = r.nps === null && r.csat === null && r.ces === null && r.emotion === null;
  return (
    <span className="chips">
      {band ? (
        <span className={`chip chip-${band}`} title={t(`web.responses.band.${band}`)}>
          NPS {r.nps}
          <span className="visually-hidden"> ({t(`web.responses.band.${band}`)})</span>
        </span>
      ) : null}
      {r.csat !== null ? <span className="chip">CSAT {r.csat}/5</span> : null}
      {r.ces !== null ? <span className="chip">CES {r.ces}/7</span> : null}
      {r.emotion ? <span className="chip">{t(`survey.emotion.${r.emotion}` as MessageKey) ?? r.emotion}</span> : null}
      {none ? <span className="muted">—</span> : null}
    </span>
  );
}
