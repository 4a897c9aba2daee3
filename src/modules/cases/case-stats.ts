import { sql } from 'drizzle-orm';
import type { Actor } from '../../server/platform/auth/actor.ts';
import type { Db } from '../../server/platform/db/database.ts';
import { scopeOf } from './cases.service.ts';

const NONE = '00000000-0000-0000-0000-000000000000';

/**
 * Service-recovery figures for a period (cases opened in [from, to)), overall and per location and
 * owner: open and overdue cases, time to first action and to resolution (medians, hours), SLA
 * compliance (closed before due / closed), recovery rate (closed with a follow-up answer that is
 * no longer a detractor / closed with a follow-up answer), and root causes by touchpoint kind.
 */
export async function caseStats(db: Db, actor: Actor, q: { from?: string; to?: string; locationId?: string }) {
  const scope = scopeOf(actor);
  const scopeSql =
    'all' in scope
      ? sql`true`
      : 'locationIds' in scope
        ? sql`(c.location_id = any(${`{${(scope.locationIds.length ? scope.locationIds : [NONE]).join(',')}}`}::uuid[]) or c.owner_id = ${scope.selfId ?? NONE})`
        : sql`(c.owner_id = ${scope.selfId} or c.staff_id = ${scope.selfId})`;
  const where = sql`c.org_id = ${actor.orgId} and ${scopeSql}
    and (${q.from ?? null}::timestamptz is null or c.opened_at >= ${q.from ?? null}::timestamptz)
    and (${q.to ?? null}::timestamptz is null or c.opened_at < ${q.to ?? null}::timestamptz)
    and (${q.locationId ?? null}::uuid is null or c.location_id = ${q.locationId ?? null}::uuid)`;
  const figures = sql`
    count(*)::int as opened,
    count(*) filter (where c.status in ('new','in_progress','waiting'))::int as open,
    count(*) filter (where c.status in ('new','in_progress','waiting') and c.due_at <= now())::int as overdue,
    count(*) filter (where c.status in ('resolved','closed_no_contact'))::int as closed,
    (percentile_cont(0.5) within group (order by extract(epoch from c.first_action_at - c.opened_at)) / 3600)::float as "medianHoursToFirstAction",
    (percentile_cont(0.5) within group (order by extract(epoch from c.resolved_at - c.opened_at)) / 3600)::float as "medianHoursToResolution",
    count(*) filter (where c.resolved_at is not null and c.resolved_at <= c.due_at)::int as "closedInTime",
    count(*) filter (where c.status = 'resolved' and c.follow_up_score is not null)::int as "withFollowUp",
    count(*) filter (where c.status = 'resolved' and c.follow_up_score >= 7)::int as recovered`;
  const shape = (r: Record<string, unknown>) => {
    const n = (k: string) => Number(r[k] ?? 0);
    return {
      opened: n('opened'),
      open: n('open'),
      overdue: n('overdue'),
      closed: n('closed'),
      medianHoursToFirstAction: r.medianHoursToFirstAction === null ? null : n('medianHoursToFirstAction'),
      medianHoursToResolution: r.medianHoursToResolution === null ? null : n('medianHoursToResolution'),
      slaCompliance: n('closed') ? n('closedInTime') / n('closed') : null,
      recoveryRate: n('withFollowUp') ? n('recovered') / n('withFollowUp') : null,
      followUps: n('withFollowUp'),
    };
  };
  const [total] = (await db.execute(sql`select ${figures} from cases c where ${where}`)).rows;
  const byLocation = (await db.execute(sql`select c.location_id as key, l.name as label, ${figures} from cases c left join locations l on l.id = c.location_id where ${where} group by 1, 2 order by 3 desc`)).rows;
  const byOwner = (await db.execute(sql`select c.owner_id as key, s.name as label, ${figures} from cases c left join staff s on s.id = c.owner_id where ${where} group by 1, 2 order by 3 desc`)).rows;
  const rootCauses = (
    await db.execute(
      sql`select rc.id as key, rc.name as name, rc.kind as kind, c.touchpoint_id as "touchpointId", t.name as "touchpointName", c.location_id as "locationId", count(*)::int as n
            from cases c join root_causes rc on rc.id = c.root_cause_id left join touchpoints t on t.id = c.touchpoint_id
           where ${where} group by 1, 2, 3, 4, 5, 6 order by n desc limit 200`,
    )
  ).rows;
  return {
    total: shape(total ?? {}),
    byLocation: byLocation.map((r) => ({ key: r.key as string | null, label: r.label as string | null, ...shape(r) })),
    byOwner: byOwner.map((r) => ({ key: r.key as string | null, label: r.label as string | null, ...shape(r) })),
    rootCauses,
  };
}
