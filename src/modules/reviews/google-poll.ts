/**
 * When to read a Google source again: every 30 minutes while it answers; after failures in a row,
 * 5 minutes doubled per failure (a blip heals soon, a revoked token does not hammer Google), at
 * most once a day. Pure: no database, no HTTP.
 */
export const READ_EVERY_MINUTES = 30;
export const FIRST_RETRY_MINUTES = 5;
export const MAX_WAIT_MINUTES = 24 * 60;

export function nextGoogleRead(now: Date, failuresInARow: number): Date {
  const minutes =
    failuresInARow === 0
      ? READ_EVERY_MINUTES
      : Math.min(MAX_WAIT_MINUTES, FIRST_RETRY_MINUTES * 2 ** Math.min(failuresInARow - 1, 20));
  return new Date(now.getTime() + minutes * 60_000);
}
