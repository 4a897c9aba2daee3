import { FilterSelect } from '../lib/ui.tsx';
import { useState } from 'react';
import { withQuery } from '../lib/api.ts';
import { useApiPaths } from '../lib/features.ts';
import { useT } from '../lib/i18n.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { LoopbackWarning } from '../lib/loopback-warning.tsx';
import { PublicLink } from './public-link.tsx';

const QR = '/api/v1/surveys/{id}/qr';
const PRINT = '/api/v1/surveys/{id}/qr/print';

/** A QR code per location (optionally for one touchpoint) to print and put up, and the website widget; absent until the server offers them. */
export function QrCodes({ surveyId, slug, publicUrl }: { surveyId: string; slug: string; publicUrl: string }) {
  const t = useT();
  const has = useApiPaths();
  const locations = useAllLocations();
  const touchpoints = useAllTouchpoints();
  const [touchpointId, setTouchpointId] = useState('');
  if (!has(QR)) return null;
  const places = [
    { id: '', name: t('web.surveys.qrAnyLocation') },
    ...locations.items.map((l) => ({ id: l.id, name: l.name })),
  ];
  const base = `/api/v1/surveys/${surveyId}/qr`;
  // The widget ships with the QR codes (the channels module); it is served beside the public link.
  const widget = `<script src="${new URL(publicUrl, window.location.href).origin}/s/widget.js" data-survey="${slug}" async></script>`;
  return (
    <section className="panel" aria-labelledby="qr-title">
      <h2 id="qr-title">{t('web.surveys.qrTitle')}</h2>
      <p className="field-hint">{t('web.surveys.qrHint')}</p>
      <LoopbackWarning url={new URL(publicUrl, window.location.href).href} />
      <div className="filters">
        <FilterSelect
          label={t('web.interactions.touchpoint')}
          value={touchpointId}
          onChange={setTouchpointId}
          allLabel={t('web.common.all')}
          items={touchpoints.items}
        />
      </div>
      <ul className="qr-grid">
        {places.map((p) => {
          const query = { locationId: p.id || undefined, touchpointId: touchpointId || undefined };
          return (
            <li key={p.id || 'any'} className="qr-card" data-testid="qr-card">
              <img
                src={withQuery(base, { ...query, format: 'svg' })}
                alt={t('web.surveys.qrAlt', { place: p.name })}
                width={160}
                height={160}
                loading="lazy"
              />
              <strong>{p.name}</strong>
              <span className="qr-links">
                <a href={withQuery(base, { ...query, format: 'png' })} download>
                  PNG
                </a>
                {has(PRINT) ? (
                  <a href={withQuery(`${base}/print`, query)} target="_blank" rel="noopener">
                    {t('web.surveys.qrPrint')}
                  </a>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      <h3>{t('web.surveys.widgetTitle')}</h3>
      <p className="field-hint">{t('web.surveys.widgetHint')}</p>
      <PublicLink url={widget} label={t('web.surveys.widgetTitle')} />
    </section>
  );
}
