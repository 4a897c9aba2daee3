import type pg from 'pg';
import { inTransaction } from '../../platform/db/transaction.ts';
import { stableEventId, type Emit } from '../../platform/events.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { assignOwner, escalationTarget, type People } from './assignment.ts';
import { dueAt } from '../../shared/business-hours.ts';
import { linkBase } from '../orgs/index.ts';
import { caseMail, type CaseMailKind } from './case-emails.ts';
import * as repo from './cases.repo.ts';
import { chooseRule } from './rules.ts';

/**
 * The service-recovery loop, run by every Zabota process once a second. Each step takes its rows
 * with FOR UPDATE SKIP LOCKED and does all its writes — the case, its events, the notification
 * jobs and the "done" mark — in one transaction. So a response opens its case exactly once and an
 * escalation fires exactly once, whatever crashes, restarts or parallel workers happen.
 */
export type EngineDeps = { pool: pg.Pool; jobs: Jobs; baseUrl: () => string; emit?: Emit };

/** Case events go out inside the transaction that made them true (webhooks: case.opened …). */
async function announce(
  deps: EngineDeps,
  client: pg.PoolClient,
  type: 'case.opened' | 'case.assigned' | 'case.breached',
  c: { id: string; orgId: string } & Record<string, unknown>,
) {
  if (!deps.emit) return;
  const level =
    type === 'case.breached'
      ? `:${String(c.escalationLevel ?? '')}`
      : type === 'case.assigned'
        ? `:${String(c.ownerId ?? '')}`
        : '';
  await deps.emit(
    { orgId: c.orgId, type, id: stableEventId(type, `${c.id}${level}`), payload: c },
    { db: { executeSql: (text, values) => client.query(text, values) } },
  );
}

/** A partial response counts once its respondent has left it alone this long. */
const ABANDONED_AFTER = '30 minutes';

type ResponseFactsRow = {
  id: string;
  org_id: string;
  survey_id: string;
  invitation_id: string | null;
  customer_id: string | null;
  touchpoint_id: string | null;
  location_id: string | null;
  staff_id: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  emotion: string | null;
  comment: string | null;
  sentiment: string | null;
  text_emotion: string | null;
};

/** A comment's labels come from the text labelling sweeper within a second; rules wait for them this long at most. */
const LABELS_WAIT = '10 seconds';

/** One staff lookup per organisation per pass, however many of its cases fall due together. */
function memoByOrg<T>(load: (orgId: string) => Promise<T>): (orgId: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (orgId) => {
    let p = seen.get(orgId);
    if (!p) seen.set(orgId, (p = load(orgId)));
    return p;
  };
}

async function notify(
  jobs: Jobs,
  client: pg.PoolClient,
  kind: CaseMailKind,
  people: Awaited<ReturnType<typeof repo.people>>,
  to: string | null,
  c: { id: string; number: number; title: string; priority: string; dueAt: Date },
  baseUrl: string,
  timeZone: string,
) {
  const person = to ? people.byId.get(to) : undefined;
  if (!person?.email) return;
  const mail = caseMail(kind, person, { ...c, url: `${baseUrl}/cases/${c.id}` }, timeZone, people.orgId);
  await jobs.send('mail.send', mail, { db: { executeSql: (text, values) => client.query(text, values) } });
}

const titleFor = (r: Pick<ResponseFactsRow, 'nps' | 'csat' | 'ces' | 'emotion' | 'comment'>) => {
  const score =
    r.nps !== null
      ? `NPS ${r.nps}`
      : r.csat !== null
        ? `CSAT ${r.csat}`
        : r.ces !== null
          ? `CES ${r.ces}`
          : (r.emotion ?? 'feedback');
  const comment = r.comment ? `: ${r.comment.replace(/\s+/g, ' ').slice(0, 80)}` : '';
  return `${score}${comment}`;
};

/** Looks at responses no rule has seen yet; opens at most one case each. Returns how many it looked at. */
export async function evaluateResponses(deps: EngineDeps, batch = 200): Promise<number> {
  return inTransaction(deps.pool, async ({ client, db }) => {
    const { rows } = await client.query<ResponseFactsRow>(
      `select id, org_id, survey_id, invitation_id, customer_id, touchpoint_id, location_id, staff_id, nps, csat, ces, emotion, comment, sentiment, text_emotion
         from responses
        where cases_checked_at is null and (status = 'complete' or updated_at < now() - interval '${ABANDONED_AFTER}')
          and (comment is null or text_analyzed_at is not null or created_at < now() - interval '${LABELS_WAIT}')
        order by submitted_at limit $1 for update skip locked`,
      [batch],
    );
    const byOrg = new Map<string, ResponseFactsRow[]>();
    for (const r of rows) byOrg.set(r.org_id, [...(byOrg.get(r.org_id) ?? []), r]);
    for (const [orgId, list] of byOrg) {
      const rules = await repo.rules(db, orgId);
      const people = await repo.people(db, orgId);
      for (const r of list) {
        // A follow-up answer belongs to the case that asked for it; it never opens a new one.
        const followed = r.invitation_id
          ? await client.query<{ id: string }>(
              `update cases set follow_up_score = $2, updated_at = now() where org_id = $3 and follow_up_invitation_id = $1 returning id`,
              [r.invitation_id, r.nps ?? r.csat, orgId],
            )
          : undefined;
        if (followed?.rows[0]) {
          await repo.addEvent(db, {
            orgId,
            caseId: followed.rows[0].id,
            type: 'follow_up',
            data: { responseId: r.id, nps: r.nps, csat: r.csat },
          });
          continue;
        }
        const rule = chooseRule(rules, {
          ...r,
          sentiment: r.sentiment,
          textEmotion: r.text_emotion,
          touchpointId: r.touchpoint_id,
          locationId: r.location_id,
          surveyId: r.survey_id,
        });
        if (!rule) continue;
        const calendar = await repo.calendar(db, orgId, r.location_id);
        const assigned = assignOwner(
          rule.assignment,
          { locationId: r.location_id, staffId: r.staff_id },
          people as People,
          rule.roundRobinCursor,
        );
        const openedAt = new Date();
        const created = await repo.insert(db, {
          orgId,
          title: titleFor(r),
          source: 'rule',
          priority: rule.priority,
          responseId: r.id,
          ruleId: rule.id,
          customerId: r.customer_id,
          locationId: r.location_id,
          touchpointId: r.touchpoint_id,
          staffId: r.staff_id,
          ownerId: assigned.ownerId,
          openedAt,
          dueAt: dueAt(openedAt, rule.sla, calendar),
        });
        if (!created) continue; // already opened by an earlier run
        if (assigned.roundRobinCursor) {
          rule.roundRobinCursor = assigned.roundRobinCursor;
          await client.query(`update case_rules set round_robin_cursor = $1 where id = $2`, [
            assigned.roundRobinCursor,
            rule.id,
          ]);
        }
        await repo.addEvent(db, {
          orgId,
          caseId: created.id,
          type: 'opened',
          data: { ruleId: rule.id, ruleName: rule.name, responseId: r.id },
        });
        await announce(deps, client, 'case.opened', created);
        if (assigned.ownerId) {
          await repo.addEvent(db, {
            orgId,
            caseId: created.id,
            type: 'assignment',
            data: { ownerId: assigned.ownerId, by: 'rule' },
          });
          await announce(deps, client, 'case.assigned', created);
          await notify(
            deps.jobs,
            client,
            'assigned',
            people,
            assigned.ownerId,
            { ...created, number: created.number },
            await linkBase(db, orgId, deps.baseUrl()),
            calendar.timeZone,
          );
        }
      }
    }
    if (rows.length)
      await client.query(`update responses set cases_checked_at = now() where id = any($1::uuid[])`, [
        rows.map((r) => r.id),
      ]);
    return rows.length;
  });
}

type OpenCaseRow = {
  id: string;
  org_id: string;
  number: number;
  title: string;
  priority: string;
  due_at: Date;
  opened_at: Date;
  owner_id: string | null;
  location_id: string | null;
};

/** Overdue open cases: mark the breach, escalate one level up, notify. Each case once. */
export async function escalateOverdue(deps: EngineDeps, batch = 100): Promise<number> {
  return inTransaction(deps.pool, async ({ client, db }) => {
    const { rows } = await client.query<OpenCaseRow>(
      `select id, org_id, number, title, priority, due_at, opened_at, owner_id, location_id from cases
        where status in ('new', 'in_progress', 'waiting') and breached_at is null and due_at <= now()
        order by due_at limit $1 for update skip locked`,
      [batch],
    );
    const peopleOf = memoByOrg((orgId) => repo.people(db, orgId));
    for (const c of rows) {
      const people = await peopleOf(c.org_id);
      const target = escalationTarget(c.owner_id, c.location_id, people as People);
      const { rows: updated } = await client.query<Record<string, unknown>>(
        `update cases set breached_at = now(), escalation_level = escalation_level + 1, owner_id = coalesce($2, owner_id), updated_at = now() where id = $1
         returning id, org_id as "orgId", number, title, status, priority, owner_id as "ownerId", location_id as "locationId", due_at as "dueAt", breached_at as "breachedAt", escalation_level as "escalationLevel"`,
        [c.id, target],
      );
      await announce(deps, client, 'case.breached', updated[0] as { id: string; orgId: string });
      await repo.addEvent(db, {
        orgId: c.org_id,
        caseId: c.id,
        type: 'breach',
        data: { dueAt: c.due_at.toISOString() },
      });
      const calendar = await repo.calendar(db, c.org_id, c.location_id);
      const info = { id: c.id, number: Number(c.number), title: c.title, priority: c.priority, dueAt: c.due_at };
      const base = await linkBase(db, c.org_id, deps.baseUrl());
      if (target && target !== c.owner_id) {
        await repo.addEvent(db, {
          orgId: c.org_id,
          caseId: c.id,
          type: 'escalation',
          data: { from: c.owner_id, to: target },
        });
        await notify(deps.jobs, client, 'escalated', people, target, info, base, calendar.timeZone);
      }
      await notify(deps.jobs, client, 'breached', people, c.owner_id, info, base, calendar.timeZone);
    }
    return rows.length;
  });
}

/** Open cases in the last fifth of their time (at least the last hour): one reminder to the owner. */
export async function warnDueSoon(deps: EngineDeps, batch = 100): Promise<number> {
  return inTransaction(deps.pool, async ({ client, db }) => {
    const { rows } = await client.query<OpenCaseRow>(
      `select id, org_id, number, title, priority, due_at, opened_at, owner_id, location_id from cases
        where status in ('new', 'in_progress', 'waiting') and due_soon_notified_at is null and breached_at is null
          and due_at > now() and due_at - greatest((due_at - opened_at) * 0.2, interval '1 hour') <= now()
        order by due_at limit $1 for update skip locked`,
      [batch],
    );
    const peopleOf = memoByOrg((orgId) => repo.people(db, orgId));
    for (const c of rows) {
      await client.query(`update cases set due_soon_notified_at = now() where id = $1`, [c.id]);
      await repo.addEvent(db, {
        orgId: c.org_id,
        caseId: c.id,
        type: 'due_soon',
        data: { dueAt: c.due_at.toISOString() },
      });
      const people = await peopleOf(c.org_id);
      const calendar = await repo.calendar(db, c.org_id, c.location_id);
      await notify(
        deps.jobs,
        client,
        'dueSoon',
        people,
        c.owner_id,
        { id: c.id, number: Number(c.number), title: c.title, priority: c.priority, dueAt: c.due_at },
        await linkBase(db, c.org_id, deps.baseUrl()),
        calendar.timeZone,
      );
    }
    return rows.length;
  });
}

/**
 * A case opens at the first answer, often before the respondent has written the comment: once the
 * comment comes, the title shows it. Only a title still as the rule made it (the score alone) is
 * changed, never one a person wrote.
 */
export async function retitleCases(pool: pg.Pool, batch = 100): Promise<number> {
  const { rows } = await pool.query<
    Pick<ResponseFactsRow, 'nps' | 'csat' | 'ces' | 'emotion' | 'comment'> & { id: string; title: string }
  >(
    `select c.id, c.title, r.nps, r.csat, r.ces, r.emotion, r.comment
       from cases c join responses r on r.id = c.response_id
      where c.source = 'rule' and c.status in ('new', 'in_progress', 'waiting') and r.comment is not null
        and c.title = coalesce('NPS ' || r.nps, 'CSAT ' || r.csat, 'CES ' || r.ces, r.emotion::text, 'feedback')
      limit $1`,
    [batch],
  );
  for (const r of rows)
    await pool.query(`update cases set title = $3, updated_at = now() where id = $1 and title = $2`, [
      r.id,
      r.title,
      titleFor(r),
    ]);
  return rows.length;
}

/** Runs the steps every `intervalMs` (see startSweeper). */
export const startCaseEngine = (
  deps: EngineDeps,
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Sweeper =>
  startSweeper(async (stopped) => {
    // Drain a backlog in full batches before sleeping again.
    while ((await evaluateResponses(deps)) === 200 && !stopped());
    await retitleCases(deps.pool);
    await warnDueSoon(deps);
    await escalateOverdue(deps);
  }, opts);
