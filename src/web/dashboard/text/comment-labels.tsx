import { useState, type FormEvent, type ReactNode } from 'react';
import { useT, type Translate } from '../lib/i18n.tsx';
import { ErrorBanner } from '../lib/ui.tsx';
import {
  DEFAULT_TOPICS,
  EMOTIONS,
  SENTIMENTS,
  useCorrectLabels,
  useTaxonomy,
  type Emotion,
  type Sentiment,
} from './hooks.ts';
import { emotionName, SentimentChip, sentimentName, sourceName, TopicChip, topicName } from './labels.tsx';
import { segments, type Evidence } from './evidence.ts';
import './text.css';

type Labelled = {
  id: string;
  comment: string | null;
  sentiment: Sentiment | null;
  sentimentScore: number | null;
  textEmotion: string | null;
  topics: string[] | null;
  textLanguage: string | null;
  textEvidence: Evidence[] | null;
  textAnalyzedAt: string | null;
  textSource: string | null;
};

const evidenceName = (t: Translate, e: Evidence): string =>
  e.kind === 'topic'
    ? topicName(t, e.label)
    : e.kind === 'emotion'
      ? emotionName(t, e.label)
      : sentimentName(t, e.label);

function markClass(ev: Evidence[]): string {
  const classes = ['evidence'];
  const s = ev.find((e) => e.kind === 'sentiment');
  if (s)
    classes.push(`evidence-${s.label === 'positive' ? 'positive' : s.label === 'negative' ? 'negative' : 'neutral'}`);
  if (ev.some((e) => e.kind === 'topic')) classes.push('evidence-topic');
  if (ev.some((e) => e.kind === 'emotion')) classes.push('evidence-emotion');
  return classes.join(' ');
}

/** The comment as text, with the words behind each label marked (React elements: the comment is the customer's text). */
export function HighlightedComment({ comment, evidence }: { comment: string; evidence: readonly Evidence[] }) {
  const t = useT();
  return (
    <p className="highlighted-comment" data-testid="highlighted-comment">
      {segments(comment, evidence).map((s, i) =>
        s.evidence.length ? (
          <mark
            key={i}
            className={markClass(s.evidence)}
            title={[...new Set(s.evidence.map((e) => evidenceName(t, e)))].join(' · ')}
          >
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

const words = (evidence: readonly Evidence[], kind: string, label?: string): string[] => [
  ...new Set(evidence.filter((e) => e.kind === kind && (label === undefined || e.label === label)).map((e) => e.text)),
];

function Why({ items }: { items: string[] }) {
  const t = useT();
  if (!items.length) return null;
  return (
    <span className="why muted small">
      {t('web.text.because')} {items.map((w) => `“${w}”`).join(', ')}
    </span>
  );
}

/** The comment's labels with their source, the words behind them, and (for managers) a correction form. */
export function CommentLabels({ response: r, canCorrect }: { response: Labelled; canCorrect: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  if (!r.comment) return <p className="muted">{t('web.text.noComment')}</p>;
  // Only the words behind the labels it has now: a corrected topic or emotion no longer marks its old words.
  const evidence = (r.textEvidence ?? []).filter((e) =>
    e.kind === 'topic' ? (r.topics ?? []).includes(e.label) : e.kind === 'emotion' ? e.label === r.textEmotion : true,
  );
  const labelled = !!r.textAnalyzedAt && !!r.sentiment;
  const sentimentWords = (label: string) => words(evidence, 'sentiment', label);
  return (
    <div className="comment-labels" data-testid="comment-labels">
      <HighlightedComment comment={r.comment} evidence={evidence} />
      {evidence.length ? (
        <p className="evidence-legend muted small" aria-hidden="true">
          {t('web.text.legend')}: <mark className="evidence evidence-negative">{t('web.text.legend.negative')}</mark>{' '}
          <mark className="evidence evidence-positive">{t('web.text.legend.positive')}</mark>{' '}
          <mark className="evidence evidence-topic">{t('web.text.legend.topic')}</mark>
        </p>
      ) : null}
      {labelled ? (
        <dl className="label-list">
          <Row label={t('web.text.sentiment')}>
            <SentimentChip sentiment={r.sentiment!} score={r.sentimentScore} />
            <Why items={r.sentiment === 'neutral' ? [] : sentimentWords(r.sentiment!)} />
          </Row>
          <Row label={t('web.text.emotion')}>
            <span data-testid="emotion-label">{r.textEmotion ? emotionName(t, r.textEmotion) : '—'}</span>
            <Why items={r.textEmotion ? words(evidence, 'emotion', r.textEmotion) : []} />
          </Row>
          <Row label={t('web.text.topics')}>
            <ul className="topic-list" aria-label={t('web.text.topics')}>
              {(r.topics ?? []).map((id) => (
                <li key={id}>
                  <TopicChip id={id} /> <Why items={words(evidence, 'topic', id)} />
                </li>
              ))}
            </ul>
          </Row>
          {r.textLanguage ? (
            <Row label={t('web.text.language')}>
              <span className="lang-code">{r.textLanguage}</span>
            </Row>
          ) : null}
          <Row label={t('web.text.source')}>
            <span className={r.textSource === 'manual' ? 'badge badge-manual' : 'badge'} data-testid="label-source">
              {sourceName(t, r.textSource ?? 'builtin')}
            </span>
          </Row>
        </dl>
      ) : (
        <p className="muted" role="status">
          {t('web.text.notLabelled')}
        </p>
      )}
      {canCorrect && !editing ? (
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          {t('web.text.correct')}
        </button>
      ) : null}
      {canCorrect && editing ? <CorrectForm response={r} onDone={() => setEditing(false)} /> : null}
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function CorrectForm({ response: r, onDone }: { response: Labelled; onDone: () => void }) {
  const t = useT();
  const taxonomy = useTaxonomy();
  const correct = useCorrectLabels(r.id);
  const [sentiment, setSentiment] = useState<Sentiment>(r.sentiment ?? 'neutral');
  const [emotion, setEmotion] = useState<Emotion>(
    (EMOTIONS as readonly string[]).includes(r.textEmotion ?? '') ? (r.textEmotion as Emotion) : 'neutral',
  );
  const [topics, setTopics] = useState<string[]>(r.topics ?? []);
  const choices = [
    ...new Set([...(taxonomy.data ? taxonomy.data.topics.map((x) => x.id) : DEFAULT_TOPICS), ...topics]),
  ];
  const toggle = (id: string, on: boolean) => setTopics((ts) => (on ? [...ts, id] : ts.filter((x) => x !== id)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!topics.length) return;
    correct.mutate({ sentiment, emotion, topics }, { onSuccess: onDone });
  };
  return (
    <form className="form correct-form" aria-label={t('web.text.correctTitle')} onSubmit={submit}>
      <h3>{t('web.text.correctTitle')}</h3>
      <p className="muted small">{t('web.text.correctHint')}</p>
      <fieldset className="fieldset">
        <legend>{t('web.text.sentiment')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('web.text.sentiment')}>
          {SENTIMENTS.map((s) => (
            <button key={s} type="button" role="radio" aria-checked={sentiment === s} onClick={() => setSentiment(s)}>
              {sentimentName(t, s)}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`emotion-${r.id}`}>{t('web.text.emotion')}</label>
        <select id={`emotion-${r.id}`} value={emotion} onChange={(e) => setEmotion(e.target.value as Emotion)}>
          {EMOTIONS.map((x) => (
            <option key={x} value={x}>
              {emotionName(t, x)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset">
        <legend>{t('web.text.topics')}</legend>
        <div className="checks topic-checks">
          {choices.map((id) => (
            <label key={id} className="checkbox">
              <input type="checkbox" checked={topics.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
              <span>{topicName(t, id)}</span>
            </label>
          ))}
        </div>
        {!topics.length ? (
          <small className="field-error" role="alert">
            {t('web.text.topicsRequired')}
          </small>
        ) : null}
      </fieldset>
      <ErrorBanner error={correct.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={correct.isPending || !topics.length}>
          {correct.isPending ? t('web.common.saving') : t('web.text.saveCorrection')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}
