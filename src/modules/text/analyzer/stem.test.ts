import { describe, expect, it } from 'vitest';
import { stemBg, stemEn, stemRu } from './stem.ts';

const same = (stem: (w: string) => string, words: string[]) => new Set(words.map(stem)).size;

describe('stemmers bring the forms of a word together', () => {
  it('Russian', () => {
    expect(same(stemRu, ['плохо', 'плохой', 'плохая', 'плохие'])).toBe(1);
    expect(same(stemRu, ['вкусно', 'вкусный', 'вкусная'])).toBe(1);
    expect(same(stemRu, ['понравилось', 'понравился'])).toBe(1);
    expect(same(stemRu, ['цены', 'цена', 'ценой'])).toBe(1);
    expect(stemRu('очереди')).toBe(stemRu('очередь'));
    expect(stemRu('дом')).toBe('дом');
  });

  it('Bulgarian, with the definite article', () => {
    expect(same(stemBg, ['лошо', 'лошото', 'лоша', 'лоши'])).toBe(1);
    expect(same(stemBg, ['вкусно', 'вкусна', 'вкусната'])).toBe(1);
    expect(same(stemBg, ['храна', 'храната'])).toBe(1);
    expect(same(stemBg, ['цените', 'цена', 'цени'])).toBe(1);
    expect(same(stemBg, ['доволна', 'доволен'])).toBe(1);
    expect(same(stemBg, ['чакахме', 'чакаме'])).toBe(1);
  });

  it('English, Porter-style', () => {
    expect(same(stemEn, ['waiting', 'waited', 'waits', 'wait'])).toBe(1);
    expect(same(stemEn, ['disappointed', 'disappointing', 'disappointment'])).toBe(1);
    expect(same(stemEn, ['rude', 'rudeness', 'rudest'])).toBe(1);
    expect(same(stemEn, ['stopped', 'stop'])).toBe(1);
    expect(stemEn('prices')).toBe(stemEn('price'));
    expect(stemEn('helpful')).not.toBe(stemEn('help'));
  });
});
