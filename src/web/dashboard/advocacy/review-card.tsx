import { useState } from 'react';
import { Link } from 'wouter';
import type { SENTIMENTS } from '../../../shared/domain.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, fieldErrors, TextArea } from '../lib/ui.tsx';
import { CustomerPicker } from './customer-picker.tsx';
import {
  useDiscardDraft,
  useMatchReview,
  useMatchSuggestions,
  useReply,
  useReplyLog,
  useReviewSettings,
  useSaveDraft,
  type Review,
} from './hooks.ts';

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
  const [mode, setMode] = useState<'reply' | 'match' | 'log' | null>(null);
  const negative = (r.rating !== null && r.rating <= 3) || r.sentiment === 'negative';
  return (
    <li className={negative ? 'review review-negative' : 'review'} data-testid="review">
      <div className="review-head">
        <Stars rating={r.rating} />
        <span className="badge">{t(`web.adv.platform.${r.platform}`)}</span>
        {locationName ? <span className="muted">{locationName}</span> : null}
        <span className="muted">{formatDateTime(r.reviewedAt, language)}</span>
        {r.draftText ? (
          <span className="badge badge-draft" data-testid="review-draft">
            {t('web.adv.draft')}
          </span>
        ) : null}
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
          <button type="button" className="btn btn-ghost" onClick={() => setMode(mode === 'log' ? null : 'log')}>
            {t('web.adv.replyLog')}
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
      {mode === 'log' ? <ReplyLog reviewId={r.id} /> : null}
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
  const saveDraft = useSaveDraft();
  const discard = useDiscardDraft();
  const [text, setText] = useState(r.draftText ?? r.replyText ?? '');
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
        error={fieldErrors(reply.error).text ?? fieldErrors(saveDraft.error).text}
        hint={viaApi ? t('web.adv.postsToGoogle') : t('web.adv.copyHint')}
      />
      {r.draftAt ? (
        <p className="muted small" data-testid="draft-saved">
          {t('web.adv.draftSaved', { time: formatDateTime(r.draftAt, language) })}
        </p>
      ) : null}
      <ErrorBanner error={reply.error ?? saveDraft.error ?? discard.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={reply.isPending}>
          {viaApi ? t('web.adv.postReply') : r.url ? t('web.adv.copyAndOpen') : t('web.adv.saveReply')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={saveDraft.isPending}
          onClick={() => saveDraft.mutate({ id: r.id, text })}
        >
          {t('web.adv.saveDraft')}
        </button>
        {r.draftText ? (
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => discard.mutate(r.id, { onSuccess: () => setText(r.replyText ?? '') })}
          >
            {t('web.adv.discardDraft')}
          </button>
        ) : null}
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('web.common.close')}
        </button>
      </div>
    </form>
  );
}

/**
 * A person confirms who wrote the review: first the likely authors (visits to the location in the days
 * before it, names alike, each with why), then a search that starts from the author's name.
 */
function MatchForm({ review: r, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useI18n();
  const match = useMatchReview();
  const confirm = (customerId: string | null, interactionId?: string) =>
    match.mutate({ id: r.id, customerId, interactionId }, { onSuccess: onDone });
  return (
    <div className="review-form">
      <Suggestions review={r} onPick={(customerId, interactionId) => confirm(customerId, interactionId)} />
      <CustomerPicker
        label={t('web.adv.orSearch')}
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

function Suggestions({ review: r, onPick }: { review: Review; onPick: (customerId: string, visit: string) => void }) {
  const { t, language } = useI18n();
  const found = useMatchSuggestions(r.id);
  if (!found.data) return <ErrorBanner error={found.error} />;
  return (
    <section aria-label={t('web.adv.likelyAuthors')} data-testid="match-suggestions">
      <h3 className="small">{t('web.adv.likelyAuthors')}</h3>
      {found.data.length ? (
        <ul className="match-list">
          {found.data.map((s) => (
            <li key={s.customerId}>
              <span>
                <strong>{s.customerName ?? '—'}</strong>{' '}
                <span className="muted small" data-testid="match-why">
                  {[
                    t('web.adv.why.days', { n: s.daysBefore }),
                    s.sameLocation ? t('web.adv.why.place') : null,
                    s.nameMatched.length
                      ? t('web.adv.why.name', { words: s.nameMatched.join(' ') })
                      : r.author
                        ? null
                        : t('web.adv.why.noName'),
                    formatDateTime(s.occurredAt, language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <button type="button" className="btn" onClick={() => onPick(s.customerId, s.interactionId)}>
                {t('web.adv.confirmMatch')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('web.adv.noLikely')}</p>
      )}
    </section>
  );
}

const LOG_LABEL = {
  draft: 'web.adv.log.draft',
  posted: 'web.adv.log.posted',
  copied: 'web.adv.log.copied',
  failed: 'web.adv.log.failed',
} as const;

/** Every draft saved and every reply posted, copied or refused: who, when, what, and what the site answered. */
function ReplyLog({ reviewId }: { reviewId: string }) {
  const { t, language } = useI18n();
  const log = useReplyLog(reviewId);
  if (!log.data) return <ErrorBanner error={log.error} />;
  if (!log.data.length) return <p className="muted small">{t('web.adv.log.empty')}</p>;
  return (
    <ol className="reply-log" aria-label={t('web.adv.replyLog')} data-testid="reply-log">
      {log.data.map((e) => (
        <li key={e.id} className={`reply-log-${e.kind}`}>
          <p className="small">
            <strong>{t(LOG_LABEL[e.kind])}</strong> · {e.authorName ?? '—'} · {formatDateTime(e.createdAt, language)}
          </p>
          <p className="reply-log-text">{e.text}</p>
          {e.response ? <p className="muted small">{t('web.adv.log.answer', { text: e.response })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
