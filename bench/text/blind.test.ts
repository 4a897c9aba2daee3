import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNotBlind, BLIND_DIR, forbidBlindSet, loadBlindSet } from './dataset.ts';

describe('blind test set', () => {
  it('is all test: 150 comments a language, none of them development or held-out', () => {
    const rows = loadBlindSet();
    expect(['en', 'ru', 'bg'].map((l) => rows.filter((d) => d.lang === l).length)).toEqual([150, 150, 150]);
    expect(rows.every((d) => d.split === 'blind')).toBe(true);
    expect(new Set(rows.map((d) => d.id)).size).toBe(450);
    const second = loadBlindSet('second');
    expect(['en', 'ru', 'bg'].map((l) => second.filter((d) => d.lang === l).length)).toEqual([150, 150, 150]);
    expect(new Set([...rows, ...second].map((d) => d.id)).size).toBe(900);
  });

  it('refuses to hand a file of its folder to the training script', () => {
    expect(() => assertNotBlind(path.join(BLIND_DIR, 'en.txt'))).toThrow(/blind/);
    expect(() => assertNotBlind(path.join(BLIND_DIR, '..', 'blind', 'sub', 'x.txt'))).toThrow(/blind/);
    expect(() => assertNotBlind(BLIND_DIR)).toThrow(/blind/);
    expect(() => assertNotBlind(path.join(BLIND_DIR, '2026-12-07', 'en.txt'))).toThrow(/blind/);
    const training = path.join(BLIND_DIR, '..', 'training', 'en.txt');
    expect(assertNotBlind(training)).toBe(training);
    expect(() => assertNotBlind(`${BLIND_DIR}-old/en.txt`)).not.toThrow();
  });

  it('the training script forbids it before reading anything and never names it', () => {
    const source = fs.readFileSync(path.join(BLIND_DIR, '../../../scripts/train-text-model.ts'), 'utf8');
    const main = source.slice(source.indexOf('function main()'));
    expect(main.indexOf('forbidBlindSet()')).toBeGreaterThan(0);
    expect(main.indexOf('forbidBlindSet()')).toBeLessThan(main.indexOf('loadTraining()'));
    expect(source).not.toMatch(/loadBlindSet|BLIND_DIR|['"`][^'"`\n]*text\/blind/);
  });

  // Last: the flag stays set for the rest of this file's module instance.
  it('cannot be loaded once a process has forbidden it (as training does)', () => {
    forbidBlindSet();
    expect(() => loadBlindSet()).toThrow(/must not be read/);
  });
});
