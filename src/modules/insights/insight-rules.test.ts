import { describe, expect, it } from 'vitest';
import { mergedVoters, shownLocation, suggestDuplicates, transitionProblem, type Candidate } from './insight-rules.ts';

describe('status transitions', () => {
  it('moves forward, skipping steps if need be', () => {
    expect(transitionProblem('new', 'reviewing', null)).toBeNull();
    expect(transitionProblem('reviewing', 'planned', null)).toBeNull();
    expect(transitionProblem('new', 'planned', null)).toBeNull();
  });

  it('never moves back, and a closed insight stays closed', () => {
    expect(transitionProblem('planned', 'reviewing', null)).toEqual({ status: expect.stringMatching(/back/) });
    expect(transitionProblem('done', 'planned', null)).toEqual({ status: expect.stringMatching(/cannot change/) });
  });

  it('needs an outcome of at least 20 characters for done and declined', () => {
    expect(transitionProblem('planned', 'done', 'Fixed it')).toEqual({ outcome: expect.stringMatching(/20/) });
    expect(transitionProblem('planned', 'done', '   Fixed it.          ')).not.toBeNull();
    expect(transitionProblem('planned', 'done', 'We bought a second coffee machine')).toBeNull();
    expect(transitionProblem('new', 'declined', null)).toEqual({ outcome: expect.any(String) });
    expect(transitionProblem('new', 'declined', 'Too expensive for this year, sorry')).toBeNull();
  });

  it('marks a duplicate only with the insight it duplicates', () => {
    expect(transitionProblem('new', 'duplicate', null)).toEqual({ mergedInto: expect.any(String) });
    expect(transitionProblem('new', 'duplicate', null, 'x')).toBeNull();
  });
});

describe('vote de-duplication on merge', () => {
  it('moves votes without counting anybody twice', () => {
    const r = mergedVoters({ voters: ['a', 'b'], authorId: 't' }, { voters: ['b', 'c', 't'], authorId: 's' });
    expect(r.voters.sort()).toEqual(['a', 'b', 'c', 's']);
    expect(r.added.sort()).toEqual(['c', 's']);
  });

  it('counts an anonymous duplicate only by its voters', () => {
    const r = mergedVoters({ voters: [], authorId: null }, { voters: ['x', 'x'], authorId: null });
    expect(r.voters).toEqual(['x']);
  });
});

describe('duplicate suggestions', () => {
  const c = (id: string, title: string, topics: string[], over: Partial<Candidate> = {}): Candidate => ({
    id,
    title,
    topics,
    locationId: 'L1',
    touchpointId: 'T1',
    status: 'new',
    ...over,
  });
  it('suggests open posts sharing a topic, the closest first', () => {
    const draft = {
      title: 'Customers wait too long at checkout',
      topics: ['wait_time'],
      locationId: 'L1',
      touchpointId: 'T1',
    };
    const out = suggestDuplicates(draft, [
      c('1', 'Parking is hard', ['parking']),
      c('2', 'Long queue at checkout', ['wait_time'], { locationId: 'L2', touchpointId: 'T2' }),
      c('3', 'Waiting at checkout every evening', ['wait_time']),
      c('4', 'Checkout wait', ['wait_time'], { status: 'duplicate' }),
    ]);
    expect(out.map((x) => x.id)).toEqual(['3', '2']);
  });
});

describe('anonymous location', () => {
  it('shows the location of an anonymous post only with at least 5 staff there', () => {
    expect(shownLocation({ anonymous: true, locationId: 'L' }, 4)).toBeNull();
    expect(shownLocation({ anonymous: true, locationId: 'L' }, 5)).toBe('L');
    expect(shownLocation({ anonymous: false, locationId: 'L' }, 1)).toBe('L');
  });
});
