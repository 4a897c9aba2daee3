/**
 * Trains the sentiment model of the text analyser and writes its weights
 * (src/modules/text/analyzer/model/sentiment-weights.json). Deterministic: the same comments and
 * seed give the same file.
 *
 *   npm run train:text            train, write the weights
 *   npm run train:text -- --cv    cross-validation only (nothing written); add --errors to list
 *                                 the misses of the model on the training and development comments
 *
 * The model is the analyser's second opinion: it decides the comments the lexicon leaves neutral
 * (see analyze.ts), so it learns from exactly those: the comments of bench/text/training and of
 * the development part of bench/text/dataset on which the lexicon alone says neutral. The
 * held-out part of bench/text/dataset (ids ending in 3, 6, 9) is dropped before anything reads it;
 * the blind test set (bench/text/blind) cannot be read at all: see forbidBlindSet and assertNotBlind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNotBlind, forbidBlindSet, loadDataset, parseDataset, type Labelled } from '../bench/text/dataset.ts';
import { macroF1 } from '../bench/text/metrics.ts';
import { analyze, modelFeatures, modelSentiment } from '../src/modules/text/analyzer/analyze.ts';
import { WEIGHTS_FILE } from '../src/modules/text/analyzer/model/load.ts';
import {
  predict,
  serialise,
  train,
  type SoftmaxModel,
  type TrainOptions,
} from '../src/modules/text/analyzer/model/softmax.ts';
import { SENTIMENTS, TEXT_LANGS, type Sentiment } from '../src/modules/text/analyzer/types.ts';

/** Chosen by the cross-validation below (epochs, L2, step and cut-off changed it by less than its noise). */
export const OPTIONS: TrainOptions = { epochs: 20, l2: 1e-4, rate: 0.1, minCount: 2, seed: 20261123 };
const FOLDS = 5;

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const TRAINING_DIR = path.join(ROOT, 'bench/text/training');

/** The training comments: every line is training (their ids do not follow the bench's split). */
function loadTraining(): Labelled[] {
  return TEXT_LANGS.flatMap((lang) =>
    parseDataset(lang, fs.readFileSync(assertNotBlind(path.join(TRAINING_DIR, `${lang}.txt`)), 'utf8')).map((d) => ({
      ...d,
      split: 'dev' as const,
    })),
  );
}

const lexicon = (d: Labelled): Sentiment => analyze(d.text, { model: false }).sentiment;

function fit(rows: Labelled[]): SoftmaxModel {
  const examples = rows
    .filter((d) => lexicon(d) === 'neutral')
    .map((d) => ({ x: modelFeatures(d.text), y: SENTIMENTS.indexOf(d.sentiment) }));
  return train(SENTIMENTS, examples, OPTIONS);
}

/** The analyser's verdict with a given model: the lexicon's, or the model's where the lexicon says neutral. */
function verdict(model: SoftmaxModel, d: Labelled): Sentiment {
  const l = lexicon(d);
  return l !== 'neutral' ? l : modelSentiment(predict(model, modelFeatures(d.text)));
}

function crossValidate(name: string, folded: Labelled[], always: Labelled[], foldOf: (d: Labelled) => number) {
  const rows: { d: Labelled; analyser: Sentiment; lexicon: Sentiment }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fit([...always, ...folded.filter((d) => foldOf(d) !== k)]);
    for (const d of folded.filter((x) => foldOf(x) === k))
      rows.push({ d, analyser: verdict(model, d), lexicon: lexicon(d) });
  }
  console.log(name);
  if (process.argv.includes('--errors'))
    for (const r of rows)
      if (r.analyser !== r.d.sentiment && r.lexicon === 'neutral')
        console.log(`    ${r.d.id} ${r.d.sentiment} → ${r.analyser}: ${r.d.text}`);
  for (const key of ['lexicon', 'analyser'] as const) {
    const cells = [...TEXT_LANGS, 'all'].map((lang) => {
      const r = rows.filter((x) => lang === 'all' || x.d.lang === lang);
      return `${lang} ${macroF1(
        r.map((x) => x.d.sentiment),
        r.map((x) => x[key]),
        SENTIMENTS,
      ).toFixed(3)}`;
    });
    const confusion = SENTIMENTS.map((g) =>
      SENTIMENTS.map((p) => rows.filter((x) => x.d.sentiment === g && x[key] === p).length).join('/'),
    ).join(' ');
    console.log(
      `  ${key === 'lexicon' ? 'lexicon alone      ' : 'lexicon + model    '}  ${cells.join('  ')}   (gold neg/neu/pos rows → predicted ${confusion})`,
    );
  }
}

const numberOf = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 0);

function main() {
  forbidBlindSet();
  const training = loadTraining();
  // Only the development part: the held-out comments are dropped before anything looks at them.
  const dev = loadDataset().filter((d) => d.split === 'dev');
  console.log(`training comments: ${training.length}; development comments of the bench: ${dev.length}`);
  if (process.argv.includes('--cv')) {
    console.log(`${FOLDS}-fold cross-validation, sentiment macro-F1:`);
    // A training comment and its siblings of the same number in the other languages share a fold.
    crossValidate(
      'folds of the training comments (the lexicon was never tuned on them: the honest figure)',
      training,
      dev,
      (d) => numberOf(d.id) % FOLDS,
    );
    crossValidate(
      'folds of the development part (the lexicon was tuned on it: flattering)',
      dev,
      training,
      (d) => Math.floor(numberOf(d.id) / 10) % FOLDS,
    );
    return;
  }
  const json = serialise(fit([...training, ...dev]));
  fs.writeFileSync(WEIGHTS_FILE, `${JSON.stringify(json)}\n`);
  console.log(
    `wrote ${Object.keys(json.weights).length} features to ${path.relative(ROOT, fileURLToPath(WEIGHTS_FILE))}`,
  );
}

main();
