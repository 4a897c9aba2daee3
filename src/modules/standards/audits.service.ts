import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { assertLocationAllowed } from '../../platform/auth/policy.ts';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { state } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { maskNames } from './mask-names.ts';
import * as repo from './audits.repo.ts';
import { openCriticalCases, type CaseDeps } from './critical-cases.ts';
import type { AnswerBody, AuditCreate, AuditListQuery } from './standards.contract.ts';
import { lockedUntil, normaliseShopper } from './lockout.ts';
import { failed, points, scoreAudit, type Answer } from './scoring.ts';
import { assertRefs, type StandardsDeps } from './standards.service.ts';
import * as standardsRepo from './standards.repo.ts';

const NONE = '00000000-0000-0000-0000-000000000000';

export function scopeOf(actor: Actor): repo.AuditScope {
  if (actor.role === 'staff') return { staffId: actor.staffId ?? NONE };
  const locs = locationScope(actor);
  return locs === null ? { all: true } : { locationIds: locs };
}

function visible(actor: Actor, a: repo.AuditRow): boolean {
  const scope = scopeOf(actor);
  if ('all' in scope) return true;
  if ('locationIds' in scope) return scope.locationIds.includes(a.locationId);
  return a.staffId === scope.staffId || a.createdById === scope.staffId;
}

function present({ orgId: _o, updatedAt: _u, createdById: _c, ...a }: repo.AuditRow, answers?: repo.AnswerRow[]) {
  return {
    ...toDto(a),
    ...(answers
      ? {
          answers: answers.map((x) => ({
            itemId: x.itemId,
            result: x.result,
            value: x.value,
            failed: x.failed,
            comment: x.comment,
            answeredAt: x.answeredAt.toISOString(),
          })),
        }
      : {}),
  };
}

export async function load(db: Db, actor: Actor, id: string) {
  const a = await repo.get(db, actor.orgId, id);
  if (!a || !visible(actor, a)) throw notFound('Audit');
  return a;
}

export async function list(db: Db, actor: Actor, q: AuditListQuery) {
  const page = toPage(await repo.list(db, actor.orgId, scopeOf(actor), q), q.limit, (r) => r.id);
  return { items: page.items.map((a) => present(a)), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const a = await load(db, actor, id);
  const photos = await repo.photosOf(db, actor.orgId, id);
  let answers = await repo.answersOf(db, actor.orgId, id);
  // A shopper may name whoever served them: the result shows them by position or role instead.
  if (a.kind === 'mystery') {
    const people = await repo.people(db, actor.orgId);
    answers = answers.map((x) => (x.comment ? { ...x, comment: maskNames(x.comment, people) } : x));
  }
  return {
    ...present(a, answers),
    photos: photos.map(({ auditId: _a, ...p }) => toDto(p)),
  };
}

/** Mystery visits: not before staff were told (a published notice), and not the same shopper twice within N days. */
export const LOCKOUT_DAYS = 90;

export async function create(deps: StandardsDeps, actor: Actor, input: AuditCreate, baseUrl: string) {
  const { db } = deps;
  await assertRefs(db, actor.orgId, [
    ['checklistId', 'checklists', input.checklistId],
    ['locationId', 'locations', input.locationId],
    ['touchpointId', 'touchpoints', input.touchpointId],
    ['staffId', 'staff', input.staffId],
  ]);
  if (actor.role === 'staff') {
    if (input.kind !== 'self') throw forbidden('Staff run self-checks only');
    if (input.staffId && input.staffId !== actor.staffId) throw forbidden('A self-check is of yourself');
    assertLocationAllowed(actor, input.locationId, actor.locationIds);
  } else assertLocationAllowed(actor, input.locationId, locationScope(actor));
  const staffId = actor.role === 'staff' ? actor.staffId : (input.staffId ?? null);
  const base = {
    orgId: actor.orgId,
    checklistId: input.checklistId,
    locationId: input.locationId,
    touchpointId: input.touchpointId ?? null,
    // Mystery results stay out of individual staff records.
    staffId: input.kind === 'mystery' ? null : staffId,
    shift: input.shift ?? null,
    createdById: actor.staffId,
    kind: input.kind,
    dueAt: input.dueAt ? new Date(input.dueAt) : null,
  };
  if (input.kind !== 'mystery' || !input.shopper) return { row: present(await repo.insert(db, base)), created: true };

  const shopper = input.shopper;
  const notice = await standardsRepo.latestNotice(db, actor.orgId);
  if (!notice)
    throw conflict('Publish a staff notice about mystery visits before the first one', {
      kind: 'Publish a staff notice first (POST /api/v1/staff-notices)',
    });
  const ref = normaliseShopper(shopper.ref);
  const from = new Date(shopper.validFrom);
  const until = lockedUntil(
    await repo.shopperVisits(db, actor.orgId, ref, input.locationId),
    ref,
    input.locationId,
    from,
    LOCKOUT_DAYS,
  );
  if (until)
    throw conflict('This shopper visited this location too recently', {
      'shopper.ref': `The same shopper may visit this location again from ${until.toISOString().slice(0, 10)}`,
    });
  const token = newToken('m_');
  const row = await inTransaction(deps.pool, async ({ db: tx }) => {
    const a = await repo.insert(tx, base);
    await repo.insertVisit(tx, {
      orgId: actor.orgId,
      auditId: a.id,
      tokenHash: sha256(token),
      shopperRef: ref,
      scenario: shopper.scenario ?? null,
      validFrom: from,
      validTo: new Date(shopper.validTo),
      noticeVersion: notice.version,
    });
    return a;
  });
  return { row: { ...present(row), shopperUrl: `${baseUrl}/m/${token}` }, created: true };
}

/** Validates one answer against its item's kind, as field errors. */
function toAnswer(kind: 'pass_fail' | 'scale', naAllowed: boolean, body: AnswerBody): Answer {
  if (body.result === 'na' && !naAllowed)
    throw invalid('This item always applies', { result: 'Not applicable is not an answer for this item' });
  if (kind === 'scale') {
    if (body.result === 'na') return { result: 'na' };
    if (body.value === undefined)
      throw invalid('A scale item takes a value', { value: 'Give a value from 1 to 5, or result na' });
    return { value: body.value };
  }
  if (!body.result) throw invalid('A pass/fail item takes a result', { result: 'Use pass, fail or na' });
  if (body.value !== undefined)
    throw invalid('A pass/fail item has no value', { value: 'Leave it out for a pass/fail item' });
  return { result: body.result };
}

/** Keeps one answer as given; saving the same answer again changes nothing. Used by the API and the shopper page. */
export async function saveAnswer(db: Db, audit: repo.AuditRow, itemId: string, body: AnswerBody) {
  if (audit.status === 'submitted') throw conflict('This audit is submitted; its answers are final');
  const items = await repo.itemsFor(db, audit.orgId, audit.checklistId);
  const item = items.find((i) => i.id === itemId && !i.archived);
  if (!item || (audit.itemIds && !audit.itemIds.includes(itemId))) throw notFound('Checklist item of this audit');
  const answer = toAnswer(item.kind, item.naAllowed, body);
  const row = await repo.upsertAnswer(db, {
    orgId: audit.orgId,
    auditId: audit.id,
    itemId,
    result: 'result' in answer ? answer.result : null,
    value: 'value' in answer ? answer.value : null,
    points: points(item.kind, answer),
    weight: item.weight,
    failed: failed(item.kind, answer),
    standardVersion: item.standardVersion,
    comment: body.comment ?? null,
    answeredAt: new Date(),
  });
  if (audit.status === 'scheduled') await repo.update(db, audit.orgId, audit.id, { status: 'open' });
  return {
    itemId: row.itemId,
    result: row.result,
    value: row.value,
    failed: row.failed,
    comment: row.comment,
    answeredAt: row.answeredAt.toISOString(),
  };
}

export async function putAnswer(db: Db, actor: Actor, id: string, itemId: string, body: AnswerBody) {
  const audit = await load(db, actor, id);
  if (audit.kind === 'mystery' && actor.role === 'staff') throw forbidden();
  return saveAnswer(db, audit, itemId, body);
}

declare module '../../platform/events.ts' {
  interface Facts {
    /** An audit was submitted (again, on a repeat) in `db`'s transaction; its failed items start the lesson loop. */
    'audit.submitted': { db: Db; audit: repo.AuditRow; failedItemIds: string[] };
  }
  interface FactAnswers {
    /** How many new lesson assignments the subscriber made. */
    'audit.submitted': number;
  }
}

export type SubmitDeps = StandardsDeps & CaseDeps;

/**
 * Scores the audit and starts the loop, in one transaction under the audit's row lock: a repeated
 * submit answers the stored result and assigns nothing new, and opens no second case.
 */
export async function submitAudit(deps: SubmitDeps, orgId: string, id: string, canSee: (a: repo.AuditRow) => boolean) {
  return inTransaction(deps.pool, async (tx) => {
    const { db } = tx;
    const audit = await repo.get(db, orgId, id, true);
    if (!audit || !canSee(audit)) throw notFound('Audit');
    const items = (await repo.itemsFor(db, orgId, audit.checklistId)).filter((i) =>
      audit.itemIds ? audit.itemIds.includes(i.id) : !i.archived,
    );
    const answers = await repo.answersOf(db, orgId, id);
    const given = new Map<string, Answer>(
      answers.map((a) => [a.itemId, a.value !== null ? { value: a.value } : { result: a.result ?? 'na' }]),
    );
    const checklist = await standardsRepo.getChecklist(db, orgId, audit.checklistId);
    const result = scoreAudit(
      items.map((i) => ({ id: i.id, kind: i.kind, weight: i.weight, critical: i.critical })),
      given,
      checklist?.passMark,
    );
    if (audit.status !== 'submitted') {
      if (result.unanswered.length)
        throw invalid(
          'Answer every item (not applicable is an answer) before submitting',
          Object.fromEntries(result.unanswered.map((i) => [`answers.${i}`, 'Not answered'])),
        );
      await repo.update(db, orgId, id, {
        status: 'submitted',
        score: result.score,
        passed: result.passed,
        criticalFailed: result.criticalFailed,
        failedItemIds: result.failedItemIds,
        submittedAt: new Date(),
      });
    }
    const stored = audit.status === 'submitted' ? audit : null;
    const failedItemIds = stored ? stored.failedItemIds : result.failedItemIds;
    // On a repeat this adds nothing (the unique index), so submitting again is always safe.
    const assigned = await state('audit.submitted', { db, audit: { ...audit }, failedItemIds });
    const assignmentsCreated = assigned.reduce((n, a) => n + a, 0);
    const criticalFailedItems = items.filter((i) => i.critical && failedItemIds.includes(i.id));
    const casesOpened = await openCriticalCases(tx, deps, audit, checklist?.name ?? '', criticalFailedItems);
    return {
      score: stored ? stored.score : result.score,
      passed: stored ? !!stored.passed : result.passed,
      criticalFailed: stored ? !!stored.criticalFailed : result.criticalFailed,
      failedItemIds,
      assignmentsCreated,
      casesOpened,
    };
  });
}

export async function submit(deps: SubmitDeps, actor: Actor, id: string) {
  return submitAudit(
    deps,
    actor.orgId,
    id,
    (a) => visible(actor, a) && !(a.kind === 'mystery' && actor.role === 'staff'),
  );
}
