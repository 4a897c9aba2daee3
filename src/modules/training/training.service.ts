import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { assertRefs, auditsRepo, type StandardsDeps, standardsRepo } from '../standards/index.ts';
import { scheduleReaudit } from './loop.ts';
import { gradeQuiz } from './quiz.ts';
import type {
  AssignmentCreate,
  AssignmentListQuery,
  LessonCreate,
  LessonUpdate,
  TrainingFiguresQuery,
} from './training.contract.ts';
import * as repo from './training.repo.ts';

const NONE = '00000000-0000-0000-0000-000000000000';

/** Staff take the quiz; the right answers are shown only to those who write lessons. */
function presentLesson(actor: Actor, { orgId: _o, ...l }: repo.LessonRow) {
  const quiz = actor.role === 'staff' ? l.quiz.map(({ correct: _c, ...q }) => q) : l.quiz;
  return { ...toDto(l), quiz };
}

export async function listLessons(db: Db, actor: Actor, q: Parameters<typeof repo.listLessons>[2]) {
  const page = toPage(await repo.listLessons(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: page.items.map((l) => presentLesson(actor, l)), nextCursor: page.nextCursor };
}

export async function getLesson(db: Db, actor: Actor, id: string) {
  const row = await repo.getLesson(db, actor.orgId, id);
  if (!row) throw notFound('Lesson');
  return presentLesson(actor, row);
}

export async function createLesson(db: Db, actor: Actor, input: LessonCreate) {
  await assertRefs(db, actor.orgId, [['standardId', 'standards', input.standardId]]);
  return presentLesson(actor, await repo.insertLesson(db, { ...input, orgId: actor.orgId }));
}

export async function updateLesson(db: Db, actor: Actor, id: string, input: LessonUpdate) {
  await getLesson(db, actor, id);
  await assertRefs(db, actor.orgId, [['standardId', 'standards', input.standardId]]);
  const row = await repo.updateLesson(db, actor.orgId, id, input);
  if (!row) throw notFound('Lesson');
  return presentLesson(actor, row);
}

function scopeOf(actor: Actor): repo.AssignmentScope {
  if (actor.role === 'staff') return { staffId: actor.staffId ?? NONE };
  const locs = locationScope(actor);
  return locs === null ? { all: true } : { locationIds: locs };
}

type AssignmentView = Awaited<ReturnType<typeof repo.listAssignments>>[number];

/**
 * A lesson a mystery visit assigned names nobody but to the person who takes it: others see the
 * position (or role), as the mystery result itself shows staff, since a location with one barista
 * would otherwise name the one the shopper met.
 */
function presentAssignment(r: AssignmentView, anonymous = false) {
  const { orgId: _o, updatedAt: _u, ...a } = r.assignment;
  const who = anonymous
    ? { staffId: null, staffName: r.staffPosition?.trim() || r.staffRole || null }
    : { staffId: a.staffId, staffName: r.staffName };
  return { ...toDto(a), lessonTitle: r.lessonTitle, maxAttempts: r.maxAttempts, ...who };
}

export async function listAssignments(db: Db, actor: Actor, q: AssignmentListQuery) {
  const rows = await repo.listAssignments(db, actor.orgId, scopeOf(actor), q);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.assignment.id })),
    q.limit,
    (r) => r.id,
  );
  const auditIds = [...new Set(page.items.flatMap((r) => (r.assignment.auditId ? [r.assignment.auditId] : [])))];
  const mystery = await auditsRepo.mysteryIds(db, actor.orgId, auditIds);
  const anonymous = (r: AssignmentView) =>
    !!r.assignment.auditId && mystery.has(r.assignment.auditId) && r.assignment.staffId !== actor.staffId;
  return { items: page.items.map((r) => presentAssignment(r, anonymous(r))), nextCursor: page.nextCursor };
}

/** Required training by hand (not from an audit): one assignment per staff member named. */
export async function assign(db: Db, actor: Actor, input: AssignmentCreate) {
  await assertRefs(db, actor.orgId, [['lessonId', 'lessons', input.lessonId]]);
  const found = await standardsRepo.existing(db, actor.orgId, 'staff', input.staffIds);
  const missing = input.staffIds.findIndex((id) => !found.has(id));
  if (missing >= 0) await assertRefs(db, actor.orgId, [[`staffIds.${missing}`, 'staff', input.staffIds[missing]]]);
  const scope = locationScope(actor);
  // A manager assigns only to people at the locations they cover.
  const rows = await repo.staffLocations(db, actor.orgId, input.staffIds);
  if (scope && rows.some((r) => !r.locationIds.some((l) => scope.includes(l))))
    throw forbidden('Some of these people work outside the locations you cover');
  const inserted = await repo.insertAssignments(
    db,
    rows.map((r) => ({
      orgId: actor.orgId,
      lessonId: input.lessonId,
      staffId: r.id,
      locationId: r.locationIds[0] ?? null,
      dueAt: new Date(input.dueAt),
    })),
  );
  const view = await repo.assignmentView(
    db,
    actor.orgId,
    inserted.map((r) => r.id),
  );
  return { items: view.map((r) => presentAssignment(r)), nextCursor: null };
}

/**
 * One quiz attempt by the assigned staff member. When it passes and was the last open assignment
 * of a failed audit, the re-audit of that audit's failed items is scheduled in the same transaction.
 */
export async function attempt(deps: StandardsDeps, actor: Actor, id: string, answers: Record<string, string[]>) {
  return inTransaction(deps.pool, async ({ db }) => {
    const peek = await repo.getAssignment(db, actor.orgId, id);
    if (!peek || (actor.role === 'staff' ? peek.staffId !== actor.staffId : !visibleTo(actor, peek)))
      throw notFound('Training assignment');
    if (actor.staffId !== peek.staffId) throw forbidden('Only the person assigned takes the quiz');
    if (peek.auditId) await repo.lockAudit(db, actor.orgId, peek.auditId);
    const a = (await repo.getAssignment(db, actor.orgId, id, true))!;
    const lesson = (await repo.getLesson(db, actor.orgId, a.lessonId))!;
    if (a.status === 'passed') throw conflict('This lesson is already passed');
    if (a.attempts >= lesson.maxAttempts)
      throw conflict('No attempts left; ask your manager to assign the lesson again');
    const graded = gradeQuiz(lesson.quiz, answers, lesson.passMark);
    const now = new Date();
    const attempts = a.attempts + 1;
    await repo.insertAttempt(db, {
      orgId: actor.orgId,
      assignmentId: id,
      answers,
      score: graded.score,
      passed: graded.passed,
    });
    await repo.updateAssignment(db, actor.orgId, id, {
      attempts,
      bestScore: Math.max(a.bestScore ?? 0, graded.score),
      status: graded.passed ? 'passed' : attempts >= lesson.maxAttempts ? 'failed' : 'assigned',
      passedAt: graded.passed ? now : null,
    });
    const reauditId = graded.passed && a.auditId ? await scheduleReaudit(db, actor.orgId, a.auditId, now) : null;
    return { ...graded, attemptsLeft: lesson.maxAttempts - attempts, reauditId };
  });
}

function visibleTo(actor: Actor, a: repo.AssignmentRow) {
  const scope = locationScope(actor);
  return scope === null || (a.locationId !== null && scope.includes(a.locationId));
}

/**
 * Assigned, completed, overdue and pass rate per person (or location): staff see their own row,
 * managers their locations'. Pass rate = passed ÷ (passed + out of attempts), null before any ends.
 */
export async function figures(db: Db, actor: Actor, q: TrainingFiguresQuery, now = new Date()) {
  const rows = await repo.figures(db, actor.orgId, scopeOf(actor), q.by, now);
  const names = await standardsRepo.names(
    db,
    actor.orgId,
    q.by === 'staff' ? 'staff' : 'locations',
    rows.map((r) => r.key),
  );
  return {
    by: q.by,
    items: rows.map((r) => ({
      key: r.key,
      label: names.get(r.key) ?? null,
      assigned: r.assigned,
      completed: r.completed,
      overdue: r.overdue,
      passRate: r.completed + r.failed ? Math.round((r.completed / (r.completed + r.failed)) * 1000) / 10 : null,
    })),
  };
}
