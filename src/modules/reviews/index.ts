/** The reviews module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { startRecoveryEngine } from './recovery-engine.ts';
export { requestExists as reviewRequestExists } from './reviews.repo.ts';
export { locationFilter, period } from './reputation.ts';
export { afterInteractionsForReviews, runReviewTrigger, sendReviewRequest } from './requests.ts';
export { reviewLinkRoutes, reviewRoutes } from './reviews.routes.ts';
export { ingest, pollGoogle, reviewLinks, reviewsWithTextByCustomer } from './reviews.service.ts';
