import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets that point into the text', () => {
    const text = 'Ооочень вкусно!!! 😍😍 но дорого :(';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(tokens.map((t) => [t.kind, t.norm])).toEqual([
      ['word', 'оочень'],
      ['word', 'вкусно'],
      ['punct', '!!!'],
      ['emoji', '😍'],
      ['emoji', '😍'],
      ['word', 'но'],
      ['word', 'дорого'],
      ['emoji', ':('],
    ]);
    expect(tokens[0]!.squeezed).toBe('очень');
  });

  it('folds ё, ѝ, Latin look-alikes in Cyrillic words and capitals', () => {
    expect(normalizeWord('Всё')).toBe('все');
    expect(normalizeWord('ѝ')).toBe('и');
    expect(normalizeWord('хорoшo')).toBe('хорошо'); // Latin o typed inside a Russian word
    expect(normalizeWord('Goooood')).toBe('good');
    expect(tokenize('RUDE staff')[0]!.caps).toBe(true);
  });

  it('keeps hyphens and apostrophes inside words, Russian smileys as emoticons', () => {
    expect(tokenize("didn't по-моему д-р").map((t) => t.norm)).toEqual(["didn't", 'по-моему', 'д-р']);
    expect(tokenize('спасибо)))').map((t) => t.norm)).toEqual(['спасибо', ':)']);
    expect(tokenize('👍🏻').map((t) => t.norm)).toEqual(['👍']);
  });
});
