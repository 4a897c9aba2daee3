import type pg from 'pg';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { nps } from '../../shared/metrics.ts';
import { localDate, zonedToInstant } from '../../shared/time-zone.ts';
import { compliance as complianceFigures } from '../standards/index.ts';
import { correlation } from './correlation.ts';
import { pulseMail } from './pulse-emails.ts';
import type { EnpsQuery, PulseSurveyCreate, PulseSurveyUpdate } from './pulse.contract.ts';
import * as repo from './pulse.repo.ts';
import type { Invited } from './pulse.schema.ts';
import {
  releasePeriod,
  thresholdProblem,
  totalOver,
  visibleComments,
  type Counts,
  type Dimension,
} from './suppression.ts';

export type PulseDeps = { db: Db; pool: pg.Pool; jobs: Jobs };
const DAY = 86_400_000;

const surveyView = (s: repo.SurveyRecord, runs: number) =>
  toDto({
    id: s.id,
    name: s.name,
    cadence: s.cadence,
    items: s.items,
    threshold: s.threshold,
    active: s.active,
    runs,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  });

export async function listSurveys(db: Db, actor: Actor) {
  const [rows, counts] = await Promise.all([repo.listSurveys(db, actor.orgId), repo.runCounts(db, actor.orgId)]);
  return { items: rows.map((s) => surveyView(s, counts.get(s.id) ?? 0)), nextCursor: null };
}

async function loadSurvey(db: Db, actor: Actor, id: string) {
  const s = await repo.getSurvey(db, actor.orgId, id);
  if (!s) throw notFound('Pulse survey');
  return s;
}

export async function getSurvey(db: Db, actor: Actor, id: string) {
  const s = await loadSurvey(db, actor, id);
  return surveyView(s, (await repo.runCounts(db, actor.orgId)).get(id) ?? 0);
}

export async function createSurvey(db: Db, actor: Actor, input: PulseSurveyCreate) {
  const s = await repo.insertSurvey(db, { orgId: actor.orgId, ...input });
  return surveyView(s, 0);
}

export async function updateSurvey(db: Db, actor: Actor, id: string, input: PulseSurveyUpdate) {
  const s = await loadSurvey(db, actor, id);
  const runs = (await repo.runCounts(db, actor.orgId)).get(id) ?? 0;
  if (input.threshold !== undefined) {
    const problem = thresholdProblem(input.threshold, s.threshold, runs > 0);
    if (problem) throw invalid('The threshold cannot change so', { threshold: problem });
  }
  const row = await repo.updateSurvey(db, actor.orgId, id, input);
  return surveyView(row!, runs);
}

/**
 * Opens a run: one single-use link per active staff member, emailed through the queue. The token
 * row keeps the snapshot (location, role) the answer will carry, not the person.
 */
export async function openRun(deps: PulseDeps, actor: Actor, surveyId: string, closesInDays: number, baseUrl: string) {
  const survey = await loadSurvey(deps.db, actor, surveyId);
  if (!survey.active) throw invalid('This pulse survey is paused', { active: 'Activate it first' });
  const people = await repo.recipients(deps.db, actor.orgId);
  const [org] = (
    await deps.pool.query<{ name: string; default_language: string }>(
      'select name, default_language from orgs where id = $1',
      [actor.orgId],
    )
  ).rows;
  const closesAt = new Date(Date.now() + closesInDays * DAY);
  const invited: Invited = { total: people.length, location: {}, role: {} };
  const tokens = people.map((p) => {
    const location = p.location_ids[0] ?? null;
    const key = location ?? 'none';
    invited.location[key] = (invited.location[key] ?? 0) + 1;
    invited.role[p.role] = (invited.role[p.role] ?? 0) + 1;
    return { person: p, location, token: newToken('e_') };
  });
  // Mails go out in shuffled order, so the queue's order says nothing about whom a token went to.
  tokens.sort(() => Math.random() - 0.5);
  const run = await inTransaction(deps.pool, async (tx) => {
    const r = await repo.insertRun(tx.db, {
      orgId: actor.orgId,
      surveyId,
      threshold: survey.threshold,
      closesAt,
      invited,
    });
    await repo.insertTokens(
      tx.db,
      tokens.map((t) => ({
        orgId: actor.orgId,
        runId: r.id,
        tokenHash: sha256(t.token),
        locationId: t.location,
        role: t.person.role,
        language: t.person.language ?? org!.default_language,
      })),
    );
    for (const t of tokens)
      await deps.jobs.send(
        'mail.send',
        {
          ...pulseMail(
            { email: t.person.email, language: t.person.language ?? org!.default_language },
            { url: `${baseUrl}/e/${t.token}`, business: org!.name, threshold: survey.threshold, closesAt },
          ),
          orgId: actor.orgId,
        },
        { db: tx.enqueueOn },
      );
    return r;
  });
  return {
    id: run.id,
    surveyId,
    openedAt: run.openedAt.toISOString(),
    closesAt: run.closesAt.toISOString(),
    invited: people.length,
    threshold: run.threshold,
  };
}

/** The day after a YYYY-MM-DD date. */
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
/** Midnight of a YYYY-MM-DD date on the organisation's clock. */
const midnight = (d: string, timeZone: string) => {
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  return zonedToInstant({ year, month, day, hour: 0, minute: 0 }, timeZone);
};

/** The period's days are the organisation's days, as every other figure's (audit compliance among them). */
async function period(db: Db, orgId: string, q: { from?: string; to?: string }) {
  const timeZone = await repo.timeZone(db, orgId);
  const to = q.to ? midnight(nextDay(q.to), timeZone) : new Date();
  const from = q.from ? midnight(q.from, timeZone) : new Date(to.getTime() - 365 * DAY);
  if (from >= to) throw invalid('The period is empty', { from: 'Must not be after to' });
  return { from, to, timeZone };
}

async function table(db: Db, actor: Actor, q: { from?: string; to?: string; surveyId?: string }) {
  const { from, to, timeZone } = await period(db, actor.orgId, q);
  const runs = await repo.runsIn(db, actor.orgId, from, to, q.surveyId);
  const byId = new Map(runs.map((r) => [r.id, r]));
  const answers = await repo.answers(
    db,
    actor.orgId,
    runs.map((r) => r.id),
  );
  const released = releasePeriod(
    answers,
    (id) => byId.get(id)!.threshold,
    (id, dim, key) => {
      const inv = byId.get(id)!.invited;
      return dim === 'total' ? inv.total : (inv[dim][key] ?? 0);
    },
  );
  const threshold = Math.max(0, ...runs.map((r) => r.threshold));
  return { from, to, timeZone, runs, released, threshold };
}

const groupOf = (key: string, name: string, c: Counts | null | undefined, invited: number | undefined) => {
  if (!c) return { key, name, hidden: true, enps: null, invited: invited ?? null, participation: null };
  const { tooFew: _t, ...enps } = nps(c);
  return {
    key,
    name,
    hidden: false,
    enps,
    invited: invited ?? null,
    participation: invited ? Math.round((c.n / invited) * 1000) / 10 : null,
  };
};

/**
 * eNPS for a period, whole or by location or role. Every figure is a sum of what single runs
 * released under the anonymity rules; crossing a location with a role would make groups no rule
 * looked at, so those combinations are refused.
 */
export async function enps(db: Db, actor: Actor, q: EnpsQuery) {
  const scope = locationScope(actor);
  const fields: Record<string, string> = {};
  if (q.locationId && q.role) fields.role = 'Filter by a location or by a role, not both';
  if (q.by === 'role' && q.locationId) fields.by = 'Roles within one location would show groups below the threshold';
  if (q.by === 'location' && q.role) fields.by = 'Locations within one role would show groups below the threshold';
  if (Object.keys(fields).length) throw invalid('This combination could reveal small groups', fields);
  if (scope && (q.by === 'role' || q.role))
    throw forbidden('Figures by role are for the whole organisation: owners only');
  if (scope && q.locationId && !scope.includes(q.locationId))
    throw forbidden('This location is outside the ones you cover');
  const { from, to, released, threshold } = await table(db, actor, q);
  const names = await repo.locationNames(db, actor.orgId);
  const nameOf = (dim: Dimension, key: string) => (dim === 'location' ? (names.get(key) ?? '') : key);
  const sumInvited = (keys: string[]) => keys.reduce((s, k) => s + (released.invited.location.get(k) ?? 0), 0);
  let total;
  if (q.locationId)
    total = groupOf(
      q.locationId,
      nameOf('location', q.locationId),
      released.location.get(q.locationId),
      released.invited.location.get(q.locationId),
    );
  else if (q.role) total = groupOf(q.role, q.role, released.role.get(q.role), released.invited.role.get(q.role));
  else if (scope)
    total = groupOf('all', '', totalOver(released, scope), sumInvited(scope.filter((l) => released.location.get(l))));
  else total = groupOf('all', '', released.total, released.invited.total);
  const groups =
    q.by && !q.locationId && !q.role
      ? [...released[q.by]]
          .filter(([k]) => q.by !== 'location' || !scope || scope.includes(k))
          .map(([k, c]) => groupOf(k, nameOf(q.by!, k), c, released.invited[q.by!].get(k)))
          .sort((a, b) => a.name.localeCompare(b.name))
      : [];
  return { from: from.toISOString(), to: to.toISOString(), threshold, total, groups };
}

/**
 * eNPS beside each location's customer NPS, audit compliance (the standards module's own figure, so
 * both screens agree) and staff exits; a correlation only with at least 5 locations.
 */
export async function panel(db: Db, actor: Actor, q: { from?: string; to?: string; surveyId?: string }) {
  const scope = locationScope(actor);
  const { from, to, timeZone, released } = await table(db, actor, q);
  const day = (d: Date) => localDate(d, timeZone);
  const [names, customer, exits, audits] = await Promise.all([
    repo.locationNames(db, actor.orgId),
    repo.customerNpsByLocation(db, actor.orgId, from, to),
    repo.exitsByLocation(db, actor.orgId, day(from), day(new Date(to.getTime() - 1))),
    // Compliance's `to` is exclusive, as the period's end is; without one, audits up to now count.
    complianceFigures(db, actor, { by: 'location', from: day(from), to: q.to ? day(to) : undefined }),
  ]);
  const compliance = new Map(audits.items.map((i) => [i.key, i]));
  const locations = [...names]
    .filter(([id]) => !scope || scope.includes(id))
    .map(([id, name]) => {
      const e = released.location.get(id);
      const c = customer.get(id);
      return {
        locationId: id,
        name,
        enps: e ? nps(e).value : null,
        enpsN: e ? e.n : null,
        customerNps: c ? nps(c).value : null,
        customerN: c?.n ?? 0,
        exits: exits.get(id) ?? 0,
        compliance: compliance.get(id)?.compliance ?? null,
        audits: compliance.get(id)?.n ?? 0,
      };
    });
  return { locations, correlation: correlation(locations.map((l) => [l.enps, l.customerNps] as const)) };
}

export async function comments(
  db: Db,
  actor: Actor,
  q: { from?: string; to?: string; surveyId?: string; locationId?: string },
) {
  const scope = locationScope(actor);
  if (scope && q.locationId && !scope.includes(q.locationId))
    throw forbidden('This location is outside the ones you cover');
  const { from, to } = await period(db, actor.orgId, q);
  const runs = await repo.runsIn(db, actor.orgId, from, to, q.surveyId);
  const byId = new Map(runs.map((r) => [r.id, r]));
  const all = await repo.comments(
    db,
    actor.orgId,
    runs.map((r) => r.id),
  );
  const only = q.locationId ? [q.locationId] : scope;
  const shown = visibleComments(all, (id) => byId.get(id)!.threshold, only);
  const replies = await repo.replies(
    db,
    actor.orgId,
    shown.map((c) => c.id),
  );
  const full = new Map(all.map((c) => [c.id, c]));
  return {
    threshold: Math.max(0, ...runs.map((r) => r.threshold)),
    items: shown.map((c) => ({
      id: c.id,
      comment: c.comment,
      submittedOn: full.get(c.id)!.submittedOn,
      replies: replies
        .filter((r) => r.response_id === c.id)
        .map((r) => ({ body: r.body, createdAt: new Date(r.created_at).toISOString() })),
    })),
  };
}

/** A manager answers an anonymous comment they can see; the author reads it through their spent link. */
export async function reply(db: Db, actor: Actor, responseId: string, body: string) {
  const found = await repo.responseRun(db, actor.orgId, responseId);
  if (!found) throw notFound('Comment');
  const day = localDate(new Date(found.opened_at), await repo.timeZone(db, actor.orgId));
  const visible = await comments(db, actor, { from: day, to: day, surveyId: found.survey_id });
  if (!visible.items.some((c) => c.id === responseId)) throw notFound('Comment');
  const r = await repo.insertReply(db, { orgId: actor.orgId, responseId, authorId: actor.staffId, body });
  return { id: r.id, body: r.body, createdAt: r.createdAt.toISOString() };
}
