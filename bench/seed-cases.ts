import type pg from 'pg';

/**
 * Service-recovery cases for the analytics bench, as the default rule ("NPS 0–6 or CSAT 1–2") would
 * open them: for `share` of all responses (the seed's scores are detractor-heavy, so the rule's
 * matches are sampled; 20% is a business with NPS around +30 whose every detractor gets a case).
 * Cases older than two weeks are mostly closed; times to first action and to resolution are drawn
 * from skewed distributions (median about 3 h and 1 day), half the resolved ones have a follow-up answer.
 *
 * The cases are numbered here, not by the `cases_number` row trigger: in one statement that trigger bumps the
 * same counter row once per case, and each bump walks the row's chain of versions made earlier in the
 * transaction, so 2M cases would take hours (40,000 took 20 s). The trigger is off inside this transaction only.
 */
export async function seedCases(client: pg.PoolClient, orgId: string, share = 0.2): Promise<number> {
  const { rows } = await client.query<{ matching: number; total: number }>(
    `select count(*) filter (where nps <= 6 or csat <= 2)::int as matching, count(*)::int as total from responses where org_id = $1`,
    [orgId],
  );
  const sample = Math.min(1, (share * rows[0]!.total) / Math.max(1, rows[0]!.matching));
  const uuid = (await client.query(`select exists (select 1 from pg_proc where proname = 'uuidv7') as v7`)).rows[0].v7
    ? 'uuidv7()'
    : 'gen_random_uuid()';
  await client.query('begin');
  try {
    await client.query('alter table cases disable trigger cases_number');
    const inserted = await client.query(
      `with owners as (select l.location_id, array_agg(s.id order by s.id) as ids from staff s cross join unnest(s.location_ids) as l(location_id) where s.org_id = $1 group by 1),
          causes as (select array_agg(id order by position) as ids from root_causes where org_id = $1),
          counter as (select coalesce((select last from case_counters where org_id = $1), 0) as last),
          picked as (
            select r.*, random() as u, random() as v, random() as w,
                   (r.submitted_at < now() - interval '14 days') as old
              from responses r where r.org_id = $1 and (r.nps <= 6 or r.csat <= 2) and random() < $2
          ),
          shaped as (
            select p.*,
                   case when p.old then (case when p.u < 0.85 then 'resolved' when p.u < 0.95 then 'closed_no_contact' when p.u < 0.98 then 'in_progress' else 'new' end)
                        else (case when p.u < 0.45 then 'resolved' when p.u < 0.55 then 'closed_no_contact' when p.u < 0.75 then 'in_progress' when p.u < 0.85 then 'waiting' else 'new' end) end::case_status as case_status,
                   p.submitted_at + interval '1 minute' * (1 + 180 * -ln(greatest(p.v, 1e-9)) / 0.69) as first_action,
                   interval '1 hour' * (24 * -ln(greatest(p.w, 1e-9)) / 0.69) as to_resolve
              from picked p
          )
     insert into cases (id, org_id, number, title, source, status, response_id, customer_id, location_id, touchpoint_id, staff_id, owner_id, opened_at, due_at,
                        first_action_at, resolved_at, root_cause_id, follow_up_score, created_at, updated_at)
     select ${uuid}, s.org_id, (select last from counter) + row_number() over (order by s.submitted_at, s.id), 'Unhappy customer', 'rule', s.case_status, s.id, s.customer_id, s.location_id, s.touchpoint_id, s.staff_id,
            coalesce(s.staff_id, (select o.ids[1 + (abs(hashtext(s.id::text)) % cardinality(o.ids))] from owners o where o.location_id = s.location_id)),
            s.submitted_at, s.submitted_at + interval '1 day',
            case when s.case_status <> 'new' then least(s.first_action, now()) end,
            case when s.case_status in ('resolved', 'closed_no_contact') then least(s.first_action + s.to_resolve, now()) end,
            case when s.case_status = 'resolved' then (select c.ids[1 + (abs(hashtext(s.id::text || 'c')) % cardinality(c.ids))] from causes c) end,
            case when s.case_status = 'resolved' and s.w < 0.5 then least(10, greatest(0, round(5 + 5 * (s.u - 0.3) + (s.v - 0.5) * 6)))::smallint end,
            s.submitted_at, now()
       from shaped s`,
      [orgId, sample],
    );
    await client.query(
      `insert into case_counters (org_id, last) select $1, coalesce(max(number), 0) from cases where org_id = $1
       on conflict (org_id) do update set last = excluded.last`,
      [orgId],
    );
    await client.query('alter table cases enable trigger cases_number');
    await client.query('commit');
    return inserted.rowCount ?? 0;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
