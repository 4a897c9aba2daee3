/** The retention module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { ROLL_UP as PURCHASES_ROLL_UP, drainPurchases, startPurchaseRollups } from './purchases-rollup.ts';
export { CUSTOMER_SEGMENTS } from './retention.math.ts';
export type { CustomerSegment } from './retention.math.ts';
export { retentionRoutes } from './retention.routes.ts';
export { ROLL_UP as RFM_ROLL_UP, drainRfm, startRfmRollups } from './rfm-rollup.ts';
export { REFRESH as SEGMENTS_REFRESH, drainSegments, startSegmentRefresh } from './segments.ts';
