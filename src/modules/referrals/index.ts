/** The referrals module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { newReferralCode } from './code.ts';
export { referralLinkRoutes, referralRoutes } from './referrals.routes.ts';
export { afterInteractionsForReferrals, qualify, sweepReferrals } from './referrals.service.ts';
