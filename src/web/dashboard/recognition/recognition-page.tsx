import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { PageHeader } from '../lib/ui.tsx';
import { GesturesSection } from './gestures-section.tsx';
import { LeadUsers } from './lead-users-section.tsx';
import { useRecognitionFigures, useTiers } from './hooks.ts';
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
      {can('analytics:read') && <LeadUsers />}
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
        <div>
          <dt>{t('web.ideas.topTenth')}</dt>
          <dd data-figure="top-tenth">
            {pct(f.ideasFromTopLeadUsers.share)} ({f.ideasFromTopLeadUsers.fromTopTenth} /{' '}
            {f.ideasFromTopLeadUsers.ideas})
          </dd>
        </div>
        <div>
          <dt>{t('web.ideas.shippedPerQuarter')}</dt>
          <dd data-figure="shipped">
            {f.ideasShippedPerQuarter.length
              ? f.ideasShippedPerQuarter.map((q) => `${q.quarter}: ${q.shipped}`).join(' · ')
              : '—'}
          </dd>
        </div>
      </dl>
      {f.tierMatrix.length > 0 && <TierMatrix rows={f.tierMatrix} />}
    </section>
  );
}

/** Each customer's tier at the start against the end of the period: the diagonal stayed, the rest moved. */
function TierMatrix({ rows }: { rows: { fromTierId: string | null; toTierId: string | null; customers: number }[] }) {
  const { t } = useI18n();
  const tiers = useTiers().data?.items ?? [];
  const order = [...tiers].sort((a, b) => a.rank - b.rank).map((x) => x.id as string | null);
  const ids = [null, ...order].filter((id) => rows.some((r) => r.fromTierId === id || r.toTierId === id));
  const name = (id: string | null) => (id ? (tiers.find((x) => x.id === id)?.name ?? '…') : t('web.ideas.none'));
  const cell = (from: string | null, to: string | null) =>
    rows.find((r) => r.fromTierId === from && r.toTierId === to)?.customers ?? 0;
  return (
    <table className="table" data-testid="tier-matrix">
      <caption>{t('web.ideas.tierMatrix')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('web.ideas.fromTo')}</th>
          {ids.map((id) => (
            <th scope="col" key={id ?? 'none'}>
              {name(id)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ids.map((from) => (
          <tr key={from ?? 'none'}>
            <th scope="row">{name(from)}</th>
            {ids.map((to) => (
              <td className="num" key={to ?? 'none'}>
                {from === null && to === null ? '—' : cell(from, to)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
