import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emotion, Sentiment, TextLang } from '../../src/modules/text/analyzer/types.ts';

/**
 * One labelled comment (see dataset/LABELLING.md); `blind`: of the blind test set (blind/README.md);
 * `domain`: of the domain set (domains/README.md), tested by leaving its domain out.
 */
export type Labelled = {
  id: string;
  lang: TextLang;
  split: 'dev' | 'heldout' | 'blind' | 'domain';
  /** The kind of business, in the domain set only. */
  domain?: Domain;
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

/** The fourteen kinds of business of the domain set (bench/text/domains). */
export const DOMAINS = [
  'clinic',
  'dentist',
  'restaurant',
  'cafe',
  'hotel',
  'shop',
  'online_shop',
  'delivery',
  'beauty',
  'car_service',
  'bank',
  'telecom',
  'fitness',
  'education',
] as const;
export type Domain = (typeof DOMAINS)[number];

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

const TRAINING_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'training');

/**
 * The kinds of business of the second blind set (blind/README.md). No training file may be of one of
 * them, nor of a kind of the domain set: each figure measured on those stays one on kinds of business
 * the models were not trained on.
 */
export const BLIND2_DOMAINS = [
  'vet',
  'pharmacy',
  'taxi',
  'cinema',
  'dry_cleaning',
  'insurance',
  'kindergarten',
  'real_estate',
  'furniture_store',
  'petrol_station',
] as const;

/**
 * The training comments, every line training whatever its id ends in: `training/<lang>.txt` and,
 * in the domain set's format, `training/<lang>/<kind>.txt` for further kinds of business (97 today).
 */
export function loadTraining(dir = TRAINING_DIR): Labelled[] {
  const out: Labelled[] = [];
  for (const lang of LANGS) {
    const general = parseDataset(lang, fs.readFileSync(assertNotBlind(path.join(dir, `${lang}.txt`)), 'utf8'));
    out.push(...general.map((d) => ({ ...d, split: 'dev' as const })));
    const kinds = path.join(dir, lang);
    if (!fs.existsSync(kinds)) continue;
    for (const name of fs
      .readdirSync(kinds)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const kind = name.slice(0, -'.txt'.length);
      if ((DOMAINS as readonly string[]).includes(kind) || (BLIND2_DOMAINS as readonly string[]).includes(kind))
        throw new Error(`${path.join(kinds, name)}: ${kind} is a kind of business the models are tested on`);
      const file = assertNotBlind(path.join(kinds, name));
      const rows = parseDomainFile(path.relative(process.cwd(), file), lang, kind, fs.readFileSync(file, 'utf8'));
      out.push(...rows.map(({ domain: _, ...d }) => ({ ...d, split: 'dev' as const })));
    }
  }
  const ids = new Set<string>();
  for (const d of out) {
    if (ids.has(d.id)) throw new Error(`training: id ${d.id} is used twice`);
    ids.add(d.id);
  }
  return out;
}

/**
 * All of a blind test set; every comment is test, whatever its id ends in. `second`: the set written
 * on 2026-12-07 (blind/2026-12-07/, ten other kinds of business), instead of the first (2026-11-23).
 */
export function loadBlindSet(which: 'first' | 'second' = 'first'): Labelled[] {
  if (blindForbidden) throw new Error('the blind test set must not be read by this process (training)');
  const dir = which === 'second' ? path.join(BLIND_DIR, '2026-12-07') : BLIND_DIR;
  return LANGS.flatMap((lang) =>
    parseDataset(lang, fs.readFileSync(path.join(dir, `${lang}.txt`), 'utf8')).map((d) => ({
      ...d,
      split: 'blind' as const,
    })),
  );
}

/** The domain set: `domains/<lang>/<domain>.txt`, lines `id|domain|sentiment|emotion|topics|text`. */
export const DOMAIN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'domains');

/**
 * Parses one file of the domain set, throwing on the first malformed line with the file's name and
 * the line's number: a wrong label must stop the bench, not quietly lower a figure.
 */
export function parseDomainFile<D extends string = Domain>(
  file: string,
  lang: TextLang,
  domain: D,
  content: string,
): (Omit<Labelled, 'domain'> & { domain: D })[] {
  const out: (Omit<Labelled, 'domain'> & { domain: D })[] = [];
  const lines = content.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const fail = (why: string) => {
      throw new Error(`${file}:${n + 1}: ${why}: ${line}`);
    };
    const [id = '', d = '', s = '', e = '', t = '', ...rest] = line.split('|');
    const text = rest.join('|').trim();
    if (!id.startsWith(`${lang}-`)) fail(`id must start with ${lang}-`);
    if (d !== domain) fail(`domain column is "${d}", the file is ${domain}`);
    const sentiment = SENTIMENT[s];
    if (!sentiment) fail(`unknown sentiment "${s}"`);
    const emotion = EMOTION[e];
    if (!emotion) fail(`unknown emotion "${e}"`);
    const codes = t.split(',').map((x) => x.trim());
    const unknown = codes.find((x) => !TOPIC[x]);
    if (unknown !== undefined) fail(`unknown topic "${unknown}"`);
    if (!text) fail('no text');
    out.push({
      id,
      lang,
      split: 'domain',
      domain,
      sentiment: sentiment!,
      emotion: emotion!,
      topics: [...new Set(codes.map((x) => TOPIC[x]!))],
      text,
    });
  }
  return out;
}

/** Every file of the domain set; ids must be unique across it. */
export function loadDomainSet(dir = DOMAIN_DIR): Labelled[] {
  const out: Labelled[] = [];
  const ids = new Set<string>();
  for (const lang of LANGS) {
    for (const domain of DOMAINS) {
      const file = path.join(dir, lang, `${domain}.txt`);
      if (!fs.existsSync(file)) continue;
      for (const d of parseDomainFile(
        path.relative(process.cwd(), file),
        lang,
        domain,
        fs.readFileSync(file, 'utf8'),
      )) {
        if (ids.has(d.id)) throw new Error(`${file}: id ${d.id} is used twice`);
        ids.add(d.id);
        out.push(d);
      }
    }
  }
  return out;
}

const AGREEMENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'agreement');

/** A second annotator's labels of part of the domain set (agreement/README.md), by comment id. */
export function loadSecondLabels(): Map<string, { sentiment: Sentiment; topics: string[] }> {
  const out = new Map<string, { sentiment: Sentiment; topics: string[] }>();
  for (const lang of LANGS) {
    const file = path.join(AGREEMENT_DIR, `${lang}.txt`);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!.trim();
      if (!line || line.startsWith('#')) continue;
      const [id = '', s = '', t = ''] = line.split('|');
      const sentiment = SENTIMENT[s];
      const topics = t.split(',').map((x) => TOPIC[x.trim()]);
      if (!id.startsWith(`${lang}-`) || !sentiment || topics.some((x) => !x))
        throw new Error(`${file}:${n + 1}: expected id|sentiment|topics: ${line}`);
      out.set(id, { sentiment, topics: [...new Set(topics as string[])] });
    }
  }
  return out;
}
