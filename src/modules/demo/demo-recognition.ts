import type pg from 'pg';
import { newId } from '../../platform/db/ids.ts';
import { drainRecognition } from '../recognition/index.ts';

const DAY = 86_400_000;

/**
 * Recognition tiers and a gesture catalogue, then the real engine owes what the visits call for;
 * fifth-visit gestures of the past months get a delivery history (mostly delivered at that visit,
 * some skipped, some expired: the figures' control group), so the figures have something to show.
 */
export async function writeDemoRecognition(
  pool: pg.Pool,
  orgId: string,
  input: { ownerId: string; now?: Date },
): Promise<{ tiers: number; gestures: number; tasks: number }> {
  const now = input.now ?? new Date();
  const tiers = [
    { id: newId(), name: 'Friend', rank: 1, match: 'any', criteria: { minVisits: 6 } },
    { id: newId(), name: 'Regular', rank: 2, match: 'all', criteria: { minVisits: 10, minTenureDays: 180 } },
    { id: newId(), name: 'Family', rank: 3, match: 'all', criteria: {}, manualOnly: true },
  ];
  for (const t of tiers)
    await pool.query(
      `insert into tiers (id, org_id, name, rank, match, criteria, manual_only, perks) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        t.id,
        orgId,
        t.name,
        t.rank,
        t.match,
        JSON.stringify(t.criteria),
        t.manualOnly ?? false,
        `${t.name}: greeted by name`,
      ],
    );
  const created = new Date(now.getTime() - 200 * DAY);
  const fifth = newId();
  const gestures: [string, string, string, string, number | null, string | null, number][] = [
    [fifth, 'A coffee on the house at the fifth visit', 'surprise', 'nth_visit', 5, null, 3],
    [newId(), 'Birthday card signed by the team', 'personal_touch', 'birthday', null, null, 2],
    [newId(), "Owner's welcome call to a new Regular", 'recognition', 'tier_entry', null, tiers[1]!.id, 0],
    [newId(), "Owner's call after a resolved complaint", 'personal_touch', 'recovery_resolved', null, null, 0],
    [newId(), 'A year with us: a small gift', 'surprise', 'first_visit_anniversary', null, null, 8],
  ];
  for (const [id, name, kind, trigger, visit, tierId, cost] of gestures)
    await pool.query(
      `insert into gestures (id, org_id, name, kind, trigger, trigger_visit, trigger_tier_id, cost_estimate, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [id, orgId, name, kind, trigger, visit, tierId, cost, created],
    );
  // History: each customer's fifth visit of the past months, its gesture closed as a staff member would have.
  const { rows: visits } = await pool.query<{ customer_id: string; id: string }>(
    `select customer_id, id from (
       select customer_id, id, occurred_at, row_number() over (partition by customer_id order by occurred_at, id) as n
       from interactions where org_id = $1 and customer_id is not null) v
     where n = 5 and occurred_at between $2::timestamptz - interval '180 days' and $2::timestamptz - interval '31 days'`,
    [orgId, now],
  );
  await pool.query(
    `insert into gesture_tasks (id, org_id, gesture_id, customer_id, occasion, location_id, staff_id, role, trigger_interaction_id,
                                status, due_at, delivered_at, delivered_by, interaction_id, skip_reason, closed_at, created_at, updated_at)
     select u.task_id, $1, $2, i.customer_id, 'visit:5', i.location_id, null, 'staff', i.id,
            case when dice < 7 then 'delivered' when dice < 8 then 'skipped' else 'expired' end,
            i.occurred_at + interval '30 days',
            case when dice < 7 then i.occurred_at + interval '10 minutes' end,
            case when dice < 7 then coalesce(i.staff_id, $3) end,
            case when dice < 7 then i.id end,
            case when dice = 7 then 'The customer was in a hurry' end,
            case when dice < 7 then i.occurred_at + interval '10 minutes' when dice = 7 then i.occurred_at + interval '1 hour'
                 else i.occurred_at + interval '30 days' end,
            i.occurred_at, i.occurred_at
     from unnest($4::uuid[], $5::uuid[]) as u(task_id, interaction_id)
     join interactions i on i.org_id = $1 and i.id = u.interaction_id,
     lateral (select abs(hashtext(i.customer_id::text)) % 10 as dice) d
     on conflict do nothing`,
    [orgId, fifth, input.ownerId, visits.map(() => newId()), visits.map((v) => v.id)],
  );
  await pool.query('insert into tier_recalcs (org_id, requested_at) values ($1, $2) on conflict do nothing', [
    orgId,
    now,
  ]);
  // The owner's greeting rides along with the card; the demo sends nothing to its invented customers.
  await pool.query(`update gestures set notice = $3 where org_id = $1 and name = $2`, [
    orgId,
    'Birthday card signed by the team',
    JSON.stringify(BIRTHDAY_NOTICE),
  ]);
  await drainRecognition(pool, now);
  await pool.query(
    `update gesture_tasks set notice_state = 'not_sent', notice_error = 'Demo data: no message is sent'
     where org_id = $1 and notice_state = 'due'`,
    [orgId],
  );
  const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from gesture_tasks where org_id = $1', [
    orgId,
  ]);
  return { tiers: tiers.length, gestures: gestures.length, tasks: rows[0]!.n };
}

const BIRTHDAY_NOTICE = {
  en: 'Happy birthday, {firstName}! Everyone at {business} wishes you a wonderful year.',
  ru: 'С днём рождения, {firstName}! Вся команда {business} желает вам чудесного года.',
  bg: 'Честит рожден ден, {firstName}! Целият екип на {business} ви пожелава прекрасна година.',
};
