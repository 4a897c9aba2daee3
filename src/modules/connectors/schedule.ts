/** How often a healthy connector pulls (sources with webhooks also push between pulls). */
export const SYNC_EVERY_MS = 15 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 6 * 60 * 60_000;

/** After the n-th failure in a row: 1, 2, 4 … minutes, at most 6 hours, so a broken source is not hammered. */
export const backoffMs = (failures: number): number =>
  Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
