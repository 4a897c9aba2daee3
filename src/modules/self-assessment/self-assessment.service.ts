import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { type StandardsDeps, assertRefs } from '../standards/index.ts';
import { actionPlan, answerProblems, levels } from './levels.ts';
import { PLAN_TEMPLATES, DEFAULT_QUESTIONS } from './questions.ts';
import type {
  ActionItemListQuery,
  ActionItemUpdate,
  SelfAssessmentCreate,
  SelfAssessmentUpdate,
} from './self-assessment.contract.ts';
import * as repo from './self-assessment.repo.ts';

const presentItem = ({ orgId: _o, createdAt: _c, updatedAt: _u, ...i }: repo.ActionItemRow) => toDto(i);
const present = ({ orgId: _o, updatedAt: _u, createdById: _c, ...a }: repo.AssessmentRow) => toDto(a);

export async function list(db: Db, actor: Actor, q: { cursor?: string; limit: number }) {
  const page = toPage(await repo.list(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, id);
  if (!row) throw notFound('Self-assessment');
  return {
    ...present(row),
    evidence: await repo.evidence(db, actor.orgId),
    plan: (await repo.itemsOf(db, actor.orgId, id)).map(presentItem),
  };
}

function checkAnswers(questions: typeof DEFAULT_QUESTIONS, answers: Record<string, number>) {
  const problems = answerProblems(questions, answers);
  if (Object.keys(problems).length) throw invalid('Some answers are not valid', problems);
}

/** Completing computes the levels and writes the plan for the three weakest dimensions, owned by the owner. */
async function complete(db: Db, actor: Actor, row: repo.AssessmentRow, answers: Record<string, number>) {
  const computed = levels(row.questions, answers);
  const now = new Date();
  const updated = await repo.update(db, actor.orgId, row.id, {
    answers,
    levels: computed.dimensions,
    overall: computed.overall,
    completedAt: now,
  });
  await repo.insertItems(
    db,
    actionPlan(computed.dimensions, PLAN_TEMPLATES, now).map((p) => ({
      orgId: actor.orgId,
      assessmentId: row.id,
      dimension: p.dimension,
      title: p.title,
      ownerId: actor.staffId,
      dueAt: p.dueAt,
    })),
  );
  return updated;
}

export async function create(deps: StandardsDeps, actor: Actor, input: SelfAssessmentCreate) {
  checkAnswers(DEFAULT_QUESTIONS, input.answers);
  const id = await inTransaction(deps.pool, async ({ db }) => {
    const row = await repo.insert(db, {
      orgId: actor.orgId,
      questions: DEFAULT_QUESTIONS,
      answers: input.answers,
      createdById: actor.staffId,
    });
    if (input.complete) await complete(db, actor, row, input.answers);
    return row.id;
  });
  return { row: await get(deps.db, actor, id), created: true };
}

export async function update(deps: StandardsDeps, actor: Actor, id: string, input: SelfAssessmentUpdate) {
  await inTransaction(deps.pool, async ({ db }) => {
    const row = await repo.get(db, actor.orgId, id, true);
    if (!row) throw notFound('Self-assessment');
    if (row.completedAt) throw conflict('This self-assessment is complete; take a new one to see the trend');
    const answers = { ...row.answers, ...(input.answers ?? {}) };
    checkAnswers(row.questions, answers);
    if (input.complete) await complete(db, actor, row, answers);
    else await repo.update(db, actor.orgId, id, { answers });
  });
  return get(deps.db, actor, id);
}

export async function listItems(db: Db, actor: Actor, q: ActionItemListQuery) {
  const page = toPage(await repo.listItems(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: page.items.map(presentItem), nextCursor: page.nextCursor };
}

export async function getItem(db: Db, actor: Actor, id: string) {
  const row = await repo.getItem(db, actor.orgId, id);
  if (!row) throw notFound('Action item');
  return presentItem(row);
}

export async function updateItem(db: Db, actor: Actor, id: string, input: ActionItemUpdate) {
  await getItem(db, actor, id);
  await assertRefs(db, actor.orgId, [['ownerId', 'staff', input.ownerId]]);
  const row = await repo.updateItem(db, actor.orgId, id, {
    ...(input.status ? { status: input.status, doneAt: input.status === 'done' ? new Date() : null } : {}),
    ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
    ...(input.dueAt ? { dueAt: new Date(input.dueAt) } : {}),
  });
  return presentItem(row);
}
