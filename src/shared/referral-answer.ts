// No Zod here: the dashboard reads answers with these too.

/**
 * The fixed channels a `referral_source` question ("How did you hear about us?") offers. Its answer is
 * the channel, or `referral:{who}` when someone recommended us and the respondent named them
 * (a referral code is credited to that customer; a name is for staff to look up).
 */
export const REFERRAL_CHANNELS = ['referral', 'search', 'maps', 'social', 'ads', 'passing_by', 'other'] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];
export const REFERRER_MAX = 100;

export function referralAnswer(channel: string, who: string | undefined): string {
  const w = (who ?? '').replace(/\s+/g, ' ').trim();
  return w ? `referral:${w}` : channel;
}
export function parseReferralAnswer(v: string): { channel: string; who: string | null } {
  return v.startsWith('referral:')
    ? { channel: 'referral', who: v.slice('referral:'.length) }
    : { channel: v, who: null };
}
