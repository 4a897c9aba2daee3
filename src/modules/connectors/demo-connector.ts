import { randomBytes } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import * as repo from './connectors.repo.ts';

/**
 * The demo's connectors: the clinic's visits sheet (a Google Sheet published as CSV), its branches
 * and services already matched by name, synced yesterday and paused, so a demo server that runs
 * offline never calls out. Nothing in the demo's figures comes from it: its one run fetched nothing new.
 */
export async function writeDemoConnector(
  db: Db,
  orgId: string,
  opts: { branches: string[]; services: string[]; now: Date },
): Promise<void> {
  const yesterday = new Date(opts.now.getTime() - 86_400_000);
  const item = (name: string) => ({ id: name, name });
  const c = await repo.insert(db, {
    orgId,
    kind: 'csv_url',
    name: 'Visits sheet (Google Sheets)',
    settings: {
      url: 'https://docs.google.com/spreadsheets/d/e/2PACX-demo/pub?output=csv',
      emailConsent: true,
    },
    sealedSecrets: null,
    mapping: { locations: {}, staff: {}, touchpoints: {} },
    catalog: { branches: opts.branches.map(item), staff: [], services: opts.services.map(item) },
    cursor: { etag: '"demo"' },
    hookToken: randomBytes(24).toString('base64url'),
    active: false,
    status: 'ok',
    lastSyncAt: yesterday,
    nextSyncAt: yesterday,
  });
  // A Bitrix24 portal as the clinic's CRM would be: one pipeline per branch and the services in its
  // catalogue, matched by name on the mapping screen. No webhook address is stored (a demo has no
  // portal), so "Sync now" says to enter one.
  await repo.insert(db, {
    orgId,
    kind: 'bitrix24',
    name: 'Bitrix24 CRM',
    settings: { emailConsent: true },
    sealedSecrets: null,
    mapping: { locations: {}, staff: {}, touchpoints: {} },
    catalog: {
      branches: opts.branches.map((name, i) => ({ id: String(i), name })),
      staff: [],
      services: opts.services.map((name, i) => ({ id: String(101 + i), name })),
    },
    cursor: {},
    hookToken: randomBytes(24).toString('base64url'),
    active: false,
    status: 'new',
    nextSyncAt: opts.now,
  });
  const run = await repo.startRun(db, c, 'schedule');
  await repo.finishRun(db, orgId, run.id, {
    status: 'ok',
    fetched: 0,
    created: 0,
    updated: 0,
    removed: 0,
    skipped: 0,
    skips: [],
    error: null,
  });
}
