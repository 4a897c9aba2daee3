import type { MessageKey } from '../../../shared/i18n/translate.ts';
import type { Translate } from '../lib/i18n.tsx';
import { useT } from '../lib/i18n.tsx';
import { isDefaultTopic, isEmotion } from './hooks.ts';
import './text.css';

/** A topic's name: the default topics are translated; an organisation's own are shown by their id. */
export const topicName = (t: Translate, id: string): string =>
  isDefaultTopic(id) ? t(`web.text.topic.${id}`) : id.replace(/_/g, ' ');
export const emotionName = (t: Translate, e: string): string => (isEmotion(e) ? t(`web.text.emotion.${e}`) : e);
export const sentimentName = (t: Translate, s: string): string =>
  s === 'negative' || s === 'neutral' || s === 'positive' ? t(`web.text.sentiment.${s}`) : s;

const SOURCE_KEYS: Record<string, MessageKey> = {
  builtin: 'web.text.source.builtin',
  external: 'web.text.source.external',
  manual: 'web.text.source.manual',
};
export const sourceName = (t: Translate, s: string): string => (SOURCE_KEYS[s] ? t(SOURCE_KEYS[s]) : s);

type Labelled = {
  sentiment: string | null;
  sentimentScore?: number | null;
  textEmotion: string | null;
  topics: string[] | null;
  textSource?: string | null;
};

export function SentimentChip({ sentiment, score }: { sentiment: string; score?: number | null }) {
  const t = useT();
  return (
    <span className={`sentiment-chip sentiment-${sentiment}`} data-testid="sentiment-chip">
      <span aria-hidden="true" className="sentiment-dot" />
      {sentimentName(t, sentiment)}
      {score !== undefined && score !== null ? (
        <span className="muted small">
          {' '}
          {score > 0 ? '+' : ''}
          {score.toFixed(2)}
        </span>
      ) : null}
    </span>
  );
}

export function TopicChip({ id }: { id: string }) {
  const t = useT();
  return (
    <span className="topic-chip" data-testid="topic-chip">
      {topicName(t, id)}
    </span>
  );
}

/** A comment's labels at a glance (the responses list): sentiment, emotion, topics. */
export function LabelChips({ r }: { r: Labelled }) {
  const t = useT();
  if (!r.sentiment && !r.topics?.length) return null;
  return (
    <span className="text-labels" data-testid="text-labels" aria-label={t('web.text.labels')}>
      {r.sentiment ? <SentimentChip sentiment={r.sentiment} /> : null}
      {r.textEmotion && r.textEmotion !== 'neutral' ? (
        <span className="emotion-chip">{emotionName(t, r.textEmotion)}</span>
      ) : null}
      {(r.topics ?? []).map((id) => (
        <TopicChip key={id} id={id} />
      ))}
      {r.textSource === 'manual' ? (
        <span className="source-mark" title={sourceName(t, 'manual')}>
          ✎<span className="visually-hidden"> {sourceName(t, 'manual')}</span>
        </span>
      ) : null}
    </span>
  );
}
