/**
 * Fraud rules for a referral. Blocked: the referrer is the referred customer, or shares their
 * normalised email or phone. Flagged (a person decides; never rewarded automatically): a phone
 * shared with another customer, more than 3 referrals by one referrer in a day, more than 3 from
 * one IP or device, no qualifying interaction within 60 days.
 */
export const DAILY_REFERRER_LIMIT = 3;
export const SAME_ORIGIN_LIMIT = 3;
export const QUALIFY_WITHIN_DAYS = 60;
const DAY = 24 * 3600_000;

export type Person = { id: string; email: string | null; phone: string | null };

export type FraudInput = {
  referrer: Person;
  referred: Person;
  /** Other customers (not the referrer) whose normalised phone equals the referred one's. */
  phoneSharedWithOthers: boolean;
  /** The referrer's referrals created on the same day, this one included. */
  referrerToday: number;
  /** Referrals from the same IP address, this one included (0 when unknown). */
  sameIp: number;
  /** Referrals from the same device, this one included (0 when unknown). */
  sameDevice: number;
  createdAt: Date;
  qualifiedAt: Date | null;
  now: Date;
};

export const FRAUD_FLAGS = [
  'shared_phone',
  'referrer_burst',
  'same_ip',
  'same_device',
  'not_qualified_in_time',
] as const;
export type FraudFlag = (typeof FRAUD_FLAGS)[number];
export type FraudVerdict = { blocked: true; reason: 'self_referral' } | { blocked: false; flags: FraudFlag[] };

export const normaliseEmail = (e: string | null): string | null => {
  const v = e?.trim().toLowerCase();
  if (!v || !v.includes('@')) return v || null;
  const [local, domain] = v.split('@') as [string, string];
  // Gmail ignores dots and +tags; elsewhere +tags are the common alias.
  const base = local.split('+')[0]!;
  return `${/^(gmail|googlemail)\.com$/.test(domain) ? base.replace(/\./g, '') : base}@${domain.replace('googlemail.com', 'gmail.com')}`;
};

/** Digits only, with a leading 8 of a Russian number read as +7; the last 9 digits decide (a trunk 0 or country code aside). */
export const normalisePhone = (p: string | null): string | null => {
  let d = p?.replace(/\D/g, '') ?? '';
  if (d.length === 11 && d.startsWith('8')) d = `7${d.slice(1)}`;
  return d.length >= 7 ? d.slice(-9) : null;
};

export function checkReferral(input: FraudInput): FraudVerdict {
  const { referrer: a, referred: b } = input;
  const email = normaliseEmail(a.email);
  const phone = normalisePhone(a.phone);
  if (
    a.id === b.id ||
    (email !== null && email === normaliseEmail(b.email)) ||
    (phone !== null && phone === normalisePhone(b.phone))
  )
    return { blocked: true, reason: 'self_referral' };
  const flags: FraudFlag[] = [];
  if (input.phoneSharedWithOthers) flags.push('shared_phone');
  if (input.referrerToday > DAILY_REFERRER_LIMIT) flags.push('referrer_burst');
  if (input.sameIp > SAME_ORIGIN_LIMIT) flags.push('same_ip');
  if (input.sameDevice > SAME_ORIGIN_LIMIT) flags.push('same_device');
  const deadline = input.createdAt.getTime() + QUALIFY_WITHIN_DAYS * DAY;
  if (input.qualifiedAt ? input.qualifiedAt.getTime() > deadline : input.now.getTime() > deadline)
    flags.push('not_qualified_in_time');
  return { blocked: false, flags };
}

export const REFERRAL_STATUSES = ['pending', 'qualified', 'rewarded', 'flagged', 'blocked'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * The status after a check. A flagged referral stays flagged until a person clears it: it is
 * never rewarded automatically. Rewards never depend on a review.
 */
export function statusAfter(
  verdict: FraudVerdict,
  qualifiedAt: Date | null,
  holdDays: number,
  now: Date,
): ReferralStatus {
  if (verdict.blocked) return 'blocked';
  if (verdict.flags.length) return 'flagged';
  if (!qualifiedAt) return 'pending';
  return now.getTime() >= qualifiedAt.getTime() + holdDays * DAY ? 'rewarded' : 'qualified';
}
