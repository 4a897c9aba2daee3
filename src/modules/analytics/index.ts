/** The analytics module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as analyticsServiceDoor from './analytics.service.ts';
import * as analyticsRepoDoor from './analytics.repo.ts';
export type { Dim } from './analytics.repo.ts';
export { analyticsRoutes } from './analytics.routes.ts';
export { constraintsFor, figuresOf } from './analytics.service.ts';
export { startDigests } from './digest.ts';
export { rebuildStatus } from '../../platform/jobs/rebuild-status.ts';
export { rebuildRequested, requestRebuild, startRebuilds } from './rebuild.ts';
export { startRollups } from './rollup.ts';
export { startSegmentRollups } from './segment-rollup.ts';
export { settle, verifyOrg } from './verify.ts';
export const analyticsService = {
  breakdown: analyticsServiceDoor.breakdown,
  summary: analyticsServiceDoor.summary,
  timeseries: analyticsServiceDoor.timeseries,
};
export const analyticsRepo = {
  counts: analyticsRepoDoor.counts,
  labels: analyticsRepoDoor.labels,
  touchpointInfo: analyticsRepoDoor.touchpointInfo,
};
