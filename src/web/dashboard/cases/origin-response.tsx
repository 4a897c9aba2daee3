import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner } from '../lib/ui.tsx';
import { useResponse } from '../responses/hooks.ts';
import { ScoreChips } from '../responses/score-chips.tsx';
import '../responses/responses.css';

/** The answer that opened the case: its scores and comment here, everything else on the response's own page. */
export function OriginResponse({ responseId }: { responseId: string }) {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const response = useResponse(responseId);
  const r = response.data;
  return (
    <section aria-labelledby="origin-title" className="case-side">
      <h2 id="origin-title">{t('web.cases.originResponse')}</h2>
      {response.isPending ? <p className="muted">{t('web.common.loading')}</p> : null}
      <ErrorBanner error={response.error} />
      {r ? (
        <div className="card origin">
          <p>
            <ScoreChips r={r} />{' '}
            <span className="muted">{formatDateTime(r.submittedAt, language, me.org.timeZone)}</span>
          </p>
          {r.surveyName || r.touchpointName ? (
            <p className="muted">{[r.surveyName, r.touchpointName, r.staffName].filter(Boolean).join(' · ')}</p>
          ) : null}
          {r.comment ? <blockquote className="origin-comment">{r.comment}</blockquote> : null}
          {r.contact ? (
            <p data-testid="origin-contact">
              <strong>{t('web.cases.contact')}:</strong>{' '}
              {r.contact.phone ? <a href={`tel:${r.contact.phone.replace(/[^+\d]/g, '')}`}>{r.contact.phone}</a> : null}
              {r.contact.phone && r.contact.email ? ' · ' : null}
              {r.contact.email ? <a href={`mailto:${r.contact.email}`}>{r.contact.email}</a> : null}{' '}
              <span className="muted small">({formatDateTime(r.contact.consentAt, language, me.org.timeZone)})</span>
            </p>
          ) : null}
          {can('responses:read') ? (
            <p>
              <Link href={`/responses/${r.id}`}>{t('web.cases.openResponse')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
