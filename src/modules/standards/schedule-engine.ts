import type pg from 'pg';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/db/ids.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { localDate, zonedToInstant } from '../../shared/time-zone.ts';
import { currentPeriod, parseRule } from './recurrence.ts';

type ScheduleRow = {
  id: string;
  org_id: string;
  checklist_id: string;
  location_id: string;
  touchpoint_id: string | null;
  kind: 'self' | 'manager' | 'external';
  rrule: string;
  starts_on: string;
  assignee_id: string | null;
  assignee_role: 'manager' | 'staff' | null;
  time_zone: string;
};

/** A period with no next occurrence (the schedule's last) gives its audit this long. */
const LAST_PERIOD_DAYS = 7;

const midnight = (day: string, timeZone: string) => {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return zonedToInstant({ year, month, day: d, hour: 0, minute: 0 }, timeZone);
};

/** Who gets an audit this period: one per staff member for a staff self-check, else one. */
async function assignees(
  client: pg.PoolClient,
  s: ScheduleRow,
): Promise<{ staffId: string | null; by: string | null }[]> {
  if (s.assignee_id) return [{ staffId: s.kind === 'self' ? s.assignee_id : null, by: s.assignee_id }];
  if (s.assignee_role === 'staff' && s.kind === 'self') {
    const { rows } = await client.query<{ id: string }>(
      `select id from staff where org_id = $1 and active and role = 'staff' and $2::uuid = any(location_ids) order by id`,
      [s.org_id, s.location_id],
    );
    return rows.map((r) => ({ staffId: r.id, by: r.id }));
  }
  // A manager walk-through (or external audit) for the location: its managers see it there.
  return [{ staffId: null, by: null }];
}

/**
 * Makes the audits of every schedule whose current period (on the organisation's calendar) has none
 * yet. The (schedule, occurrence) claim and the audits commit together and the schedules are taken
 * FOR UPDATE SKIP LOCKED, so each period gets its audits exactly once across restarts and
 * processes. A period missed while the server was off is not made up later: only the current one
 * is due. Returns how many audits were made.
 */
export async function createDueAudits(pool: pg.Pool, now = new Date()): Promise<number> {
  return inTransaction(pool, async ({ client }) => {
    const { rows } = await client.query<ScheduleRow>(
      `select s.id, s.org_id, s.checklist_id, s.location_id, s.touchpoint_id, s.kind, s.rrule,
              to_char(s.starts_on, 'YYYY-MM-DD') as starts_on, s.assignee_id, s.assignee_role, o.time_zone
         from audit_schedules s join orgs o on o.id = s.org_id
         join checklists c on c.org_id = s.org_id and c.id = s.checklist_id and c.active
        where s.active and s.kind <> 'mystery'
        for update of s skip locked`,
    );
    let made = 0;
    for (const s of rows) {
      const rule = parseRule(s.rrule);
      if (typeof rule === 'string') continue;
      const period = currentPeriod(rule, s.starts_on, localDate(now, s.time_zone));
      if (!period) continue;
      const people = await assignees(client, s);
      const claim = await client.query(
        `insert into audit_schedule_runs (org_id, schedule_id, occurs_on, audits) values ($1, $2, $3, $4)
         on conflict do nothing`,
        [s.org_id, s.id, period.on, people.length],
      );
      if (!claim.rowCount) continue;
      const due = period.next
        ? midnight(period.next, s.time_zone)
        : new Date(midnight(period.on, s.time_zone).getTime() + LAST_PERIOD_DAYS * 86_400_000);
      for (const p of people) {
        await client.query(
          `insert into audits (id, org_id, checklist_id, location_id, touchpoint_id, staff_id, created_by_id, kind, status, due_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, 'scheduled', $9)`,
          [newId(), s.org_id, s.checklist_id, s.location_id, s.touchpoint_id, p.staffId, p.by, s.kind, due],
        );
      }
      made += people.length;
    }
    return made;
  });
}

export const startAuditSchedules = (pool: pg.Pool, opts: { onError?: (e: unknown) => void } = {}): Sweeper =>
  startSweeper(async () => void (await createDueAudits(pool)), { intervalMs: 60_000, ...opts });
