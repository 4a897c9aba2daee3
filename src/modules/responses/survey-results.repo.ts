import { and, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { responses } from './responses.schema.ts';
import { filterConditions, type ResponseScope } from './responses.repo.ts';
import type { ResultCounts } from './survey-results.ts';

const LATEST_TEXTS = 5;

/** Direct counts over a survey's responses (the caller's scope applied): no rollup, so nothing lags. */
export async function resultCounts(
  db: Db,
  orgId: string,
  scope: ResponseScope,
  surveyId: string,
  textIds: string[],
): Promise<ResultCounts> {
  const where: SQL = and(...filterConditions(orgId, scope, { surveyId }))!;
  // Question ids are letters, digits, _ and - only, so a comma-joined list is an exact array.
  const textList = sql`string_to_array(${textIds.join(',')}, ',')`;
  const [byStatus, answered, values, texts] = await Promise.all([
    db
      .select({ status: responses.status, n: sql<number>`count(*)::int` })
      .from(responses)
      .where(where)
      .groupBy(responses.status),
    db.execute<{ question: string; n: number }>(sql`
      select a.key as question, count(*)::int as n
      from ${responses} cross join lateral jsonb_each(${responses.answers}) a
      where ${where} group by a.key`),
    db.execute<{ question: string; value: string; n: number }>(sql`
      select a.key as question, v.value, count(*)::int as n
      from ${responses} cross join lateral jsonb_each(${responses.answers}) a
      cross join lateral (
        select jsonb_array_elements_text(a.value) as value where jsonb_typeof(a.value) = 'array'
        union all select a.value #>> '{}' where jsonb_typeof(a.value) <> 'array'
      ) v
      where ${where} and not (a.key = any(${textList}))
      group by a.key, v.value`),
    db.execute<{ question: string; responseId: string; text: string; submittedAt: Date | string }>(sql`
      select question, "responseId", text, "submittedAt" from (
        select a.key as question, ${responses.id} as "responseId", a.value #>> '{}' as text,
          ${responses.submittedAt} as "submittedAt",
          row_number() over (partition by a.key order by ${responses.submittedAt} desc, ${responses.id} desc) as rank
        from ${responses} cross join lateral jsonb_each(${responses.answers}) a
        where ${where} and a.key = any(${textList}) and jsonb_typeof(a.value) = 'string'
          and length(trim(a.value #>> '{}')) > 0
      ) t where rank <= ${LATEST_TEXTS} order by question, "submittedAt" desc`),
  ]);
  return {
    complete: byStatus.find((r) => r.status === 'complete')?.n ?? 0,
    partial: byStatus.find((r) => r.status === 'partial')?.n ?? 0,
    answered: new Map(answered.rows.map((r) => [r.question, r.n])),
    values: values.rows,
    texts: texts.rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt) })),
  };
}
