import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { THRESHOLD_DEFAULT } from '../pulse/index.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { DemoInsight, DemoPulseRun } from './demo-voice.ts';

type Ids = { staff: Map<string, string>; locations: Map<string, string>; touchpoints: Map<string, string> };

/** Writes the demo's insights (votes, outcomes, a merge), its monthly pulse with a year of answers, and the leavers. */
export async function writeDemoVoice(
  db: Db,
  orgId: string,
  ids: Ids,
  plan: { insights: DemoInsight[]; runs: DemoPulseRun[]; leavers: { key: string; endedOn: string }[] },
): Promise<{ insights: number; pulseAnswers: number }> {
  const insightIds = new Map(plan.insights.map((p) => [p.key, newId()]));
  // The merge target first: a duplicate's foreign key points at it.
  const ordered = [...plan.insights].sort((a, b) => Number(!!a.mergedInto) - Number(!!b.mergedInto));
  for (const p of ordered) {
    const id = insightIds.get(p.key)!;
    await db.execute(sql`
      insert into insights (id, org_id, kind, title, location_id, touchpoint_id, anonymous, author_id, status, outcome,
                            outcome_at, merged_into_id, created_at, updated_at)
      values (${id}, ${orgId}, ${p.kind}, ${p.title}, ${ids.locations.get(p.location)!},
              ${p.touchpoint ? (ids.touchpoints.get(p.touchpoint) ?? null) : null}, ${p.anonymous},
              ${p.author ? ids.staff.get(p.author)! : null}, ${p.status}, ${p.outcome},
              ${p.outcomeAt?.toISOString() ?? null}::timestamptz, ${p.mergedInto ? insightIds.get(p.mergedInto)! : null},
              ${p.createdAt.toISOString()}::timestamptz, ${(p.outcomeAt ?? p.createdAt).toISOString()}::timestamptz)`);
    for (const v of p.mergedInto ? [] : p.voters)
      await db.execute(
        sql`insert into insight_votes (org_id, insight_id, staff_id) values (${orgId}, ${id}, ${ids.staff.get(v)!}) on conflict do nothing`,
      );
  }
  const surveyId = newId();
  await db.execute(sql`
    insert into pulse_surveys (id, org_id, name, cadence, items, threshold)
    values (${surveyId}, ${orgId}, ${translate('bg', 'voice.pulse.defaultName')}, 'monthly',
            ${JSON.stringify([{ id: 'tools', text: { en: 'I have what I need to do my job well', bg: 'Имам всичко нужно, за да си върша добре работата', ru: 'У меня есть всё, чтобы хорошо делать свою работу' } }])}::jsonb,
            ${THRESHOLD_DEFAULT})`);
  let answers = 0;
  for (const run of plan.runs) {
    const runId = newId();
    const loc = (k: string) => ids.locations.get(k)!;
    const invited = {
      ...run.invited,
      location: Object.fromEntries(Object.entries(run.invited.location).map(([k, n]) => [loc(k), n])),
    };
    await db.execute(sql`
      insert into pulse_runs (id, org_id, survey_id, threshold, opened_at, closes_at, invited)
      values (${runId}, ${orgId}, ${surveyId}, ${THRESHOLD_DEFAULT}, ${run.openedAt.toISOString()}::timestamptz,
              ${run.closesAt.toISOString()}::timestamptz, ${JSON.stringify(invited)}::jsonb)`);
    for (const a of run.answers)
      await db.execute(sql`
        insert into pulse_responses (id, org_id, run_id, location_id, role, score, items, comment, submitted_on)
        values (${crypto.randomUUID()}, ${orgId}, ${runId}, ${loc(a.location)}, ${a.role}, ${a.score},
                ${JSON.stringify({ tools: Math.max(1, Math.min(5, Math.round(a.score / 2))) })}::jsonb, ${a.comment}, ${a.day}::date)`);
    answers += run.answers.length;
  }
  for (const l of plan.leavers)
    await db.execute(
      sql`update staff set ended_on = ${l.endedOn}::date, active = false where org_id = ${orgId} and id = ${ids.staff.get(l.key)!}`,
    );
  return { insights: plan.insights.length, pulseAnswers: answers };
}
