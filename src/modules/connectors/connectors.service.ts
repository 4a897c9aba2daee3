import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import {
  SECRET_SETTINGS,
  SETTINGS,
  type ConnectorCreate,
  type ConnectorListQuery,
  type ConnectorUpdate,
  type OauthCallbackQuery,
} from './connectors.contract.ts';
import * as repo from './connectors.repo.ts';
import { matchAll, type Targets } from './matching.ts';
import { openSecrets, sealSecrets } from './secrets.ts';
import { hookRecords } from './hooks.ts';
import { authorizeUrl, exchangeCode, type AmocrmSettings } from './sources/amocrm.ts';
import { SourceError } from './sources/source.ts';
import { applyRecords, refreshCatalog, runSync, systemActor, targetsOf, type SyncDeps } from './sync.ts';

/** A business connects a handful of systems; more is almost always a mistake. */
export const MAX_CONNECTORS = 10;
/** A run older than this is taken to have died with its process; a new "sync now" may start. */
const RUN_STALE_MS = 10 * 60_000;

const EMPTY_CATALOG = { branches: [], staff: [], services: [] };

function view(c: repo.ConnectorRow, targets: Targets, baseUrl: string) {
  const secretNames = SECRET_SETTINGS[c.kind];
  const stored = openSecrets(c.sealedSecrets);
  return toDto({
    id: c.id,
    kind: c.kind,
    name: c.name,
    settings: c.settings,
    secretsSet: Object.fromEntries(secretNames.map((n) => [n, !!stored[n]])),
    mapping: c.mapping,
    matches: matchAll(c.catalog, c.mapping, targets),
    hookUrl: c.kind === 'csv_url' ? null : `${baseUrl}/api/v1/connector-hooks/${c.hookToken}`,
    authorizeUrl:
      c.kind === 'amocrm' && !stored.longLivedToken ? authorizeUrl(c.settings as AmocrmSettings, c.hookToken) : null,
    active: c.active,
    status: c.status,
    lastError: c.lastError,
    failures: c.failures,
    lastSyncAt: c.lastSyncAt,
    nextSyncAt: c.nextSyncAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  });
}

/** Settings split into what is stored in clear and the tokens that are sealed. */
function split(kind: repo.ConnectorRow['kind'], settings: Record<string, unknown>) {
  const secretNames = SECRET_SETTINGS[kind];
  const plain: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const [k, v] of Object.entries(settings)) {
    if (secretNames.includes(k)) secrets[k] = String(v);
    else plain[k] = v;
  }
  return { plain, secrets };
}

const TOKENS = ['accessToken', 'refreshToken', 'expiresAt'];

/**
 * amoCRM's OAuth: a pasted authorization code is exchanged for tokens now (it lasts 20 minutes and
 * works once), so a bad one is a 400 and nothing is stored; the code itself is not kept. Without a
 * new code, the tokens already held stay.
 */
async function withTokens(
  kind: repo.ConnectorRow['kind'],
  plain: Record<string, unknown>,
  secrets: Record<string, string>,
  stored: Record<string, string>,
): Promise<Record<string, string>> {
  if (kind !== 'amocrm') return secrets;
  const { authCode, ...rest } = secrets;
  const kept = Object.fromEntries(Object.entries(stored).filter(([k]) => TOKENS.includes(k)));
  if (rest.longLivedToken) return rest;
  // Without a code the owner grants access later through `authorizeUrl`.
  if (!authCode) return { ...rest, ...kept };
  try {
    return { ...rest, ...(await exchangeCode(plain as AmocrmSettings, rest.clientSecret ?? '', authCode)) };
  } catch (e) {
    if (e instanceof SourceError) throw invalid('Invalid connector settings', { 'settings.authCode': e.message });
    throw e;
  }
}

async function load(db: Db, actor: Actor, id: string) {
  const c = await repo.get(db, actor.orgId, id);
  if (!c) throw notFound('Connector');
  return c;
}

export async function list(db: Db, actor: Actor, q: ConnectorListQuery, baseUrl: string) {
  const page = toPage(await repo.list(db, actor.orgId, q), q.limit, (r) => r.id);
  const targets = await targetsOf(db, actor);
  return { items: page.items.map((c) => view(c, targets, baseUrl)), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string, baseUrl: string) {
  return view(await load(db, actor, id), await targetsOf(db, actor), baseUrl);
}

export async function create(db: Db, actor: Actor, input: ConnectorCreate, baseUrl: string) {
  if ((await repo.countFor(db, actor.orgId)) >= MAX_CONNECTORS)
    throw conflict(`An organisation can have at most ${MAX_CONNECTORS} connectors`);
  const { plain, secrets } = split(input.kind, input.settings);
  const row = await repo.insert(db, {
    orgId: actor.orgId,
    kind: input.kind,
    name: input.name,
    settings: plain,
    sealedSecrets: sealSecrets(await withTokens(input.kind, plain, secrets, {})),
    mapping: input.mapping ?? { locations: {}, staff: {}, touchpoints: {} },
    catalog: EMPTY_CATALOG,
    cursor: {},
    hookToken: randomBytes(24).toString('base64url'),
  });
  return { row: view(await refreshCatalog(db, row), await targetsOf(db, actor), baseUrl), created: true };
}

/** Field errors under `settings.`, as for a create. */
function settingsProblem(issues: { path: PropertyKey[]; message: string }[]) {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[['settings', ...i.path.map(String)].join('.')] ??= i.message;
  return invalid('Invalid connector settings', fields);
}

export async function update(db: Db, actor: Actor, id: string, input: ConnectorUpdate, baseUrl: string) {
  const c = await load(db, actor, id);
  const values: Parameters<typeof repo.update>[3] = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.mapping !== undefined) values.mapping = input.mapping;
  if (input.active !== undefined) values.active = input.active;
  if (input.settings !== undefined) {
    // A secret left out (or empty) keeps its stored value: the owner never sees it to send it back.
    const stored = openSecrets(c.sealedSecrets);
    const given = Object.fromEntries(Object.entries(input.settings).filter(([, v]) => v !== '' && v !== null));
    const parsed = SETTINGS[c.kind].safeParse({ ...c.settings, ...stored, ...given });
    if (!parsed.success) throw settingsProblem(parsed.error.issues);
    const { plain, secrets } = split(c.kind, parsed.data);
    values.settings = plain;
    values.sealedSecrets = sealSecrets(await withTokens(c.kind, plain, secrets, stored));
    // New settings deserve a prompt try, and a failing source a fresh start.
    values.nextSyncAt = new Date();
    values.failures = 0;
  }
  const row = await repo.update(db, actor.orgId, id, values);
  if (!row) throw notFound('Connector');
  return view(input.settings ? await refreshCatalog(db, row) : row, await targetsOf(db, actor), baseUrl);
}

export async function remove(db: Db, actor: Actor, id: string) {
  if (!(await repo.remove(db, actor.orgId, id))) throw notFound('Connector');
}

/** "Sync now": runs at once and answers the run, unless one is already going. */
export async function syncNow(db: Db, actor: Actor, id: string, deps: SyncDeps = {}) {
  const c = await load(db, actor, id);
  if (await repo.running(db, actor.orgId, id, RUN_STALE_MS)) throw conflict('A sync of this connector is running');
  return toDto(await runSync(db, c, 'manual', deps));
}

export async function runs(db: Db, actor: Actor, id: string, q: ConnectorListQuery) {
  await load(db, actor, id);
  const page = toPage(await repo.runs(db, actor.orgId, id, q), q.limit, (r) => r.id);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

/**
 * A source's own webhook (YCLIENTS record, Bitrix24 deal event, amoCRM lead webhook): the token in
 * the URL names the connector; its records go the same way as pulled ones, so a repeat is skipped
 * as unchanged. Answers false when the token or the body is not one we take. A source that fails
 * while the deal is read again is logged as a failed run; the next scheduled sync catches up.
 */
export async function receiveHook(db: Db, token: string, body: unknown): Promise<boolean> {
  const c = await repo.byHookToken(db, token);
  if (!c || !c.active) return false;
  let runId: string | null = null;
  try {
    const records = await hookRecords(db, c, body);
    if (!records) return false;
    runId = (await repo.startRun(db, c, 'webhook')).id;
    const counts = await applyRecords(db, c, records, await targetsOf(db, systemActor(c.orgId)));
    await repo.finishRun(db, c.orgId, runId, { status: 'ok', error: null, ...counts });
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    runId ??= (await repo.startRun(db, c, 'webhook')).id;
    const none = { fetched: 0, created: 0, updated: 0, removed: 0, skipped: 0, skips: [] };
    await repo.finishRun(db, c.orgId, runId, { status: 'failed', error: e.message, ...none });
  }
  await repo.pruneRuns(db, c.orgId, c.id);
  return true;
}

/**
 * amoCRM's redirect after the owner granted access on its consent page: `state` is the
 * connector's hook token (only its owner's dashboard shows it), `code` is exchanged for tokens.
 * Whatever happens, the owner lands back on the connectors page, which shows the outcome.
 */
export async function oauthCallback(db: Db, q: OauthCallbackQuery): Promise<boolean> {
  const c = await repo.byHookToken(db, q.state);
  if (!c || c.kind !== 'amocrm') return false;
  const settings = c.settings as AmocrmSettings;
  const host = new URL(settings.baseUrl).hostname;
  const stored = openSecrets(c.sealedSecrets);
  let problem: string | null = null;
  if (!q.code) problem = `amoCRM did not grant access${q.error ? ` (${q.error})` : ''}`;
  else if (q.referer && q.referer !== host && !isIP(host))
    problem = `amoCRM answered for ${q.referer}, but this connector is for ${host}`;
  else
    try {
      const tokens = await exchangeCode(settings, stored.clientSecret ?? '', q.code);
      const row = await repo.update(db, c.orgId, c.id, {
        sealedSecrets: sealSecrets({ ...stored, ...tokens }),
        status: 'new',
        failures: 0,
        lastError: null,
        nextSyncAt: new Date(),
      });
      if (row) await refreshCatalog(db, row);
      return true;
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      problem = e.message;
    }
  await repo.update(db, c.orgId, c.id, { status: 'failing', lastError: problem });
  return true;
}
