import type { Db } from '../../platform/db/database.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import * as repo from './connectors.repo.ts';
import { runSync } from './sync.ts';

/** How long a claimed connector is held before another sweep may take it (a sync that died). */
const HOLD_MS = 15 * 60_000;

/**
 * Scheduled syncs: every minute, the connectors whose next sync is due are claimed and synced one
 * after another. It runs in the server process, on the app's database handle, so the interactions
 * it writes trigger surveys exactly as the API's do.
 */
export async function syncDue(db: Db, stopped: () => boolean = () => false, now = new Date()): Promise<number> {
  const due = await repo.claimDue(db, now, HOLD_MS);
  let n = 0;
  for (const c of due) {
    if (stopped()) break;
    await runSync(db, c, 'schedule');
    n++;
  }
  return n;
}

export const startConnectorSweep = (db: Db, opts: { onError?: (e: unknown) => void } = {}): Sweeper =>
  startSweeper((stopped) => syncDue(db, stopped).then(() => undefined), { intervalMs: 60_000, ...opts });
