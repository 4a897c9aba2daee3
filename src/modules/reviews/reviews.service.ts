import type pg from 'pg';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { assertLocationAllowed } from '../../platform/auth/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound, AppError } from '../../platform/errors.ts';
import { stableEventId, type Emit } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { orgsRepo } from '../orgs/index.ts';
import { analyze, orgTexts } from '../text/index.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import { envPolicy, literallyRefused } from '../../platform/http/outbound.ts';
import { listGoogleReviews, starsOf, updateGoogleReply, type GoogleConfig } from './google.ts';
import { nextGoogleRead } from './google-poll.ts';
import { MATCH_WINDOW_DAYS, suggestMatches } from './match-suggest.ts';
import { openRecoveryCases } from './recovery-engine.ts';
import { parseReviewCsv, type ReviewRow as CsvRow } from './review-csv.ts';
import type {
  ReviewListQuery,
  ReviewRequestListQuery,
  ReviewSettingsUpdate,
  ReviewSourceCreate,
  ReviewSourceUpdate,
} from './reviews.contract.ts';
import * as repo from './reviews.repo.ts';
import { REVIEW_PLATFORMS, type reviews } from './reviews.schema.ts';

export type ReviewDeps = { db: Db; pool: pg.Pool; emit?: Emit };

const sourceView = (s: repo.SourceRow) =>
  toDto({
    id: s.id,
    locationId: s.locationId,
    platform: s.platform,
    url: s.url,
    externalRef: s.externalRef,
    lastSyncAt: s.lastSyncAt,
    lastSyncError: s.lastSyncError,
    nextSyncAt: s.nextSyncAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  });

const reviewView = (r: repo.ReviewRow, url: string | null) =>
  toDto({
    id: r.id,
    sourceId: r.sourceId,
    locationId: r.locationId,
    platform: r.platform,
    externalId: r.externalId,
    rating: r.rating,
    text: r.text,
    author: r.author,
    reviewedAt: r.reviewedAt,
    sentiment: r.sentiment,
    emotion: r.emotion,
    topics: r.topics,
    replyText: r.replyText,
    repliedAt: r.repliedAt,
    draftText: r.draftText,
    draftAt: r.draftAt,
    draftBy: r.draftBy,
    customerId: r.customerId,
    interactionId: r.interactionId,
    matchedBy: r.matchedBy,
    caseId: r.caseId,
    url,
    createdAt: r.createdAt,
  });

async function assertLocation(db: Db, actor: Actor, locationId: string) {
  if (!(await repo.locationExists(db, actor.orgId, locationId)))
    throw invalid('Unknown location', { locationId: 'No such location' });
  assertLocationAllowed(actor, locationId, locationScope(actor));
}

async function loadSource(db: Db, actor: Actor, id: string) {
  const s = await repo.getSource(db, actor.orgId, id);
  const scope = locationScope(actor);
  if (!s || (scope && !scope.includes(s.locationId))) throw notFound('Review source');
  return s;
}

export async function listSources(db: Db, actor: Actor, q: { cursor?: string; limit: number; locationId?: string }) {
  const page = toPage(await repo.listSources(db, actor.orgId, locationScope(actor), q), q.limit, (r) => r.id);
  return { items: page.items.map(sourceView), nextCursor: page.nextCursor };
}
export const getSource = async (db: Db, actor: Actor, id: string) => sourceView(await loadSource(db, actor, id));

export async function createSource(db: Db, actor: Actor, input: ReviewSourceCreate) {
  await assertLocation(db, actor, input.locationId);
  return { row: sourceView(await repo.insertSource(db, { ...input, orgId: actor.orgId })), created: true };
}

export async function updateSource(db: Db, actor: Actor, id: string, input: ReviewSourceUpdate) {
  await loadSource(db, actor, id);
  if (input.locationId) await assertLocation(db, actor, input.locationId);
  return sourceView((await repo.updateSource(db, actor.orgId, id, input))!);
}

export async function removeSource(db: Db, actor: Actor, id: string) {
  await loadSource(db, actor, id);
  await repo.removeSource(db, actor.orgId, id);
}

export async function listRequests(db: Db, actor: Actor, q: ReviewRequestListQuery) {
  const page = toPage(await repo.listRequests(db, actor.orgId, locationScope(actor), q), q.limit, (r) => r.id);
  return { items: page.items.map((r) => toDto(r)), nextCursor: page.nextCursor };
}

export async function list(db: Db, actor: Actor, q: ReviewListQuery) {
  const rows = await repo.listReviews(db, actor.orgId, locationScope(actor), q);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.review.id })),
    q.limit,
    (r) => r.review.reviewedAt.toISOString(),
  );
  return { items: page.items.map((r) => reviewView(r.review, r.url)), nextCursor: page.nextCursor };
}

async function loadReview(db: Db, actor: Actor, id: string) {
  const row = await repo.getReview(db, actor.orgId, id);
  const scope = locationScope(actor);
  if (!row || (scope && (!row.review.locationId || !scope.includes(row.review.locationId)))) throw notFound('Review');
  return row;
}

type NewReview = typeof reviews.$inferInsert;

/**
 * Stores new reviews (an existing (platform, externalId) is left alone), labelled by the comment
 * analysis, announces `review.received` in the same transaction, then opens the recovery cases.
 */
export async function ingest(deps: ReviewDeps, orgId: string, values: NewReview[]) {
  const texts = (await orgTexts(deps.pool, [orgId])).get(orgId);
  const labelled = values.map((v) => {
    if (!v.text) return v;
    const a = analyze(v.text, { taxonomy: texts?.taxonomy, overrides: texts?.overrides });
    return { ...v, sentiment: a.sentiment, emotion: a.emotion, topics: a.topics };
  });
  const created = await inTransaction(deps.pool, async ({ db, enqueueOn }) => {
    const rows = await repo.insertReviews(db, labelled);
    for (const r of rows)
      await deps.emit?.(
        { orgId, type: 'review.received', id: stableEventId('review.received', r.id), payload: reviewView(r, null) },
        { db: enqueueOn },
      );
    return rows;
  });
  if (created.length) await openRecoveryCases(deps);
  return created;
}

export async function importCsv(deps: ReviewDeps, actor: Actor, csv: string) {
  const org = await orgsRepo.get(deps.db, actor.orgId);
  const { rows, errors } = await parseReviewCsv(csv, org!.timeZone);
  const locs = await repo.locationNames(deps.db, actor.orgId);
  const scope = locationScope(actor);
  const sources = await repo.listSources(deps.db, actor.orgId, null, { limit: 10_000 });
  const values: NewReview[] = [];
  const resolve = (r: CsvRow): string | null | undefined => {
    if (!r.location) return scope ? undefined : null;
    const v = r.location.trim().toLowerCase();
    const found = locs.filter((l) => l.id === v || l.name.trim().toLowerCase() === v);
    return found.length === 1 && (!scope || scope.includes(found[0]!.id)) ? found[0]!.id : undefined;
  };
  for (const r of rows) {
    const locationId = resolve(r);
    if (locationId === undefined) {
      errors.push({ line: r.line, fields: { location: 'No such location (give its exact name or id)' } });
      continue;
    }
    const source = sources.find((s) => s.locationId === locationId && s.platform === r.platform);
    values.push({
      orgId: actor.orgId,
      platform: r.platform,
      externalId: r.externalId,
      locationId,
      sourceId: source?.id ?? null,
      rating: r.rating,
      text: r.text,
      author: r.author,
      reviewedAt: r.reviewedAt,
    });
  }
  if (errors.length) {
    const fields: Record<string, string> = {};
    for (const e of errors.sort((a, b) => a.line - b.line).slice(0, 200))
      for (const [k, v] of Object.entries(e.fields)) fields[`line ${e.line}: ${k}`] = v;
    throw invalid(`${errors.length} row(s) cannot be imported; nothing was imported`, fields);
  }
  const created = await ingest(deps, actor.orgId, values);
  return { created: created.length, existing: values.length - created.length };
}

/** The Google connection; the token is stored sealed and opened only to make a call. */
async function googleConfig(deps: ReviewDeps, orgId: string): Promise<GoogleConfig | null> {
  const s = await repo.getSettings(deps.db, orgId);
  if (!s?.googleBaseUrl || !s.googleAccessToken) return null;
  let accessToken: string;
  try {
    accessToken = secretBox().open(s.googleAccessToken);
  } catch {
    throw new AppError('conflict', 'The saved Google token cannot be read (the server key changed): save it again');
  }
  return { baseUrl: s.googleBaseUrl, accessToken };
}

const noDraft = { draftText: null, draftBy: null, draftAt: null };

/**
 * Google: posted through the API. Other sites: logged, and the dashboard copies it and opens the review.
 * Every attempt goes into the reply log; a reply Google refuses is kept as the review's draft.
 */
export async function reply(deps: ReviewDeps, actor: Actor, id: string, text: string) {
  const row = await loadReview(deps.db, actor, id);
  const google = row.review.platform === 'google' && row.externalRef ? await googleConfig(deps, actor.orgId) : null;
  const entry = { orgId: actor.orgId, reviewId: id, text, authorId: actor.staffId };
  let response: string | null = null;
  if (google) {
    try {
      const answer = await updateGoogleReply(google, `${row.externalRef}/reviews/${row.review.externalId}`, text);
      response = `Google: reply saved${answer.updateTime ? ` at ${answer.updateTime}` : ''}`;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await inTransaction(deps.pool, async ({ db }) => {
        await repo.addReply(db, { ...entry, kind: 'failed', response: message.slice(0, 1000) });
        await repo.updateReview(db, actor.orgId, id, { draftText: text, draftBy: actor.staffId, draftAt: new Date() });
      });
      throw new AppError('conflict', `Google did not take the reply (kept as a draft): ${message}`);
    }
  }
  const updated = await inTransaction(deps.pool, async ({ db }) => {
    await repo.addReply(db, { ...entry, kind: google ? 'posted' : 'copied', response });
    return repo.updateReview(db, actor.orgId, id, { replyText: text, repliedAt: new Date(), ...noDraft });
  });
  return reviewView(updated!, row.url);
}

/** Saves (or replaces) the review's draft reply; each save is in the reply log. */
export async function saveDraft(deps: ReviewDeps, actor: Actor, id: string, text: string) {
  const row = await loadReview(deps.db, actor, id);
  const updated = await inTransaction(deps.pool, async ({ db }) => {
    await repo.addReply(db, { orgId: actor.orgId, reviewId: id, text, authorId: actor.staffId, kind: 'draft' });
    return repo.updateReview(db, actor.orgId, id, { draftText: text, draftBy: actor.staffId, draftAt: new Date() });
  });
  return reviewView(updated!, row.url);
}

export async function discardDraft(db: Db, actor: Actor, id: string) {
  const row = await loadReview(db, actor, id);
  return reviewView((await repo.updateReview(db, actor.orgId, id, noDraft))!, row.url);
}

export async function replyLog(db: Db, actor: Actor, id: string) {
  await loadReview(db, actor, id);
  return { items: (await repo.listReplies(db, actor.orgId, id)).map((r) => toDto(r)) };
}

/** The customers who likely wrote the review: visits to its location in the days before it, names alike. */
export async function suggestions(db: Db, actor: Actor, id: string) {
  const { review: r } = await loadReview(db, actor, id);
  const DAY = 24 * 3600_000;
  const visits = await repo.visitsAround(
    db,
    actor.orgId,
    r.locationId,
    new Date(r.reviewedAt.getTime() - MATCH_WINDOW_DAYS * DAY),
    new Date(r.reviewedAt.getTime() + DAY),
  );
  return { items: suggestMatches(r, visits).map((s) => toDto(s)) };
}

/** A person confirms (or clears) who wrote the review; the interaction must be that customer's. */
export async function match(
  db: Db,
  actor: Actor,
  id: string,
  input: { customerId?: string | null; interactionId?: string | null },
) {
  const row = await loadReview(db, actor, id);
  let customerId = input.customerId === undefined ? row.review.customerId : input.customerId;
  if (customerId && !(await repo.customerExists(db, actor.orgId, customerId)))
    throw invalid('Unknown customer', { customerId: 'No such customer' });
  if (input.interactionId) {
    const i = await repo.interactionCustomer(db, actor.orgId, input.interactionId);
    if (!i) throw invalid('Unknown interaction', { interactionId: 'No such interaction' });
    if (customerId && i.customerId !== customerId)
      throw invalid('The interaction is not this customer’s', { interactionId: 'Belongs to another customer' });
    customerId ??= i.customerId;
  }
  const updated = await repo.updateReview(db, actor.orgId, id, {
    customerId: customerId ?? null,
    interactionId: input.interactionId === undefined ? row.review.interactionId : input.interactionId,
    matchedBy: actor.staffId,
  });
  return reviewView(updated!, row.url);
}

const settingsView = (s: repo.SettingsRow | undefined) => ({
  requestsEnabled: s?.requestsEnabled ?? false,
  delayHours: s?.delayHours ?? 2,
  requestTemplates: s?.requestTemplates ?? {},
  replyTemplates: s?.replyTemplates ?? [],
  recoveryDueHours: s?.recoveryDueHours ?? 48,
  googleBaseUrl: s?.googleBaseUrl ?? null,
  googleConnected: !!(s?.googleBaseUrl && s.googleAccessToken),
});
export const getSettings = async (db: Db, actor: Actor) => settingsView(await repo.getSettings(db, actor.orgId));
/** A literal internal address is refused when saved; a name is checked at every call, after resolving. */
export async function updateSettings(db: Db, actor: Actor, input: ReviewSettingsUpdate) {
  if (input.googleBaseUrl && literallyRefused(input.googleBaseUrl, envPolicy()))
    throw invalid('The Google base URL must be a public internet address', {
      googleBaseUrl: 'Loopback, private, link-local and similar addresses are refused',
    });
  const { googleAccessToken, ...rest } = input;
  return settingsView(
    await repo.upsertSettings(db, actor.orgId, {
      ...rest,
      ...(googleAccessToken === undefined
        ? {}
        : { googleAccessToken: googleAccessToken === null ? null : secretBox().seal(googleAccessToken) }),
    }),
  );
}

export async function setInsider(db: Db, actor: Actor, customerId: string, insider: boolean) {
  if (!(await repo.customerExists(db, actor.orgId, customerId))) throw notFound('Customer');
  await repo.setInsider(db, actor.orgId, customerId, insider);
  return { customerId, insider };
}

/**
 * Reads a Google source's reviews into the inbox (new ones only; replies written on Google come with
 * them) and records the outcome on the source: the time of the last good read, or the failure and
 * when to try again (`nextSyncAt` from the polling rules).
 */
export async function readGoogleSource(deps: ReviewDeps, source: repo.SourceRow, cfg: GoogleConfig, now = new Date()) {
  let found;
  try {
    found = await listGoogleReviews(cfg, source.externalRef!);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const failures = source.syncFailures + 1;
    await repo.updateSource(deps.db, source.orgId, source.id, {
      lastSyncError: message.slice(0, 500),
      syncFailures: failures,
      nextSyncAt: nextGoogleRead(now, failures),
    });
    throw new AppError('conflict', `Google did not answer: ${message}`);
  }
  const created = await ingest(
    deps,
    source.orgId,
    found.map((g) => ({
      orgId: source.orgId,
      platform: 'google' as const,
      externalId: g.reviewId,
      sourceId: source.id,
      locationId: source.locationId,
      rating: starsOf(g),
      text: g.comment ?? null,
      author: g.reviewer?.displayName ?? null,
      reviewedAt: new Date(g.createTime),
      replyText: g.reviewReply?.comment ?? null,
      repliedAt: g.reviewReply ? new Date(g.reviewReply.updateTime) : null,
    })),
  );
  await repo.updateSource(deps.db, source.orgId, source.id, {
    lastSyncAt: now,
    lastSyncError: null,
    syncFailures: 0,
    nextSyncAt: nextGoogleRead(now, 0),
  });
  return { created: created.length, existing: found.length - created.length };
}

/** "Read reviews now" on one source. */
export async function syncGoogle(deps: ReviewDeps, actor: Actor, sourceId: string) {
  const source = await loadSource(deps.db, actor, sourceId);
  const cfg = await googleConfig(deps, actor.orgId);
  if (source.platform !== 'google' || !source.externalRef || !cfg)
    throw invalid('This source cannot be read from Google', {
      sourceId: 'Needs a Google source with its location name and a connected Business Profile',
    });
  return readGoogleSource(deps, source, cfg);
}

/**
 * One polling pass: every connected Google source whose next read is due, taken with a short lease
 * (so two servers never read the same one at once), read and its outcome recorded.
 */
export async function pollGoogle(deps: ReviewDeps, now = new Date(), limit = 20): Promise<number> {
  const due = await repo.leaseDueGoogleSources(deps.db, now, limit);
  for (const source of due) {
    // One organisation's broken connection never stops the others' reads.
    await googleConfig(deps, source.orgId)
      .then((cfg) => (cfg ? readGoogleSource(deps, source, cfg, now) : undefined))
      .catch(() => undefined);
  }
  return due.length;
}

/** A location's review sites, in a fixed order, for the survey thank-you page (the same for every respondent). */
export async function reviewLinks(db: Db, orgId: string, locationId: string) {
  const rows = await repo.listSources(db, orgId, null, { limit: 20, locationId });
  return rows
    .slice(0, 20)
    .map((s) => ({ platform: s.platform, url: s.url }))
    .sort((a, b) => REVIEW_PLATFORMS.indexOf(a.platform) - REVIEW_PLATFORMS.indexOf(b.platform));
}

/** `/rv/{token}`: the request's link. Records the click and sends the customer to the review site. */
export async function followRequestLink(db: Db, tokenHash: string): Promise<string | null> {
  const row = await repo.requestByTokenHash(db, tokenHash);
  if (!row?.url) return null;
  await repo.markClicked(db, row.request.orgId, row.request.id, new Date());
  return row.url;
}

export const reviewsWithTextByCustomer = (db: Db, orgId: string) => repo.reviewsWithTextByCustomer(db, orgId);
