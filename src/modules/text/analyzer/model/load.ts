import fs from 'node:fs';
import { deserialise as deserialiseLabels, type OvrModel } from './ovr.ts';
import { deserialise, type SoftmaxModel } from './softmax.ts';

/** Committed with the code and rebuilt by `npm run train:text`: nothing is downloaded. */
export const WEIGHTS_FILE = new URL('./sentiment-weights.json', import.meta.url);
export const TOPIC_WEIGHTS_FILE = new URL('./topic-weights.json', import.meta.url);

/** The analyser's trained parts: sentiment, and topics for the default taxonomy. */
export type TextModels = { sentiment: SoftmaxModel; topics?: OvrModel };

type Json = { classes: string[]; weights: Record<string, number[]> };
let loaded: TextModels | undefined;

/** The models, read from their weights files on first use. */
export function textModels(): TextModels {
  if (!loaded) {
    const json = JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')) as Json;
    if (json.classes.join() !== 'negative,neutral,positive')
      throw new Error(`Unexpected classes in ${WEIGHTS_FILE.pathname}: ${json.classes.join()}`);
    const topics = fs.existsSync(TOPIC_WEIGHTS_FILE)
      ? deserialiseLabels(JSON.parse(fs.readFileSync(TOPIC_WEIGHTS_FILE, 'utf8')) as Json)
      : undefined;
    loaded = { sentiment: deserialise(json), topics };
  }
  return loaded;
}

/** The sentiment model alone. */
export const sentimentModel = (): SoftmaxModel => textModels().sentiment;
