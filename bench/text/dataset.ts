import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emotion, Sentiment, TextLang } from '../../src/modules/text/analyzer/types.ts';

/** One labelled comment (see dataset/LABELLING.md); `blind`: of the blind test set (blind/README.md). */
export type Labelled = {
  id: string;
  lang: TextLang;
  split: 'dev' | 'heldout' | 'blind';
  sentiment: Sentiment;
  emotion: Emotion;
  topics: string[];
  text: string;
};

const SENTIMENT: Record<string, Sentiment> = { neg: 'negative', neu: 'neutral', pos: 'positive' };
const EMOTION: Record<string, Emotion> = {
  ang: 'anger',
  fru: 'frustration',
  dis: 'disappointment',
  neu: 'neutral',
  sat: 'satisfaction',
  joy: 'joy',
  gra: 'gratitude',
};
const TOPIC: Record<string, string> = {
  wt: 'wait_time',
  sa: 'staff_attitude',
  sc: 'staff_competence',
  pr: 'price',
  pq: 'product_quality',
  cl: 'cleanliness',
  co: 'communication',
  bk: 'booking',
  dl: 'delivery',
  bi: 'billing',
  am: 'ambience',
  ot: 'other',
};

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dataset');
/** The blind test set: scored whole by `bench:text -- --set blind`, never trained or tuned on. */
export const BLIND_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'blind');
const LANGS = ['en', 'ru', 'bg'] as const;

/** Held-out: ids whose number ends in 3, 6 or 9 — fixed before any tuning. */
export const isHeldOut = (id: string): boolean => /[369]$/.test(id);

export function parseDataset(lang: TextLang, content: string): Labelled[] {
  const out: Labelled[] = [];
  for (const line of content.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, s, e, t, ...rest] = line.split('|');
    const sentiment = SENTIMENT[s ?? ''];
    const emotion = EMOTION[e ?? ''];
    const topics = (t ?? '').split(',').map((x) => TOPIC[x]);
    if (!id || !sentiment || !emotion || topics.some((x) => !x) || rest.length === 0)
      throw new Error(`Bad line in ${lang}.txt: ${line}`);
    out.push({
      id,
      lang,
      split: isHeldOut(id) ? 'heldout' : 'dev',
      sentiment,
      emotion,
      topics: topics as string[],
      text: rest.join('|'),
    });
  }
  return out;
}

export function loadDataset(): Labelled[] {
  return LANGS.flatMap((lang) => parseDataset(lang, fs.readFileSync(path.join(DIR, `${lang}.txt`), 'utf8')));
}

let blindForbidden = false;

/** Called first by the training script: from then on this process cannot load the blind set. */
export function forbidBlindSet(): void {
  blindForbidden = true;
}

/** Throws for a file inside the blind set's folder: the training script reads through this. */
export function assertNotBlind(file: string): string {
  const rel = path.relative(BLIND_DIR, path.resolve(file));
  if (!rel.startsWith('..') && !path.isAbsolute(rel))
    throw new Error(`${file} is in the blind test set, which must never be trained or tuned on`);
  return file;
}

/** All of the blind test set; every comment is test, whatever its id ends in. */
export function loadBlindSet(): Labelled[] {
  if (blindForbidden) throw new Error('the blind test set must not be read by this process (training)');
  return LANGS.flatMap((lang) =>
    parseDataset(lang, fs.readFileSync(path.join(BLIND_DIR, `${lang}.txt`), 'utf8')).map((d) => ({
      ...d,
      split: 'blind' as const,
    })),
  );
}
