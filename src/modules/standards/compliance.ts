import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { constraintsFor, figuresOf, analyticsRepo as analytics } from '../analytics/index.ts';
import { orgTimeZone } from '../orgs/index.ts';
import { scopeOf } from './audits.service.ts';
import type { ComplianceQuery } from './standards.contract.ts';
import { scoresByShift } from './shift-scores.ts';

type Cell = { key: string; n: number; items: number; earned: number | null; possible: number | null; failed: number };

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Compliance = Σ(weight × points) / Σ(weight) over the answered, applicable items of submitted
 * audits, counted straight from the answers; beside it the same period's NPS and CSAT of the
 * touchpoint (or location) from the analytics rollups. Mystery audits count here: they are the
 * figures' most honest source, and carry no staff member.
 */
export async function compliance(db: Db, actor: Actor, q: ComplianceQuery) {
  const tz = await orgTimeZone(db, actor.orgId);
  const scope = scopeOf(actor);
  const where: SQL[] = [sql`a.org_id = ${actor.orgId}`, sql`a.status = 'submitted'`];
  if (q.from) where.push(sql`(a.submitted_at at time zone ${tz})::date >= ${q.from}::date`);
  if (q.to) where.push(sql`(a.submitted_at at time zone ${tz})::date < ${q.to}::date`);
  if (q.locationId) where.push(sql`a.location_id = ${q.locationId}`);
  if (q.shift) where.push(sql`a.shift = ${q.shift}`);
  if (q.staffRole || q.position)
    where.push(sql`exists (select 1 from staff s where s.org_id = a.org_id and s.id = a.staff_id
      ${q.staffRole ? sql`and s.role = ${q.staffRole}` : sql``} ${q.position ? sql`and lower(s.position) = lower(${q.position})` : sql``})`);
  if (q.touchpointId) where.push(sql`coalesce(a.touchpoint_id, c.touchpoint_id) = ${q.touchpointId}`);
  if ('locationIds' in scope)
    where.push(scope.locationIds.length ? sql`a.location_id = any(${uuidArray(scope.locationIds)})` : sql`false`);
  if ('staffId' in scope) where.push(sql`(a.staff_id = ${scope.staffId} or a.created_by_id = ${scope.staffId})`);
  const key = {
    location: sql`a.location_id`,
    touchpoint: sql`coalesce(a.touchpoint_id, c.touchpoint_id)`,
    standard: sql`i.standard_id`,
    shift: sql`a.shift::text`,
    // Over time: the organisation's weeks (from Monday) or months, as the customer scores count them.
    week: sql`to_char(date_trunc('week', a.submitted_at at time zone ${tz})::date, 'YYYY-MM-DD')`,
    month: sql`to_char(date_trunc('month', a.submitted_at at time zone ${tz})::date, 'YYYY-MM-DD')`,
  }[q.by];
  const overTime = q.by === 'week' || q.by === 'month';
  const cond = sql.join(where, sql` and `);
  const { rows } = await db.execute<Cell>(sql`
    select ${key}::text as key, count(distinct a.id)::int as n,
           count(*) filter (where x.points is not null)::int as items,
           sum(x.weight * x.points) as earned, sum(x.weight) filter (where x.points is not null) as possible,
           count(*) filter (where x.failed)::int as failed
      from audit_answers x
      join audits a on a.org_id = x.org_id and a.id = x.audit_id
      join checklists c on c.org_id = a.org_id and c.id = a.checklist_id
      join checklist_items i on i.org_id = x.org_id and i.id = x.item_id
     where ${cond} and ${key} is not null
     group by 1 order by 1`);

  const { rows: fix } = await db.execute<{ days: number | null; rechecked: number; refailed: number }>(sql`
    select (select avg(extract(epoch from (a.submitted_at - o.submitted_at)) / 86400)
              from audits a join audits o on o.org_id = a.org_id and o.id = a.reaudit_of
              join checklists c on c.org_id = a.org_id and c.id = a.checklist_id
             where ${cond} and a.passed) as days,
           count(*) filter (where x.points is not null)::int as rechecked,
           count(*) filter (where x.failed)::int as refailed
      from audit_answers x
      join audits a on a.org_id = x.org_id and a.id = x.audit_id
      join checklists c on c.org_id = a.org_id and c.id = a.checklist_id
     where ${cond} and a.reaudit_of is not null`);

  // Customer scores of the same period, by the touchpoint (or the location, or the week) the compliance is for.
  const scoreDim = q.by === 'location' ? 'location' : 'touchpoint';
  const filters = { from: q.from, to: q.to, locationId: q.locationId, touchpointId: q.touchpointId, k: 2 };
  const byShift = q.by === 'shift' ? await scoresByShift(db, actor.orgId, tz, scope, q) : null;
  const scores = byShift
    ? { rows: [] }
    : await analytics.counts(
        db,
        actor.orgId,
        constraintsFor(actor, filters),
        { from: q.from ?? null, to: q.to ?? null },
        q.by === 'week' || q.by === 'month' ? { kind: 'period', interval: q.by } : { kind: 'dim', dim: scoreDim },
      );
  const byKey = new Map(scores.rows.map((r) => [r.group, figuresOf(r, 2)]));
  const standardTouchpoint = new Map<string, string | null>();
  const labels = new Map<string, string>();
  if (q.by === 'standard' && rows.length) {
    const { rows: st } = await db.execute<{
      id: string;
      title: Record<string, string>;
      touchpointId: string | null;
    }>(sql`
      select id::text, title, touchpoint_id::text as "touchpointId" from standards
       where org_id = ${actor.orgId} and id = any(${uuidArray(rows.map((r) => r.key))})`);
    for (const s of st) {
      standardTouchpoint.set(s.id, s.touchpointId);
      labels.set(s.id, s.title.en ?? Object.values(s.title)[0] ?? '');
    }
  } else if (!overTime && !byShift)
    for (const [k, v] of await analytics.labels(
      db,
      actor.orgId,
      q.by as 'location' | 'touchpoint',
      rows.map((r) => r.key),
    ))
      labels.set(k, v);

  const round1 = (v: number) => Math.round(v * 10) / 10;
  const f = fix[0];
  return {
    by: q.by,
    items: rows.map((r) => {
      const scoreKey = q.by === 'standard' ? standardTouchpoint.get(r.key) : r.key;
      const s = byShift ? byShift.get(r.key) : scoreKey ? byKey.get(scoreKey) : undefined;
      return {
        key: r.key,
        label: labels.get(r.key) ?? null,
        compliance: r.possible ? round1((Number(r.earned) / Number(r.possible)) * 100) : null,
        n: r.n,
        items: r.items,
        failed: r.failed,
        nps: s?.nps.value ?? null,
        npsN: s?.nps.n ?? 0,
        csat: s?.csat.value ?? null,
        csatN: s?.csat.n ?? 0,
      };
    }),
    daysToFix: f?.days === null || f?.days === undefined ? null : round1(Number(f.days)),
    refailRate: f && f.rechecked ? round1((f.refailed / f.rechecked) * 100) : null,
  };
}
