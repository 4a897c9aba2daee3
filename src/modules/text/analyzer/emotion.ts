import type { CueEmotion, Emotion, Sentiment } from './types.ts';

/**
 * The emotion follows the sentiment: a positive comment is gratitude when it thanks, joy when it
 * is enthusiastic, satisfaction otherwise; a negative one is whichever of anger, frustration or
 * disappointment its words point at, and by its strength when they point nowhere.
 */
export function decideEmotion(
  sentiment: Sentiment,
  score: number,
  cues: Record<CueEmotion, number>,
  shouting: number,
): Emotion {
  if (sentiment === 'neutral') return 'neutral';
  if (sentiment === 'positive') {
    if (cues.gratitude > 0) return 'gratitude';
    if (cues.joy > 0 || score > 0.97) return 'joy';
    return 'satisfaction';
  }
  const anger = cues.anger + shouting + (score < -0.85 ? 0.5 : 0);
  const frustration = cues.frustration;
  const disappointment = cues.disappointment;
  if (anger === 0 && frustration === 0 && disappointment === 0) return score < -0.7 ? 'anger' : 'disappointment';
  if (anger >= frustration && anger >= disappointment) return 'anger';
  return frustration >= disappointment ? 'frustration' : 'disappointment';
}
