import type pg from 'pg';
import { newId } from '../../platform/db/ids.ts';

/**
 * "Who recommended you?" answers that give a name (not a customer's code) wait as pending credits,
 * one per referred customer. Not when a code or link already credits the customer: those beat a
 * survey answer, so resolving the name could change nothing.
 */
export async function collectNameCredits(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ org_id: string; customer_id: string; name: string; submitted_at: Date }>(
    `select distinct on (p.org_id, p.customer_id) p.org_id, p.customer_id, p.submitted_at,
            trim(substr(p.answers ->> (q ->> 'id'), 10)) as name
       from responses p
       join surveys s on s.org_id = p.org_id and s.id = p.survey_id
       cross join lateral jsonb_array_elements(s.questions) q
      where q ->> 'type' = 'referral_source' and p.customer_id is not null and p.status = 'complete'
        and p.submitted_at > now() - interval '60 days'
        and p.answers ->> (q ->> 'id') like 'referral:%'
        and trim(substr(p.answers ->> (q ->> 'id'), 10)) <> ''
        and not exists (select 1 from referral_codes rc where rc.org_id = p.org_id
                          and rc.code = upper(regexp_replace(substr(p.answers ->> (q ->> 'id'), 10), '[\\s-]', '', 'g')))
        and not exists (select 1 from referral_name_credits n where n.org_id = p.org_id and n.referred_id = p.customer_id)
        and not exists (select 1 from referral_claims c where c.org_id = p.org_id and c.referred_id = p.customer_id
                          and c.method in ('code', 'link'))
      order by p.org_id, p.customer_id, p.submitted_at desc
      limit 500`,
  );
  if (!rows.length) return 0;
  const created = await pool.query(
    `insert into referral_name_credits (id, org_id, referred_id, name, answered_at)
     select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])
     on conflict do nothing`,
    [
      rows.map(() => newId()),
      rows.map((r) => r.org_id),
      rows.map((r) => r.customer_id),
      rows.map((r) => r.name.slice(0, 200)),
      rows.map((r) => r.submitted_at),
    ],
  );
  return created.rowCount ?? 0;
}
