/**
 * Trains the text analyser's models and writes their weights
 * (src/modules/text/analyzer/model/sentiment-weights.json and topic-weights.json). Deterministic:
 * the same comments and seeds give the same files.
 *
 *   npm run train:text
 *
 * Trained on every labelled comment that is not a test: bench/text/training, the development part
 * of bench/text/dataset and the whole domain set (bench/text/domains). The held-out part of
 * bench/text/dataset (ids ending in 3, 6, 9) is dropped before anything reads it; the blind test
 * set (bench/text/blind) cannot be read at all: see forbidBlindSet and assertNotBlind. The figure of
 * these weights on unseen kinds of business is the bench's leave-one-domain-out one
 * (`npm run bench:text`), which trains the same way with one domain left out at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forbidBlindSet, loadDataset, loadDomainSet, loadTraining } from '../bench/text/dataset.ts';
import { featurize, fitModels } from '../bench/text/fit.ts';
import { TOPIC_WEIGHTS_FILE, WEIGHTS_FILE } from '../src/modules/text/analyzer/model/load.ts';
import { serialise } from '../src/modules/text/analyzer/model/softmax.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

function main() {
  forbidBlindSet();
  const training = loadTraining();
  // Only the development part: the held-out comments are dropped before anything looks at them.
  const dev = loadDataset().filter((d) => d.split === 'dev');
  const domains = loadDomainSet();
  console.log(
    `training comments: ${training.length}; development part of the dataset: ${dev.length}; domain set: ${domains.length}`,
  );
  const models = fitModels(featurize([...training, ...dev, ...domains]));
  const write = (file: URL, json: unknown) => {
    fs.writeFileSync(file, `${JSON.stringify(json)}\n`);
    console.log(`wrote ${path.relative(ROOT, fileURLToPath(file))}`);
  };
  write(WEIGHTS_FILE, serialise(models.sentiment));
  write(TOPIC_WEIGHTS_FILE, serialise({ classes: models.topics!.labels, weights: models.topics!.weights }));
}

main();
