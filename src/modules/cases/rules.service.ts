import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { existingReferences } from '../interactions/index.ts';
import type { CaseRuleCreate, CaseRulePatch } from './cases.contract.ts';
import { caseRules, rootCauses } from './cases.schema.ts';

async function checkRefs(db: Db, actor: Actor, input: CaseRulePatch) {
  const staffIds =
    input.assignment?.strategy === 'fixed'
      ? [input.assignment.staffId]
      : input.assignment?.strategy === 'round_robin'
        ? input.assignment.team
        : [];
  const refs = await existingReferences(db, actor.orgId, {
    customers: [],
    touchpoints: input.conditions?.touchpointIds ?? [],
    locations: input.conditions?.locationIds ?? [],
    staff: staffIds,
  });
  const fields: Record<string, string> = {};
  if ((input.conditions?.touchpointIds ?? []).some((id) => !refs.touchpoints.has(id)))
    fields['conditions.touchpointIds'] = 'Not touchpoints of this organisation';
  if ((input.conditions?.locationIds ?? []).some((id) => !refs.locations.has(id)))
    fields['conditions.locationIds'] = 'Not locations of this organisation';
  if (staffIds.some((id) => !refs.staff.has(id))) fields.assignment = 'Not staff members of this organisation';
  if (Object.keys(fields).length) throw invalid('The rule is invalid', fields);
}

const present = ({ orgId: _o, roundRobinCursor: _r, ...rule }: typeof caseRules.$inferSelect) => toDto(rule);

export async function listRules(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(caseRules)
    .where(eq(caseRules.orgId, actor.orgId))
    .orderBy(asc(caseRules.position), asc(caseRules.id));
  return { items: rows.map(present) };
}

export async function createRule(db: Db, actor: Actor, input: CaseRuleCreate) {
  await checkRefs(db, actor, input);
  const [row] = await db
    .insert(caseRules)
    .values({ ...input, orgId: actor.orgId })
    .returning();
  return present(row!);
}

export async function updateRule(db: Db, actor: Actor, id: string, input: CaseRulePatch) {
  await checkRefs(db, actor, input);
  const [row] = await db
    .update(caseRules)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(caseRules.orgId, actor.orgId), eq(caseRules.id, id)))
    .returning();
  if (!row) throw notFound('Rule');
  return present(row);
}

export async function deleteRule(db: Db, actor: Actor, id: string) {
  const rows = await db
    .delete(caseRules)
    .where(and(eq(caseRules.orgId, actor.orgId), eq(caseRules.id, id)))
    .returning({ id: caseRules.id });
  if (!rows.length) throw notFound('Rule');
}

export async function listRootCauses(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(rootCauses)
    .where(eq(rootCauses.orgId, actor.orgId))
    .orderBy(asc(rootCauses.position), asc(rootCauses.id));
  return { items: rows.map(({ orgId: _o, ...r }) => r) };
}

export async function createRootCause(
  db: Db,
  actor: Actor,
  input: typeof rootCauses.$inferInsert extends infer _ ? Omit<typeof rootCauses.$inferInsert, 'orgId' | 'id'> : never,
) {
  const [row] = await db
    .insert(rootCauses)
    .values({ ...input, orgId: actor.orgId })
    .returning();
  const { orgId: _o, ...r } = row!;
  return r;
}

export async function updateRootCause(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<Omit<typeof rootCauses.$inferInsert, 'orgId' | 'id'>>,
) {
  const [row] = await db
    .update(rootCauses)
    .set(input)
    .where(and(eq(rootCauses.orgId, actor.orgId), eq(rootCauses.id, id)))
    .returning();
  if (!row) throw notFound('Root cause');
  const { orgId: _o, ...r } = row;
  return r;
}
