import type pg from 'pg';
import { newId } from '../../platform/db/ids.ts';

type Q = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** Records where a new public response came from; marks it and its neighbours once `min` came from there within the window. */
export async function record(
  q: Q,
  r: { orgId: string; surveyId: string; responseId: string; source: string; windowMinutes: number; min: number },
): Promise<boolean> {
  await q.query(
    `insert into response_sources (org_id, response_id, survey_id, source) values ($1, $2, $3, $4) on conflict do nothing`,
    [r.orgId, r.responseId, r.surveyId, r.source],
  );
  // A second statement, so it sees the row just added.
  const { rows } = await q.query<{ marked: number }>(
    `with recent as (
       select response_id from response_sources
        where org_id = $1 and survey_id = $2 and source = $3 and created_at > now() - make_interval(mins => $4)
     ), marked as (
       update response_sources s set suspected = true
        where s.org_id = $1 and s.response_id in (select response_id from recent) and not s.suspected
          and (select count(*) from recent) >= $5
       returning 1
     )
     select count(*)::int as marked from marked`,
    [r.orgId, r.surveyId, r.source, r.windowMinutes, r.min],
  );
  return (rows[0]?.marked ?? 0) > 0;
}

export async function summary(q: Q, orgId: string) {
  const { rows } = await q.query<{ survey_id: string; responses: number; open_cases: number }>(
    `select s.survey_id, count(*)::int as responses,
            count(c.id) filter (where c.status in ('new', 'in_progress', 'waiting'))::int as open_cases
       from response_sources s left join cases c on c.org_id = s.org_id and c.response_id = s.response_id
      where s.org_id = $1 and s.suspected group by s.survey_id order by s.survey_id`,
    [orgId],
  );
  return rows;
}

/** Closes the open cases of suspected responses (with a history line), then deletes the responses. */
export async function exclude(client: pg.PoolClient, orgId: string, surveyId: string | null, actorId: string | null) {
  const filter = `s.org_id = $1 and s.suspected and ($2::uuid is null or s.survey_id = $2)`;
  const closed = await client.query<{ id: string; from: string }>(
    `with closing as (
       select c.id, c.status from cases c join response_sources s on s.org_id = c.org_id and s.response_id = c.response_id
        where ${filter} and c.status in ('new', 'in_progress', 'waiting') for update of c
     )
     update cases c set status = 'closed_no_contact', resolved_at = now(), updated_at = now(),
            resolution = coalesce(c.resolution, 'Excluded as a suspected flood')
       from closing where c.org_id = $1 and c.id = closing.id returning c.id, closing.status as from`,
    [orgId, surveyId],
  );
  for (const c of closed.rows)
    await client.query(
      `insert into case_events (id, org_id, case_id, type, actor_id, data) values ($1, $2, $3, 'status', $4, $5)`,
      [newId(), orgId, c.id, actorId, { from: c.from, to: 'closed_no_contact', reason: 'flood' }],
    );
  const deleted = await client.query(
    `delete from responses r using response_sources s where r.org_id = $1 and r.id = s.response_id and ${filter}`,
    [orgId, surveyId],
  );
  return { responses: deleted.rowCount ?? 0, casesClosed: closed.rowCount ?? 0 };
}
