import { describe, expect, it } from 'vitest';
import { generateVoice, type VoiceStaff } from './demo-voice.ts';

const staff: VoiceStaff[] = ['sofia', 'plovdiv', 'varna'].flatMap((location) =>
  Array.from(
    { length: 8 },
    (_, i) => ({ key: `${location}-${i}`, location, role: i === 0 ? 'manager' : 'staff' }) as const,
  ),
);
const now = new Date('2026-06-01T00:00:00Z');

describe('demo staff voice', () => {
  it('is the same for the same seed, with a year of monthly pulses', () => {
    const a = generateVoice(staff, ['sofia', 'plovdiv', 'varna'], { now, seed: 1 });
    expect(generateVoice(staff, ['sofia', 'plovdiv', 'varna'], { now, seed: 1 })).toEqual(a);
    expect(a.runs).toHaveLength(12);
    expect(a.runs.every((r) => r.openedAt < now && r.answers.length > 0)).toBe(true);
  });

  it('gives done and declined posts an outcome of at least 20 characters, and merges the duplicate into an open post', () => {
    const { insights } = generateVoice(staff, ['sofia', 'plovdiv', 'varna'], { now, seed: 1 });
    for (const p of insights.filter((p) => p.status === 'done' || p.status === 'declined'))
      expect(p.outcome!.length).toBeGreaterThanOrEqual(20);
    const dup = insights.find((p) => p.status === 'duplicate')!;
    expect(insights.find((p) => p.key === dup.mergedInto)?.status).toMatch(/new|reviewing|planned/);
    expect(insights.filter((p) => p.anonymous).every((p) => p.author === null)).toBe(true);
  });
});
