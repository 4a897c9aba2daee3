import { describe, expect, it } from 'vitest';
import { assignOwner, escalationTarget, type People } from './assignment.ts';
import { chooseRule, ruleMatches, type ResponseFacts, type Rule } from './rules.ts';

const facts = (f: Partial<ResponseFacts>): ResponseFacts => ({
  nps: null,
  csat: null,
  ces: null,
  emotion: null,
  comment: null,
  sentiment: null,
  touchpointId: null,
  locationId: null,
  surveyId: 's1',
  ...f,
});
const rule = (id: string, priority: Rule['priority'], conditions: Rule['conditions'], position = 0): Rule => ({
  id,
  name: id,
  active: true,
  position,
  priority,
  conditions,
});

describe('rule matching', () => {
  const detractorOrUnhappy = rule('default', 'normal', { npsMax: 6, csatMax: 2 });
  it('matches NPS 0–6 or CSAT 1–2, not passives or missing scores', () => {
    expect(ruleMatches(detractorOrUnhappy, facts({ nps: 6 }))).toBe(true);
    expect(ruleMatches(detractorOrUnhappy, facts({ nps: 7 }))).toBe(false);
    expect(ruleMatches(detractorOrUnhappy, facts({ csat: 2 }))).toBe(true);
    expect(ruleMatches(detractorOrUnhappy, facts({ nps: 9, csat: 1 }))).toBe(true);
    expect(ruleMatches(detractorOrUnhappy, facts({}))).toBe(false);
  });

  it('ANDs the other conditions: emotion, keywords (case- and ё-insensitive), touchpoint, sentiment', () => {
    expect(ruleMatches(rule('a', 'high', { emotions: ['angry'] }), facts({ emotion: 'angry' }))).toBe(true);
    expect(ruleMatches(rule('a', 'high', { emotions: ['angry'] }), facts({ emotion: 'calm' }))).toBe(false);
    expect(
      ruleMatches(
        rule('k', 'high', { keywords: ['Жалоба', 'refund'] }),
        facts({ comment: 'Напишу ЖАЛОБУ? нет, жалоба будет' }),
      ),
    ).toBe(true);
    expect(ruleMatches(rule('k', 'high', { keywords: ['ещё'] }), facts({ comment: 'еще раз' }))).toBe(true);
    expect(ruleMatches(rule('t', 'low', { touchpointIds: ['tp'] }), facts({ touchpointId: 'tp', nps: 10 }))).toBe(true);
    expect(
      ruleMatches(rule('t', 'low', { touchpointIds: ['tp'], npsMax: 6 }), facts({ touchpointId: 'tp', nps: 10 })),
    ).toBe(false);
    expect(ruleMatches(rule('s', 'low', { sentiment: 'negative' }), facts({ sentiment: 'negative' }))).toBe(true);
  });

  it('never matches a rule without conditions, or an inactive one', () => {
    expect(ruleMatches(rule('empty', 'urgent', {}), facts({ nps: 0 }))).toBe(false);
    expect(ruleMatches({ ...detractorOrUnhappy, active: false }, facts({ nps: 0 }))).toBe(false);
  });

  it('picks the highest priority, then the earliest position', () => {
    const rules = [
      rule('a', 'normal', { npsMax: 6 }, 0),
      rule('b', 'urgent', { emotions: ['angry'] }, 2),
      rule('c', 'urgent', { npsMax: 3 }, 1),
    ];
    expect(chooseRule(rules, facts({ nps: 2, emotion: 'angry' }))!.id).toBe('c');
    expect(chooseRule(rules, facts({ nps: 5 }))!.id).toBe('a');
    expect(chooseRule(rules, facts({ nps: 9 }))).toBeUndefined();
  });
});

describe('assignment', () => {
  const people: People = {
    managers: [{ id: 'm-north', locationIds: ['north'] }],
    owners: ['owner'],
    active: new Set(['m-north', 'owner', 's1', 's2', 's3']),
  };
  it("goes to the location's manager, or the owner where there is none", () => {
    expect(
      assignOwner({ strategy: 'location_manager' }, { locationId: 'north', staffId: null }, people, null).ownerId,
    ).toBe('m-north');
    expect(
      assignOwner({ strategy: 'location_manager' }, { locationId: 'south', staffId: null }, people, null).ownerId,
    ).toBe('owner');
  });

  it('goes to the staff member involved, falling back when they left', () => {
    expect(
      assignOwner({ strategy: 'involved_staff' }, { locationId: 'north', staffId: 's1' }, people, null).ownerId,
    ).toBe('s1');
    expect(
      assignOwner({ strategy: 'involved_staff' }, { locationId: 'north', staffId: 'gone' }, people, null).ownerId,
    ).toBe('m-north');
  });

  it('rotates round-robin over the active team', () => {
    const a = { strategy: 'round_robin' as const, team: ['s1', 'gone', 's2', 's3'] };
    const seq: (string | null)[] = [];
    let last: string | null = null;
    for (let i = 0; i < 4; i++) {
      const r = assignOwner(a, { locationId: null, staffId: null }, people, last);
      seq.push(r.ownerId);
      last = r.roundRobinCursor ?? null;
    }
    expect(seq).toEqual(['s1', 's2', 's3', 's1']);
  });

  it('escalates staff → manager → owner → nobody above', () => {
    expect(escalationTarget('s1', 'north', people)).toBe('m-north');
    expect(escalationTarget('m-north', 'north', people)).toBe('owner');
    expect(escalationTarget('owner', 'north', people)).toBeNull();
    expect(escalationTarget('s1', 'south', people)).toBe('owner');
  });
});
