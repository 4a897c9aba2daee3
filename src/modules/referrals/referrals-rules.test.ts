import { describe, expect, it } from 'vitest';
import { attribute, type AttributionClaim } from './attribution.ts';
import { CODE_ALPHABET, newReferralCode, normaliseCode } from './code.ts';
import { checkReferral, normaliseEmail, normalisePhone, statusAfter, type FraudInput } from './fraud.ts';

const at = (d: string) => new Date(`2026-06-${d}T10:00:00Z`);

describe('referral codes', () => {
  it('are 6 characters of an alphabet without ambiguous letters', () => {
    for (const ch of '01OILSZB25 8') expect(CODE_ALPHABET).not.toContain(ch);
    for (let i = 0; i < 200; i++) {
      const code = newReferralCode();
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(normaliseCode(code.toLowerCase().replace(/^(...)/, '$1-'))).toBe(code);
    }
    expect(normaliseCode('ABC0EF')).toBeUndefined();
    expect(normaliseCode('ACDEF')).toBeUndefined();
  });
});

describe('attribution', () => {
  const base = { firstInteractionAt: at('20'), earlierInteraction: false, alreadyReferred: false };
  const c = (method: AttributionClaim['method'], referrerId: string, day = '15'): AttributionClaim => ({
    method,
    referrerId,
    at: at(day),
  });
  it('ranks code > link > survey > staff', () => {
    expect(attribute({ ...base, claims: [c('staff', 's'), c('survey', 'v'), c('link', 'l'), c('code', 'k')] })).toEqual(
      { referred: true, method: 'code', referrerId: 'k' },
    );
    expect(attribute({ ...base, claims: [c('staff', 's'), c('survey', 'v'), c('link', 'l')] })).toMatchObject({
      referrerId: 'l',
    });
    expect(attribute({ ...base, claims: [c('staff', 's'), c('survey', 'v')] })).toMatchObject({ referrerId: 'v' });
    expect(attribute({ ...base, claims: [c('staff', 's')] })).toMatchObject({ method: 'staff' });
  });
  it('counts a link only within 30 days, the last visit winning', () => {
    const old = { method: 'link' as const, referrerId: 'old', at: new Date('2026-05-01T10:00:00Z') };
    expect(attribute({ ...base, claims: [old, c('survey', 'v')] })).toMatchObject({ referrerId: 'v' });
    expect(attribute({ ...base, claims: [c('link', 'a', '10'), c('link', 'b', '12')] })).toMatchObject({
      referrerId: 'b',
    });
  });
  it('keeps one referrer for life and never refers an existing customer', () => {
    expect(attribute({ ...base, alreadyReferred: true, claims: [c('code', 'k')] })).toEqual({
      referred: false,
      reason: 'already_referred',
    });
    expect(attribute({ ...base, earlierInteraction: true, claims: [c('code', 'k')] })).toEqual({
      referred: false,
      reason: 'existing_customer',
    });
    expect(attribute({ ...base, claims: [] })).toEqual({ referred: false, reason: 'no_claim' });
  });
});

describe('fraud rules', () => {
  const input: FraudInput = {
    referrer: { id: 'r', email: 'Anna.K@gmail.com', phone: '+7 916 123-45-67' },
    referred: { id: 'f', email: 'friend@example.com', phone: '+7 903 000-00-00' },
    phoneSharedWithOthers: false,
    referrerToday: 1,
    sameIp: 1,
    sameDevice: 1,
    createdAt: at('01'),
    qualifiedAt: null,
    now: at('05'),
  };
  it('normalises email and phone', () => {
    expect(normaliseEmail(' Anna.K+promo@GoogleMail.com ')).toBe('annak@gmail.com');
    expect(normalisePhone('8 (916) 123-45-67')).toBe(normalisePhone('+79161234567'));
  });
  it('blocks self-referral by id, normalised email or phone', () => {
    expect(checkReferral({ ...input, referred: input.referrer })).toEqual({ blocked: true, reason: 'self_referral' });
    expect(checkReferral({ ...input, referred: { id: 'x', email: 'annak+2@gmail.com', phone: null } }).blocked).toBe(
      true,
    );
    expect(checkReferral({ ...input, referred: { id: 'x', email: null, phone: '89161234567' } }).blocked).toBe(true);
    expect(checkReferral(input)).toEqual({ blocked: false, flags: [] });
  });
  it('flags shared phones, bursts, same IP or device, and no qualifying visit in 60 days', () => {
    expect(checkReferral({ ...input, phoneSharedWithOthers: true })).toEqual({
      blocked: false,
      flags: ['shared_phone'],
    });
    expect(checkReferral({ ...input, referrerToday: 3, sameIp: 3, sameDevice: 3 })).toEqual({
      blocked: false,
      flags: [],
    });
    expect(checkReferral({ ...input, referrerToday: 4, sameIp: 4, sameDevice: 4 })).toEqual({
      blocked: false,
      flags: ['referrer_burst', 'same_ip', 'same_device'],
    });
    expect(checkReferral({ ...input, now: new Date('2026-08-01T10:00:00Z') })).toEqual({
      blocked: false,
      flags: ['not_qualified_in_time'],
    });
  });
  it('never rewards a flagged referral automatically; rewards after the hold', () => {
    const q = at('02');
    expect(statusAfter({ blocked: false, flags: ['same_ip'] }, q, 14, at('30'))).toBe('flagged');
    expect(statusAfter({ blocked: false, flags: [] }, null, 14, at('30'))).toBe('pending');
    expect(statusAfter({ blocked: false, flags: [] }, q, 14, at('10'))).toBe('qualified');
    expect(statusAfter({ blocked: false, flags: [] }, q, 14, at('16'))).toBe('rewarded');
    expect(statusAfter({ blocked: true, reason: 'self_referral' }, q, 14, at('30'))).toBe('blocked');
  });
});
