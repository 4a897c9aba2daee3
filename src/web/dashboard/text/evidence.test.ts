import { describe, expect, it } from 'vitest';
import { segments, type Evidence } from './evidence.ts';

const ev = (kind: string, label: string, comment: string, text: string, from = 0): Evidence => {
  const start = comment.indexOf(text, from);
  return { kind, label, text, start, end: start + text.length };
};
const view = (s: ReturnType<typeof segments>) =>
  s.map((x) => (x.evidence.length ? `[${x.text}:${x.evidence.map((e) => e.label).join('+')}]` : x.text)).join('');

describe('segments', () => {
  it('cuts the comment at each evidence boundary and keeps every character in order', () => {
    const c = 'The food was lovely, but we waited an hour.';
    const s = segments(c, [
      ev('topic', 'product_quality', c, 'food'),
      ev('sentiment', 'negative', c, 'waited'),
      ev('topic', 'wait_time', c, 'waited'),
    ]);
    expect(s.map((x) => x.text).join('')).toBe(c);
    expect(view(s)).toBe('The [food:product_quality] was lovely, but we [waited:negative+wait_time] an hour.');
  });

  it('splits overlapping evidence into the parts each covers', () => {
    const c = 'on hold forever';
    const s = segments(c, [ev('topic', 'wait_time', c, 'on hold'), ev('sentiment', 'negative', c, 'hold forever')]);
    expect(view(s)).toBe('[on :wait_time][hold:wait_time+negative][ forever:negative]');
  });

  it('ignores evidence whose offsets do not point at its words (never marks the wrong text)', () => {
    const c = 'Rude staff';
    const s = segments(c, [
      { kind: 'sentiment', label: 'negative', text: 'rude', start: 0, end: 4 },
      { kind: 'topic', label: 'staff_attitude', text: 'staff', start: 6, end: 99 },
      { kind: 'topic', label: 'x', text: '', start: 3, end: 3 },
      { kind: 'topic', label: 'y', text: 'Ru', start: -1, end: 1 },
    ]);
    expect(view(s)).toBe('Rude staff');
  });

  it('counts offsets in UTF-16 code units, as the server does (emoji and Cyrillic)', () => {
    const c = '😡 Чакахме час!';
    const s = segments(c, [ev('topic', 'wait_time', c, 'Чакахме')]);
    expect(view(s)).toBe('😡 [Чакахме:wait_time] час!');
  });

  it('leaves markup in the comment as text', () => {
    const c = '<b>slow</b>';
    expect(segments(c, [ev('topic', 'wait_time', c, 'slow')]).map((x) => x.text)).toEqual(['<b>', 'slow', '</b>']);
  });
});
