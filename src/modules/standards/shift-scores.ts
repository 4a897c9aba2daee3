import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { bandSql, csat, nps } from '../../shared/metrics.ts';
import { countsForLoyalty } from '../surveys/index.ts';
import type { AuditScope } from './audits.repo.ts';

type Row = {
  shift: string;
  n: number;
  promoters: number;
  detractors: number;
  csatN: number;
  csatSum: number;
  csatTop: number;
};

/**
 * NPS and CSAT by the shift of the interaction each response is about, counted straight from the
 * responses (no rollup holds shifts), with the figures' own rules: follow-up answers left out, a
 * partial response counted once left alone for half an hour, days in the organisation's time zone.
 */
export async function scoresByShift(
  db: Db,
  orgId: string,
  tz: string,
  scope: AuditScope,
  q: { from?: string; to?: string; locationId?: string; touchpointId?: string },
) {
  const where: SQL[] = [
    sql`r.org_id = ${orgId}`,
    sql`i.shift is not null`,
    sql`(r.status = 'complete' or r.updated_at < now() - interval '30 minutes')`,
    sql.raw(countsForLoyalty('r.survey_id')),
  ];
  if (q.from) where.push(sql`(r.submitted_at at time zone ${tz})::date >= ${q.from}::date`);
  if (q.to) where.push(sql`(r.submitted_at at time zone ${tz})::date < ${q.to}::date`);
  if (q.locationId) where.push(sql`r.location_id = ${q.locationId}`);
  if (q.touchpointId) where.push(sql`r.touchpoint_id = ${q.touchpointId}`);
  if ('locationIds' in scope)
    where.push(
      scope.locationIds.length ? sql`r.location_id = any(${`{${scope.locationIds.join(',')}}`}::uuid[])` : sql`false`,
    );
  if ('staffId' in scope) where.push(sql`r.staff_id = ${scope.staffId}`);
  const { rows } = await db.execute<Row>(sql`
    select i.shift::text as shift, count(r.nps)::int as n,
           (count(*) filter (where ${sql.raw(bandSql.promoter('r.nps'))}))::int as promoters,
           (count(*) filter (where ${sql.raw(bandSql.detractor('r.nps'))}))::int as detractors,
           count(r.csat)::int as "csatN", coalesce(sum(r.csat), 0)::int as "csatSum",
           (count(*) filter (where ${sql.raw(bandSql.csatTop('r.csat'))}))::int as "csatTop"
      from responses r
      join interactions i on i.org_id = r.org_id and i.id = r.interaction_id
     where ${sql.join(where, sql` and `)}
     group by 1`);
  return new Map(
    rows.map((r) => [
      r.shift,
      {
        nps: nps({ n: r.n, promoters: r.promoters, detractors: r.detractors }),
        csat: csat({ n: r.csatN, sum: r.csatSum, top: r.csatTop }),
      },
    ]),
  );
}
