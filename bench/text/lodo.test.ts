import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDomainSet, loadSecondLabels, loadTraining, parseDomainFile, type Labelled } from './dataset.ts';
import { lodoFolds, NEVER_INSPECTED, seenDomainFolds } from './lodo.ts';

const row = (id: string, domain?: Labelled['domain']): Labelled => ({
  id,
  lang: 'en',
  split: domain ? 'domain' : 'dev',
  domain,
  sentiment: 'neutral',
  emotion: 'neutral',
  topics: ['other'],
  text: id,
});

describe('leave-one-domain-out folds', () => {
  const rows = [row('a1', 'bank'), row('a2', 'bank'), row('b1', 'clinic'), row('c1', 'hotel')];
  const always = [row('t1'), row('t2')];

  it('tests every comment once, never on a model that saw its domain', () => {
    const folds = lodoFolds(rows, always, ['clinic', 'bank', 'hotel', 'cafe']);
    expect(folds.map((f) => f.domain)).toEqual(['clinic', 'bank', 'hotel']);
    expect(folds.flatMap((f) => f.test.map((d) => d.id)).sort()).toEqual(['a1', 'a2', 'b1', 'c1']);
    for (const f of folds) {
      expect(f.train.some((d) => d.domain === f.domain)).toBe(false);
      expect(f.train.filter((d) => !d.domain)).toEqual(always);
      expect(f.train).toHaveLength(always.length + rows.length - f.test.length);
    }
  });

  it('refuses a comment whose domain has no fold', () => {
    expect(() => lodoFolds(rows, always, ['clinic', 'hotel'])).toThrow(/a1/);
  });

  it('seen-domain folds test every comment once, with its domain also in training', () => {
    const many = [...rows, row('a3', 'bank'), row('b2', 'clinic'), row('c2', 'hotel')];
    const folds = seenDomainFolds(many, always, 2);
    expect(folds.flatMap((f) => f.test.map((d) => d.id)).sort()).toEqual(many.map((d) => d.id).sort());
    for (const f of folds) {
      expect(f.train.filter((d) => !d.domain)).toEqual(always);
      expect(f.train.some((d) => f.test.includes(d))).toBe(false);
      for (const d of f.test) expect(f.train.some((t) => t.domain === d.domain)).toBe(true);
    }
  });

  it('keeps four domains out of every inspection', () => {
    expect([...NEVER_INSPECTED].sort()).toEqual(['bank', 'education', 'fitness', 'telecom']);
  });
});

describe('domain set files', () => {
  it('parses a line with its domain, folding repeated topic codes', () => {
    expect(
      parseDomainFile('x/bank.txt', 'ru', 'bank', '# c\nru-bank-001|bank|neg|fru|co,co,bi|Не перезвонили | дважды\n'),
    ).toEqual([
      {
        id: 'ru-bank-001',
        lang: 'ru',
        split: 'domain',
        domain: 'bank',
        sentiment: 'negative',
        emotion: 'frustration',
        topics: ['communication', 'billing'],
        text: 'Не перезвонили | дважды',
      },
    ]);
  });

  it.each([
    ['ru-bank-001|bank|bad|fru|co|text', /x\/bank.txt:2: unknown sentiment "bad"/],
    ['ru-bank-001|bank|neg|fru|zz|text', /x\/bank.txt:2: unknown topic "zz"/],
    ['ru-bank-001|clinic|neg|fru|co|text', /x\/bank.txt:2: domain column is "clinic"/],
    ['en-bank-001|bank|neg|fru|co|text', /x\/bank.txt:2: id must start with ru-/],
    ['ru-bank-001|bank|neg|xxx|co|text', /x\/bank.txt:2: unknown emotion/],
    ['ru-bank-001|bank|neg|fru|co|  ', /x\/bank.txt:2: no text/],
  ])('names the file and line of a malformed line: %s', (line, error) => {
    expect(() => parseDomainFile('x/bank.txt', 'ru', 'bank', `ru-bank-000|bank|neu|neu|ot|ok\n${line}\n`)).toThrow(
      error,
    );
  });
});

describe('training files of further kinds of business', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const withTraining = (kind: string, line: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-training-'));
    dirs.push(dir);
    for (const lang of ['en', 'ru', 'bg']) fs.writeFileSync(path.join(dir, `${lang}.txt`), '');
    fs.mkdirSync(path.join(dir, 'en'));
    fs.writeFileSync(path.join(dir, 'en', `${kind}.txt`), `${line}\n`);
    return dir;
  };

  it('reads them as training, without a domain', () => {
    const rows = loadTraining(withTraining('airline', 'en-m-airline-001|airline|neg|fru|wt|Three hours late'));
    expect(rows).toEqual([
      {
        id: 'en-m-airline-001',
        lang: 'en',
        split: 'dev',
        sentiment: 'negative',
        emotion: 'frustration',
        topics: ['wait_time'],
        text: 'Three hours late',
      },
    ]);
  });

  it.each(['bank', 'taxi'])('refuses a kind of business the models are tested on: %s', (kind) => {
    expect(() => loadTraining(withTraining(kind, `en-m-${kind}-001|${kind}|neu|neu|ot|ok`))).toThrow(
      /is a kind of business the models are tested on/,
    );
  });
});

describe('second annotator', () => {
  it('labels 300 comments a language of the domain set, none of a never-inspected domain', () => {
    const second = loadSecondLabels();
    const domains = new Map(loadDomainSet().map((d) => [d.id, d]));
    const rows = [...second.keys()].map((id) => domains.get(id));
    expect(rows.every((d) => d && !NEVER_INSPECTED.includes(d.domain!))).toBe(true);
    expect(['ru', 'en', 'bg'].map((lang) => rows.filter((d) => d!.lang === lang).length)).toEqual([300, 300, 300]);
  });
});
