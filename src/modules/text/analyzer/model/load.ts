import fs from 'node:fs';
import { deserialise, type SoftmaxModel } from './softmax.ts';

/** Committed with the code and rebuilt by `npm run train:text`: nothing is downloaded. */
export const WEIGHTS_FILE = new URL('./sentiment-weights.json', import.meta.url);

let loaded: SoftmaxModel | undefined;

/** The sentiment model, read from its weights file on first use. */
export function sentimentModel(): SoftmaxModel {
  if (!loaded) {
    const json = JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')) as {
      classes: string[];
      weights: Record<string, number[]>;
    };
    if (json.classes.join() !== 'negative,neutral,positive')
      throw new Error(`Unexpected classes in ${WEIGHTS_FILE.pathname}: ${json.classes.join()}`);
    loaded = deserialise(json);
  }
  return loaded;
}
