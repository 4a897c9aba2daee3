import { useState } from 'react';
import { Link } from 'wouter';
import type { SENTIMENTS } from '../../../shared/domain.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, fieldErrors, TextArea } from '../lib/ui.tsx';
import { CustomerPicker } from './customer-picker.tsx';
import { useMatchReview, useReply, useReviewSettings, type Review } from './hooks.ts';

type Sentiment = (typeof SENTIMENTS)[number];

export const Stars = ({ rating }: { rating: number | null }) =>
  rating === null ? null : (
    <span className="stars" aria-label={`${rating} / 5`} data-testid="review-stars">
      {'★'.repeat(rating)}
      <span className="stars-off">{'★'.repeat(5 - rating)}</span>
    </span>
  );

/** One review: what it says, the reply, who wrote it, and its recovery case. */
export function ReviewCard({ review: r, locationName }: { review: Review; locationName?: string }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [mode, setMode] = useState<'reply' | 'match' | null>(null);
  const negative = (r.rating !== null && r.rating <= 3) || r.sentiment === 'negative';
  return (
    <li className={negative ? 'review review-negative' : 'review'} data-testid="review">
      <div className="review-head">
        <Stars rating={r.rating} />
        <span className="badge">{t(`web.adv.platform.${r.platform}`)}</span>
        {locationName ? <span className="muted">{locationName}</span> : null}
        <span className="muted">{formatDateTime(r.reviewedAt, language)}</span>
      </div>
      <p className="review-text">
        {r.author ? <strong>{r.author}: </strong> : null}
        {r.text ?? <span className="muted">{t('web.adv.noText')}</span>}
      </p>
      <p className="review-meta muted small">
        {r.sentiment ? <span>{t(`web.text.sentiment.${r.sentiment as Sentiment}`)}</span> : null}
        {r.topics.length ? <span> · {r.topics.join(', ')}</span> : null}
        {r.caseId ? (
          <>
            {' · '}
            <Link href={`/cases/${r.caseId}`} data-testid="review-case">
              {t('web.adv.recoveryCase')}
            </Link>
          </>
        ) : null}
        {r.customerId ? (
          <>
            {' · '}
            <Link href={`/customers/${r.customerId}`}>{t('web.adv.matchedCustomer')}</Link>
          </>
        ) : null}
      </p>
      {r.replyText ? (
        <blockquote className="review-reply" data-testid="review-reply">
          {r.replyText}
          {r.repliedAt ? <small className="muted"> · {formatDateTime(r.repliedAt, language)}</small> : null}
        </blockquote>
      ) : null}
      {can('reviews:write') ? (
        <div className="review-actions">
          <button type="button" className="btn" onClick={() => setMode(mode === 'reply' ? null : 'reply')}>
            {r.replyText ? t('web.adv.editReply') : t('web.adv.reply')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setMode(mode === 'match' ? null : 'match')}>
            {r.customerId ? t('web.adv.changeMatch') : t('web.adv.match')}
          </button>
          {r.url ? (
            <a className="btn btn-ghost" href={r.url} target="_blank" rel="noreferrer noopener">
              {t('web.adv.openOnSite')}
            </a>
          ) : null}
        </div>
      ) : null}
      {mode === 'reply' ? <ReplyForm review={r} onDone={() => setMode(null)} /> : null}
      {mode === 'match' ? <MatchForm review={r} onDone={() => setMode(null)} /> : null}
    </li>
  );
}

/**
 * Replies from a template with {name} and {business} filled in. Google (connected): posted through the API.
 * Other sites: saved to the log, copied, and the review opened in a new tab to paste it there — in the same
 * click, so a filtered inbox dropping the now-answered review loses nothing.
 */
function ReplyForm({ review: r, onDone }: { review: Review; onDone: () => void }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const settings = useReviewSettings();
  const reply = useReply();
  const [text, setText] = useState(r.replyText ?? '');
  const templates = (settings.data?.replyTemplates ?? []).sort(
    (a, b) => Number(b.language === language) - Number(a.language === language),
  );
  const fill = (body: string) =>
    body
      .replaceAll('{name}', r.author ?? '')
      .replaceAll('{business}', me.org.name)
      .replace(/\s+([,.!?])/g, '$1');
  const viaApi = r.platform === 'google' && !!settings.data?.googleConnected;
  return (
    <form
      className="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!viaApi) {
          void navigator.clipboard?.writeText(text).catch(() => undefined);
          if (r.url) window.open(r.url, '_blank', 'noopener');
        }
        reply.mutate({ id: r.id, text }, { onSuccess: onDone });
      }}
    >
      {templates.length ? (
        <label className="field">
          <span>{t('web.adv.template')}</span>
          <select value="" onChange={(e) => e.target.value && setText(fill(e.target.value))}>
            <option value="">—</option>
            {templates.map((tp) => (
              <option key={`${tp.language}:${tp.name}`} value={tp.body}>
                {tp.name} ({tp.language})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <TextArea
        label={t('web.adv.yourReply')}
        value={text}
        rows={4}
        onChange={(e) => setText(e.target.value)}
        error={fieldErrors(reply.error).text}
        hint={viaApi ? t('web.adv.postsToGoogle') : t('web.adv.copyHint')}
      />
      <ErrorBanner error={reply.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={reply.isPending}>
          {viaApi ? t('web.adv.postReply') : r.url ? t('web.adv.copyAndOpen') : t('web.adv.saveReply')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('web.common.close')}
        </button>
      </div>
    </form>
  );
}

/** A person confirms who wrote the review; the search starts from the author's name. */
function MatchForm({ review: r, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useI18n();
  const match = useMatchReview();
  const confirm = (customerId: string | null) => match.mutate({ id: r.id, customerId }, { onSuccess: onDone });
  return (
    <div className="review-form">
      <CustomerPicker
        label={t('web.adv.findCustomer')}
        initial={r.author ?? ''}
        picked={null}
        onPick={(c) => confirm(c?.id ?? null)}
        pickLabel={t('web.adv.confirmMatch')}
        testId="match-candidates"
      />
      <p className="muted small">{t('web.adv.matchHint')}</p>
      <ErrorBanner error={match.error} />
      <div className="form-actions">
        {r.customerId ? (
          <button type="button" className="btn btn-ghost" onClick={() => confirm(null)}>
            {t('web.adv.clearMatch')}
          </button>
        ) : null}
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('web.common.close')}
        </button>
      </div>
    </div>
  );
}
