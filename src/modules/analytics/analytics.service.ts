import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { ces, csat, nps, wom } from '../../shared/metrics.ts';
import { localDate } from '../../shared/time-zone.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { BreakdownDim, Metric, MetricFilters } from './analytics.contract.ts';
import { driverAnalysis, type PairStats } from './drivers.ts';
import { driverStats, OUTCOME_KEY } from './drivers.repo.ts';
import * as staffRepo from './staff-view.repo.ts';
import { rebuildStatus } from '../../platform/jobs/rebuild-status.ts';
import * as repo from './analytics.repo.ts';
import { orgTimeZone } from '../orgs/index.ts';

const NONE = '00000000-0000-0000-0000-000000000000';

/** Filters and the caller's row limits as per-dimension key sets (a manager: their locations; staff: themselves). */
export function constraintsFor(actor: Actor, f: MetricFilters): repo.Constraint[] {
  const list: repo.Constraint[] = [];
  const add = (dim: repo.Dim, keys: string[]) => {
    const existing = list.find((c) => c.dim === dim);
    if (existing) existing.keys = existing.keys.filter((k) => keys.includes(k));
    else list.push({ dim, keys });
  };
  const scope = locationScope(actor);
  if (actor.role === 'staff') add('staff', [actor.staffId ?? NONE]);
  else if (scope) add('location', scope.length ? scope : [NONE]);
  if (f.locationId) add('location', [f.locationId]);
  if (f.touchpointId) add('touchpoint', [f.touchpointId]);
  if (f.staffId) add('staff', [f.staffId]);
  if (f.surveyId) add('survey', [f.surveyId]);
  if (f.kind) add('kind', [f.kind]);
  if (f.channel) add('channel', [f.channel]);
  if (f.language) add('language', [f.language]);
  if (f.segment) add('segment', [f.segment]);
  return list;
}

/** `from`/`to` as the organisation's local dates (a date-time counts by the day it falls on there). */
export function localRange(f: Pick<MetricFilters, 'from' | 'to'>, timeZone: string): repo.Range {
  const day = (v: string | undefined) =>
    v === undefined ? null : v.length === 10 ? v : localDate(new Date(v), timeZone);
  return { from: day(f.from), to: day(f.to) };
}

export function figuresOf(c: repo.Counts | undefined, k: number) {
  const counts = c ?? {
    responses: 0,
    n: 0,
    promoters: 0,
    detractors: 0,
    csatN: 0,
    csatSum: 0,
    csatTop: 0,
    cesN: 0,
    cesSum: 0,
    cesTop: 0,
  };
  const npsCounts = { n: counts.n, promoters: counts.promoters, detractors: counts.detractors };
  return {
    nps: nps(npsCounts),
    csat: csat({ n: counts.csatN, sum: counts.csatSum, top: counts.csatTop }),
    ces: ces({ n: counts.cesN, sum: counts.cesSum, top: counts.cesTop }),
    wom: wom(npsCounts, k),
    responses: counts.responses,
  };
}

/** One metric's object, as the summary has it, for timeseries and breakdown items. */
function metricOf(c: repo.Counts, metric: Metric, k: number) {
  const f = figuresOf(c, k);
  return metric === 'wom' ? { ...f.wom, n: f.nps.n } : f[metric];
}

const shiftDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export async function summary(db: Db, actor: Actor, f: MetricFilters) {
  const tz = await orgTimeZone(db, actor.orgId);
  const range = localRange(f, tz);
  const cons = constraintsFor(actor, f);
  const current = await repo.counts(db, actor.orgId, cons, range, { kind: 'none' });
  let previous = null;
  if (range.from && range.to) {
    const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000);
    const prev = await repo.counts(
      db,
      actor.orgId,
      cons,
      { from: shiftDays(range.from, -days), to: range.from },
      { kind: 'none' },
    );
    previous = figuresOf(prev.rows[0], f.k);
  }
  const rate = await repo.responseRate(db, actor.orgId, range, f.surveyId);
  return {
    ...figuresOf(current.rows[0], f.k),
    period: range,
    previous,
    responseRate: { ...rate, value: rate.invited ? Math.round((rate.answered / rate.invited) * 1000) / 10 : null },
    source: current.source,
    rebuild: await rebuildStatus(db, actor.orgId),
  };
}

export async function timeseries(
  db: Db,
  actor: Actor,
  f: MetricFilters & { metric: Metric; interval: 'day' | 'week' | 'month' },
) {
  const tz = await orgTimeZone(db, actor.orgId);
  const { rows, source } = await repo.counts(db, actor.orgId, constraintsFor(actor, f), localRange(f, tz), {
    kind: 'period',
    interval: f.interval,
  });
  return {
    metric: f.metric,
    interval: f.interval,
    items: rows.map((r) => ({ period: r.group!, ...metricOf(r, f.metric, f.k) })),
    source,
  };
}

export async function breakdown(db: Db, actor: Actor, f: MetricFilters & { metric: Metric; by: BreakdownDim }) {
  const tz = await orgTimeZone(db, actor.orgId);
  const { rows, source } = await repo.counts(db, actor.orgId, constraintsFor(actor, f), localRange(f, tz), {
    kind: 'dim',
    dim: f.by,
  });
  const withKeys = rows.filter((r) => r.group !== null);
  const names = await repo.labels(
    db,
    actor.orgId,
    f.by,
    withKeys.map((r) => r.group!),
  );
  return {
    metric: f.metric,
    by: f.by,
    items: withKeys.map((r) => ({
      key: r.group!,
      label: names.get(r.group!) ?? (['kind', 'channel', 'language', 'segment'].includes(f.by) ? r.group : null),
      ...metricOf(r, f.metric, f.k),
    })),
    source,
  };
}

/** Driver analysis (see drivers.ts): which touchpoints' scores explain overall NPS, against their performance. */
export async function drivers(db: Db, actor: Actor, f: { from?: string; to?: string; locationId?: string }) {
  const tz = await orgTimeZone(db, actor.orgId);
  const range = localRange(f, tz);
  const limits = locationScope(actor);
  let locations = limits;
  if (f.locationId) locations = limits ? limits.filter((l) => l === f.locationId) : [f.locationId];
  const scope = locations ? (locations.length ? locations : [NONE]) : null;
  const rows = await driverStats(db, actor.orgId, range, scope); // a few thousand rollup rows, always fresh: no cache
  const keys = [...new Set(rows.map((r) => r.a).filter((k) => k !== OUTCOME_KEY))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  index.set(OUTCOME_KEY, keys.length);
  const empty = (): PairStats => ({ n: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 });
  const stats = Array.from({ length: keys.length + 1 }, () => Array.from({ length: keys.length + 1 }, empty));
  for (const r of rows)
    stats[index.get(r.a)!]![index.get(r.b)!] = { n: r.n, sx: r.sx, sy: r.sy, sxx: r.sxx, syy: r.syy, sxy: r.sxy };
  const result = driverAnalysis({ keys, stats, n: stats[keys.length]![keys.length]!.n });
  const info = await repo.touchpointInfo(db, actor.orgId, keys);
  return {
    method: 'relative_weights' as const,
    outcome:
      "each customer's latest NPS answer of a local month in a response not tied to a touchpoint, against their touchpoint scores that month (the period read as whole months)",
    ...result,
    items: result.items.map((i) => ({
      ...i,
      label: info.get(i.key)?.name ?? null,
      kind: info.get(i.key)?.kind ?? null,
    })),
  };
}

/**
 * A staff member's own figures, trend and the latest comments about them. Staff may ask only for
 * themselves; a manager for the staff who share one of their locations (their team) and themselves;
 * an owner for anyone. The figures are all of that person's responses, wherever they served
 * (the staff daily rollups), so a manager sees the same numbers the staff member sees.
 */
export async function staffView(
  db: Db,
  actor: Actor,
  id: string,
  q: { from?: string; to?: string; interval: 'day' | 'week' | 'month'; k: number },
) {
  const member = await staffRepo.staffMember(db, actor.orgId, id);
  if (!member) throw notFound('Staff member');
  if (actor.role === 'staff' && actor.staffId !== id) throw forbidden('Staff see only their own scores');
  const scope = locationScope(actor);
  if (actor.role === 'manager' && scope && actor.staffId !== id && !member.locationIds.some((l) => scope.includes(l)))
    throw forbidden('This staff member is not in your team');
  const tz = await orgTimeZone(db, actor.orgId);
  const range = localRange(q, tz);
  const cons: repo.Constraint[] = [{ dim: 'staff', keys: [id] }];
  const current = await repo.counts(db, actor.orgId, cons, range, { kind: 'none' });
  let previous = null;
  if (range.from && range.to) {
    const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000);
    previous = figuresOf(
      (
        await repo.counts(
          db,
          actor.orgId,
          cons,
          { from: shiftDays(range.from, -days), to: range.from },
          { kind: 'none' },
        )
      ).rows[0],
      q.k,
    );
  }
  const trend = await repo.counts(db, actor.orgId, cons, range, { kind: 'period', interval: q.interval });
  return {
    staff: { id: member.id, name: member.name, role: member.role },
    period: range,
    summary: figuresOf(current.rows[0], q.k),
    previous,
    trend: trend.rows.map((r) => {
      const f = figuresOf(r, q.k);
      return { period: r.group!, nps: f.nps, csat: f.csat, responses: f.responses };
    }),
    comments: await staffRepo.recentComments(db, actor.orgId, id, range),
  };
}
