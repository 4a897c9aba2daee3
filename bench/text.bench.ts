/**
 * Quality, speed and memory of the built-in text analyser on the labelled comments of
 * bench/text/dataset, with the npm packages `sentiment` (AFINN, English) and
 * `multilang-sentiment` run on the same comments for comparison.
 *
 *   npx tsx bench/text.bench.ts            figures for the held-out and the development parts
 *   npx tsx bench/text.bench.ts --errors   also the analyser's mistakes on the development part
 *                                          (never on the held-out part: that one is not tuned on)
 *   npx tsx bench/text.bench.ts --dev      the development part only: for working on the analyser
 *                                          without spending a held-out measurement
 *   npx tsx bench/text.bench.ts --set blind   all of the blind test set (bench/text/blind) instead,
 *                                          same figures and peers, no errors printed: a measurement
 *                                          to record in bench/README.md, never to tune on
 *   node --expose-gc --import tsx bench/text.bench.ts   steadier memory figures
 */
import { createRequire } from 'node:module';
import { loadBlindSet, loadDataset, type Labelled } from './text/dataset.ts';
import { accuracy, macroF1, microF1 } from './text/metrics.ts';

type AnalyzerModule = typeof import('../src/modules/text/analyzer/analyze.ts');
type PeerResult = { score: number };

const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
const LANGS = ['ru', 'en', 'bg'] as const;
const TARGET = { sentimentF1: 0.8, topicF1: 0.7, emotionAcc: 0.55, perSecond: 5000, memoryMb: 100 };
const showErrors = process.argv.includes('--errors');
const devOnly = process.argv.includes('--dev');
const setArg = process.argv.indexOf('--set');
const set = setArg < 0 ? 'dataset' : process.argv[setArg + 1];
if (set !== 'dataset' && set !== 'blind') throw new Error(`--set takes dataset (the default) or blind, not ${set}`);
const blind = set === 'blind';
if (blind && (devOnly || showErrors))
  throw new Error('--set blind scores the whole blind set: no --dev, no --errors (it is never tuned on)');
const SPLITS = blind ? (['blind'] as const) : devOnly ? (['dev'] as const) : (['heldout', 'dev'] as const);
const TITLE = {
  heldout: 'HELD-OUT part (not tuned on)',
  dev: 'DEVELOPMENT part (tuned on)',
  blind: 'BLIND test set (written 2026-11-23, never tuned on; all of it)',
};

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fmt = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));
const mark = (ok: boolean) => (ok ? ' ' : '✗');

async function main() {
  const data = blind ? loadBlindSet() : loadDataset().filter((d) => !devOnly || d.split === 'dev');
  gc?.();
  const before = process.memoryUsage();
  const analyzer: AnalyzerModule = await import('../src/modules/text/analyzer/analyze.ts');
  analyzer.warmUp();
  gc?.();
  const after = process.memoryUsage();

  const require = createRequire(import.meta.url);
  const Sentiment = require('sentiment') as new () => { analyze: (text: string) => PeerResult };
  const multilang = require('multilang-sentiment') as (text: string, lang: string) => PeerResult;
  const afinn = new Sentiment();
  const toLabel = (score: number) => (score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral');

  const predictions = new Map(data.map((d) => [d.id, analyzer.analyze(d.text)]));
  const peerAfinn = new Map(
    data.filter((d) => d.lang === 'en').map((d) => [d.id, toLabel(afinn.analyze(d.text).score)]),
  );
  const peerMulti = new Map(data.map((d) => [d.id, toLabel(multilang(d.text, d.lang).score)]));

  console.log(
    `Text analyser bench: ${data.length} labelled comments${blind ? ' of the blind test set' : ''} (${LANGS.map((l) => `${l} ${data.filter((d) => d.lang === l).length}`).join(', ')})`,
  );
  console.log(
    blind
      ? `all ${data.length} are test\n`
      : `held-out: ${data.filter((d) => d.split === 'heldout').length}, development: ${data.filter((d) => d.split === 'dev').length}\n`,
  );

  for (const split of SPLITS) {
    console.log(TITLE[split]);
    console.log(
      'lang   n  | lang-id | sentiment acc  macro-F1 | emotion acc | topics micro-F1 || peers macro-F1: sentiment(AFINN)  multilang-sentiment',
    );
    for (const lang of [...LANGS, 'all'] as const) {
      const rows = data.filter((d) => d.split === split && (lang === 'all' || d.lang === lang));
      const p = rows.map((d) => predictions.get(d.id)!);
      const langAcc = accuracy(
        rows.map((d) => d.lang),
        p.map((x) => x.lang),
      );
      const sAcc = accuracy(
        rows.map((d) => d.sentiment),
        p.map((x) => x.sentiment),
      );
      const sF1 = macroF1(
        rows.map((d) => d.sentiment),
        p.map((x) => x.sentiment),
        SENTIMENTS,
      );
      const eAcc = accuracy(
        rows.map((d) => d.emotion),
        p.map((x) => x.emotion),
      );
      const tF1 = microF1(
        rows.map((d) => d.topics),
        p.map((x) => x.topics),
      );
      const en = rows.filter((d) => d.lang === 'en');
      const aF1 = en.length
        ? macroF1(
            en.map((d) => d.sentiment),
            en.map((d) => peerAfinn.get(d.id)!),
            SENTIMENTS,
          )
        : NaN;
      const mF1 = macroF1(
        rows.map((d) => d.sentiment),
        rows.map((d) => peerMulti.get(d.id)!),
        SENTIMENTS,
      );
      const check = split !== 'dev';
      console.log(
        `${lang.padEnd(4)} ${String(rows.length).padStart(4)}  |  ${fmt(langAcc)}  |    ${fmt(sAcc)}     ${fmt(sF1)}${check ? mark(sF1 >= TARGET.sentimentF1) : ' '}  |    ${fmt(eAcc)}${check ? mark(eAcc >= TARGET.emotionAcc) : ' '}   |      ${fmt(tF1)}${check ? mark(tF1 >= TARGET.topicF1) : ' '}      ||          ${lang === 'en' || lang === 'all' ? fmt(aF1) + (lang === 'all' ? ' (en)' : '     ') : '  n/a     '}              ${fmt(mF1)}`,
      );
    }
    console.log('');
  }
  console.log(
    `targets (${blind ? 'blind set' : 'held-out'}): sentiment macro-F1 ≥ ${TARGET.sentimentF1} per language, emotion accuracy ≥ ${TARGET.emotionAcc}, topic micro-F1 ≥ ${TARGET.topicF1}; ✗ marks a miss\n`,
  );

  const texts = data.map((d) => d.text);
  const N = 50_000;
  for (let i = 0; i < 2000; i++) analyzer.analyze(texts[i % texts.length]!);
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < N; i++) sink += analyzer.analyze(texts[i % texts.length]!).score;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const perSecond = N / seconds;
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log(
    `speed: ${N} analyses in ${seconds.toFixed(2)} s on one thread = ${Math.round(perSecond)} comments/s (mean ${Math.round(chars)} characters)${mark(perSecond >= TARGET.perSecond)} (checksum ${sink.toFixed(1)})`,
  );
  gc?.();
  const end = process.memoryUsage();
  console.log(
    `memory: heap used by the loaded analyser and its lexicons ${mb(after.heapUsed - before.heapUsed)} MB; process RSS ${mb(before.rss)} → ${mb(after.rss)} MB after loading (+${mb(after.rss - before.rss)}), ${mb(end.rss)} MB after the speed run; heap used then ${mb(end.heapUsed)} MB${gc ? '' : ' (run with --expose-gc for steadier figures)'}`,
  );

  if (showErrors)
    printErrors(
      data.filter((d) => d.split === 'dev'),
      predictions,
    );
}

function printErrors(rows: Labelled[], predictions: Map<string, ReturnType<AnalyzerModule['analyze']>>) {
  console.log('\nDevelopment-part errors (gold → predicted):');
  for (const d of rows) {
    const p = predictions.get(d.id)!;
    const issues: string[] = [];
    if (p.sentiment !== d.sentiment) issues.push(`sent ${d.sentiment}→${p.sentiment} (${p.score})`);
    if (p.emotion !== d.emotion) issues.push(`emo ${d.emotion}→${p.emotion}`);
    const g = [...d.topics].sort().join(',');
    const q = [...p.topics].sort().join(',');
    if (g !== q) issues.push(`topics ${g}→${q}`);
    if (p.lang !== d.lang) issues.push(`lang ${d.lang}→${p.lang}`);
    if (issues.length)
      console.log(
        `${d.id} ${issues.join('; ')} :: ${d.text} :: ${p.evidence
          .filter((e) => e.kind === 'sentiment')
          .map((e) => `${e.text}:${e.weight}`)
          .join(' ')}`,
      );
  }
}

await main();
