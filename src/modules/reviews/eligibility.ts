/**
 * Who is asked for a public review. The input deliberately has no field for survey answers,
 * scores or comments: asking only the happy ones is review gating (FTC 16 CFR 465.7, Google's
 * policy on selective solicitation), so eligibility cannot depend on what a customer said.
 */
export type RequestCandidate = {
  email: string | null;
  consentEmail: boolean;
  /** Staff, relatives and owners: their reviews are not independent (16 CFR 465.5). */
  insider: boolean;
  /** Reachable with consent on a messenger or by SMS, so email is not needed. */
  otherChannel?: boolean;
};

export const REQUEST_EVERY_DAYS = 90;
const DAY = 24 * 3600_000;

export type Eligibility =
  { eligible: true } | { eligible: false; reason: 'no_email' | 'no_consent' | 'insider' | 'recently_asked' };

export function reviewRequestEligibility(
  customer: RequestCandidate,
  previousRequestsAt: readonly Date[],
  now: Date,
): Eligibility {
  if (!customer.otherChannel) {
    if (!customer.email?.trim()) return { eligible: false, reason: 'no_email' };
    if (!customer.consentEmail) return { eligible: false, reason: 'no_consent' };
  }
  if (customer.insider) return { eligible: false, reason: 'insider' };
  const since = now.getTime() - REQUEST_EVERY_DAYS * DAY;
  if (previousRequestsAt.some((d) => d.getTime() > since)) return { eligible: false, reason: 'recently_asked' };
  return { eligible: true };
}
