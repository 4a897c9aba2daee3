import type { Actor } from '../../platform/auth/actor.ts';
import { locationScope } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/policy.ts';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { nps } from '../../shared/metrics.ts';
import { qrSvg } from '../channels/index.ts';
import { label, orgText } from '../text/index.ts';
import { outcomeFigures, perTenStaff, topIrritants } from './insight-figures.ts';
import { notifyCustomers } from './customer-board.service.ts';
import * as boardRepo from './customer-board.repo.ts';
import { linkMail, outcomeMail } from './insight-emails.ts';
import {
  isClosed,
  mergedVoters,
  needsOutcome,
  shownLocation,
  suggestDuplicates,
  transitionProblem,
  type Status,
} from './insight-rules.ts';
import type { Insight, InsightCreate, InsightListQuery, InsightPatch } from './insights.contract.ts';
import * as repo from './insights.repo.ts';
import type { InsightDeps } from './deps.ts';

export type { InsightDeps };

const EVIDENCE_DAYS = 90;
const DAY = 86_400_000;

export function view(r: repo.InsightRow): Insight {
  return {
    id: r.id,
    audience: r.audience,
    kind: r.kind,
    title: r.title,
    body: r.body,
    locationId: shownLocation(r, r.locationStaff),
    touchpointId: r.touchpointId,
    anonymous: r.anonymous,
    author: r.anonymous || !r.authorId ? null : { id: r.authorId, name: r.authorName ?? '' },
    onBehalfOfCustomerId: r.onBehalfOfCustomerId,
    status: r.status,
    outcome: r.outcome,
    outcomeAt: r.outcomeAt?.toISOString() ?? null,
    mergedIntoId: r.mergedIntoId,
    rootCauseId: r.rootCauseId,
    topics: r.topics,
    votes: r.votes,
    voted: r.voted,
    comments: r.comments,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function load(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, id, actor.staffId);
  if (!row) throw notFound('Insight');
  return row;
}

/** Managers decide on posts of their locations and on organisation-level ones. */
function assertManages(actor: Actor, row: repo.InsightRow) {
  assertCan(actor, 'insights:manage');
  const scope = locationScope(actor);
  const where = shownLocation(row, row.locationStaff);
  if (scope && where && !scope.includes(where)) throw forbidden('This location is outside the ones you cover');
}

export async function list(db: Db, actor: Actor, q: InsightListQuery & { authorKey?: string }) {
  const cursor = decodeCursor(q.cursor)?.id;
  const rows = await repo.list(db, actor.orgId, actor.staffId, { ...q, cursor });
  const page = toPage(rows, q.limit, (r) => r.id);
  return { items: page.items.map(view), nextCursor: page.nextCursor };
}

async function topicsOf(deps: InsightDeps, orgId: string, text: string): Promise<string[]> {
  return (await label(await orgText(deps.pool, orgId), text)).topics;
}

export async function get(deps: InsightDeps, actor: Actor, id: string) {
  const row = await load(deps.db, actor, id);
  const where = shownLocation(row, row.locationStaff);
  const since = new Date(Date.now() - EVIDENCE_DAYS * DAY);
  const [commentList, customerComments, cases, candidates] = await Promise.all([
    repo.comments(deps.db, actor.orgId, id),
    row.topics.length ? repo.customerEvidence(deps.db, actor.orgId, row.topics, where, since) : { count: 0, items: [] },
    row.rootCauseId ? repo.casesWithRootCause(deps.db, actor.orgId, row.rootCauseId, where) : [],
    isClosed(row.status) ? [] : repo.candidates(deps.db, actor.orgId),
  ]);
  const duplicates = suggestDuplicates(
    row,
    candidates.filter((c) => c.id !== id),
  ).map((c) => ({
    id: c.id,
    title: c.title,
    status: c.status,
  }));
  return { ...view(row), commentList, evidence: { customerComments, cases }, duplicates };
}

async function assertRefs(db: Db, orgId: string, input: Partial<InsightCreate>) {
  const fields: Record<string, string> = {};
  const checks = [
    ['locationId', 'locations'],
    ['touchpointId', 'touchpoints'],
    ['onBehalfOfCustomerId', 'customers'],
    ['rootCauseId', 'root_causes'],
  ] as const;
  for (const [field, table] of checks) {
    const id = input[field];
    if (id && !(await repo.exists(db, table, orgId, id))) fields[field] = 'Not found in this organisation';
  }
  if (Object.keys(fields).length) throw invalid('Some references are not valid', fields);
}

export async function create(deps: InsightDeps, actor: Actor, input: InsightCreate, from?: { authorKey: string }) {
  assertCan(actor, 'insights:write');
  await assertRefs(deps.db, actor.orgId, input);
  const topics = await topicsOf(deps, actor.orgId, `${input.title}. ${input.body ?? ''}`);
  const [person] = actor.staffId ? await repo.people(deps.db, actor.orgId, [actor.staffId]) : [];
  const row = await repo.insert(deps.db, {
    orgId: actor.orgId,
    audience: input.audience,
    kind: input.kind,
    title: input.title,
    body: input.body ?? null,
    locationId: input.locationId ?? null,
    touchpointId: input.touchpointId ?? null,
    anonymous: input.anonymous,
    authorId: input.anonymous ? null : actor.staffId,
    authorKey: input.anonymous ? (from?.authorKey ?? null) : null,
    authorLanguage: input.anonymous ? (person?.language ?? null) : null,
    onBehalfOfCustomerId: input.onBehalfOfCustomerId ?? null,
    rootCauseId: input.rootCauseId ?? null,
    topics,
  });
  return { row: view((await repo.get(deps.db, actor.orgId, row.id, actor.staffId))!), created: true };
}

export async function suggest(
  deps: InsightDeps,
  actor: Actor,
  q: { title: string; locationId?: string; touchpointId?: string },
) {
  const topics = await topicsOf(deps, actor.orgId, q.title);
  const candidates = await repo.candidates(deps.db, actor.orgId);
  const draft = { title: q.title, topics, locationId: q.locationId ?? null, touchpointId: q.touchpointId ?? null };
  const items = suggestDuplicates(draft, candidates) as typeof candidates;
  return { topics, items: items.map((c) => ({ id: c.id, title: c.title, status: c.status, votes: c.votes })) };
}

export async function vote(db: Db, actor: Actor, id: string) {
  assertCan(actor, 'insights:write');
  if (!actor.staffId) throw invalid('A vote is one person’s: use a personal key or a session', { staffId: 'Missing' });
  const row = await load(db, actor, id);
  if (isClosed(row.status)) throw invalid('This insight is closed', { status: `It is ${row.status}` });
  await repo.vote(db, actor.orgId, id, actor.staffId);
  const after = (await repo.get(db, actor.orgId, id, actor.staffId))!;
  return { votes: after.votes, voted: after.voted };
}

export async function comment(db: Db, actor: Actor, id: string, body: string) {
  assertCan(actor, 'insights:write');
  await load(db, actor, id);
  const c = await repo.addComment(db, { orgId: actor.orgId, insightId: id, authorId: actor.staffId, body });
  return (await repo.comments(db, actor.orgId, id)).find((x) => x.id === c.id)!;
}

/** Status, outcome, merge. Done and declined tell the author and every voter, in the same transaction. */
export async function patch(deps: InsightDeps, actor: Actor, id: string, input: InsightPatch) {
  const row = await load(deps.db, actor, id);
  assertManages(actor, row);
  await assertRefs(deps.db, actor.orgId, { rootCauseId: input.rootCauseId, touchpointId: input.touchpointId });
  if (input.mergedInto) return merge(deps, actor, row, input.mergedInto);
  const to: Status = input.status ?? row.status;
  const problem = transitionProblem(row.status, to, input.outcome ?? row.outcome);
  if (problem) throw invalid('This change is not allowed', problem);
  const closing = to !== row.status && needsOutcome(to);
  await inTransaction(deps.pool, async (tx) => {
    await repo.update(tx.db, actor.orgId, id, {
      status: to,
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
      ...(closing ? { outcomeAt: new Date() } : {}),
      ...(input.rootCauseId !== undefined ? { rootCauseId: input.rootCauseId } : {}),
      ...(input.touchpointId !== undefined ? { touchpointId: input.touchpointId } : {}),
    });
    // Customers hear of every status change of an idea they posted or voted for; staff of the outcome.
    if (to !== row.status)
      await notifyCustomers(tx, deps.jobs, actor.orgId, {
        id,
        title: row.title,
        status: to,
        outcome: input.outcome ?? row.outcome,
      });
    if (!closing) return;
    const org = await repo.orgInfo(tx.db, actor.orgId);
    const ids = [...new Set([...(row.authorId ? [row.authorId] : []), ...(await repo.voters(tx.db, actor.orgId, id))])];
    const outcome = input.outcome ?? row.outcome ?? '';
    for (const p of await repo.people(tx.db, actor.orgId, ids))
      await deps.jobs.send(
        'mail.send',
        {
          ...outcomeMail(
            { email: p.email, name: p.name, language: p.language ?? org.default_language },
            { title: row.title, status: to, outcome },
            org.name,
          ),
          orgId: actor.orgId,
        },
        { db: tx.enqueueOn },
      );
  });
  return view((await repo.get(deps.db, actor.orgId, id, actor.staffId))!);
}

async function merge(deps: InsightDeps, actor: Actor, source: repo.InsightRow, targetId: string) {
  if (targetId === source.id) throw invalid('An insight cannot duplicate itself', { mergedInto: 'Pick another' });
  const target = await repo.get(deps.db, actor.orgId, targetId, actor.staffId);
  if (!target) throw invalid('Unknown insight', { mergedInto: 'Not found in this organisation' });
  if (isClosed(target.status)) throw invalid('Merge into an open insight', { mergedInto: `It is ${target.status}` });
  const problem = transitionProblem(source.status, 'duplicate', null, targetId);
  if (problem) throw invalid('This change is not allowed', problem);
  await inTransaction(deps.pool, async (tx) => {
    const [tv, sv] = await Promise.all([
      repo.voters(tx.db, actor.orgId, targetId),
      repo.voters(tx.db, actor.orgId, source.id),
    ]);
    const { added } = mergedVoters(
      { voters: tv, authorId: target.authorId },
      { voters: sv, authorId: source.authorId },
    );
    await repo.moveVotes(tx.db, actor.orgId, source.id, targetId, added);
    await boardRepo.moveVotes(tx.db, actor.orgId, source.id, targetId);
    await repo.update(tx.db, actor.orgId, source.id, { status: 'duplicate', mergedIntoId: targetId });
  });
  return view((await repo.get(deps.db, actor.orgId, source.id, actor.staffId))!);
}

/** A new personal form link for a staff member (the old one stops working), emailed to them, with its QR for the wall. */
export async function issueLink(deps: InsightDeps, actor: Actor, staffId: string, baseUrl: string) {
  assertCan(actor, 'insights:manage');
  const [person] = await repo.people(deps.db, actor.orgId, [staffId]);
  if (!person) throw invalid('Unknown staff member', { staffId: 'Not an active staff member of this organisation' });
  const token = newToken('i_');
  const org = await repo.orgInfo(deps.db, actor.orgId);
  const url = `${baseUrl}/i/${token}`;
  const link = await inTransaction(deps.pool, async (tx) => {
    const l = await repo.issueLink(tx.db, actor.orgId, staffId, sha256(token));
    await deps.jobs.send(
      'mail.send',
      {
        ...linkMail(
          { email: person.email, name: person.name, language: person.language ?? org.default_language },
          url,
          org.name,
        ),
        orgId: actor.orgId,
      },
      { db: tx.enqueueOn },
    );
    return l;
  });
  // The same QR as the survey posters, so the staff-room wall copy scans the same way.
  const qr = `data:image/svg+xml;base64,${Buffer.from(await qrSvg(url)).toString('base64')}`;
  return { staffId, url, qr, createdAt: link.createdAt.toISOString() };
}

export async function revokeLinks(db: Db, actor: Actor, staffId: string) {
  assertCan(actor, 'insights:manage');
  return { revoked: await repo.revokeLinks(db, actor.orgId, staffId) };
}

export async function figures(db: Db, actor: Actor, q: { from?: string; to?: string }) {
  const to = q.to ? new Date(`${q.to}T00:00:00Z`) : new Date();
  const from = q.from ? new Date(`${q.from}T00:00:00Z`) : new Date(to.getTime() - 365 * DAY);
  if (from >= to) throw invalid('The period is empty', { from: 'Must be before to' });
  const [posts, staff, locations, touchpoints, tpNps] = await Promise.all([
    repo.figureRows(db, actor.orgId, from, to),
    repo.staffCounts(db, actor.orgId),
    repo.names(db, actor.orgId, 'locations'),
    repo.names(db, actor.orgId, 'touchpoints'),
    repo.touchpointNps(db, actor.orgId, from, to),
  ]);
  const scope = locationScope(actor);
  const staffBy = new Map(
    [...locations.keys()].filter((l) => !scope || scope.includes(l)).map((l) => [l, staff.get(l) ?? 0]),
  );
  // An anonymous post counts at its location only where it would be shown there.
  const shown = posts.map((p) => ({
    ...p,
    locationId: shownLocation(p, p.locationId ? (staff.get(p.locationId) ?? 0) : 0),
  }));
  const mine = scope ? shown.filter((p) => p.locationId && scope.includes(p.locationId)) : shown;
  return {
    perLocation: perTenStaff(mine, staffBy).map((r) => ({ ...r, name: locations.get(r.locationId) ?? '' })),
    ...outcomeFigures(mine, new Date()),
    topIrritants: topIrritants(mine).map((r) => {
      const c = tpNps.get(r.touchpointId);
      return {
        ...r,
        name: touchpoints.get(r.touchpointId) ?? '',
        nps: c ? nps(c).value : null,
        npsN: c?.n ?? 0,
      };
    }),
  };
}
