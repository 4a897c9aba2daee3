import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { PageHeader } from '../lib/ui.tsx';
import { GesturesSection } from './gestures-section.tsx';
import { useRecognitionFigures } from './hooks.ts';
import { TiersSection } from './tiers-section.tsx';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** Tiers, the gesture catalogue and what they achieve, on one page. */
export function RecognitionPage() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <div className="page">
      <PageHeader title={t('nav.recognition')} />
      {can('analytics:read') && <Figures />}
      {can('tiers:manage') && <TiersSection />}
      <GesturesSection />
    </div>
  );
}

function Figures() {
  const { t } = useI18n();
  const f = useRecognitionFigures().data;
  if (!f) return null;
  return (
    <section>
      <h2>{t('recognition.figures.title')}</h2>
      <dl className="facts" data-testid="recognition-figures">
        <div>
          <dt>{t('recognition.figures.delivery')}</dt>
          <dd data-figure="delivered">
            {f.delivery.delivered} / {f.delivery.closed} · {pct(f.delivery.deliveryRate)}
          </dd>
        </div>
        <div>
          <dt>{t('recognition.figures.onTime')}</dt>
          <dd>{pct(f.delivery.onTimeRate)}</dd>
        </div>
        <div>
          <dt>{t('recognition.figures.gifted')}</dt>
          <dd>
            {pct(f.gifted.repeatVisit.value)} (n = {f.gifted.repeatVisit.n})
          </dd>
        </div>
        <div>
          <dt>{t('recognition.figures.expired')}</dt>
          <dd>
            {pct(f.expired.repeatVisit.value)} (n = {f.expired.repeatVisit.n})
          </dd>
        </div>
      </dl>
    </section>
  );
}
