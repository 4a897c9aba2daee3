import { locationScope, type Actor } from '../../server/platform/auth/actor.ts';
import type { Db } from '../../server/platform/db/database.ts';
import { ces, csat, nps, wom } from '../../shared/metrics.ts';
import { toLocal } from '../cases/business-hours.ts';
import type { Metric, MetricFilters } from './analytics.contract.ts';
import * as repo from './analytics.repo.ts';
import type { RollupDim } from './rollup.ts';

const NONE = '00000000-0000-0000-0000-000000000000';

/** Filters and the caller's row limits as per-dimension key sets (a manager: their locations; staff: themselves). */
export function constraintsFor(actor: Actor, f: MetricFilters): repo.Constraint[] {
  const list: repo.Constraint[] = [];
  const add = (dim: RollupDim, keys: string[]) => {
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
  return list;
}

/** `from`/`to` as the organisation's local dates (a date-time counts by the day it falls on there). */
export function localRange(f: MetricFilters, timeZone: string): repo.Range {
  const day = (v: string | undefined) => (v === undefined ? null : v.length === 10 ? v : toLocal(new Date(v), timeZone).date);
  return { from: day(f.from), to: day(f.to) };
}

export function figuresOf(c: repo.Counts | undefined, k: number) {
  const counts = c ?? { responses: 0, n: 0, promoters: 0, detractors: 0, csatN: 0, csatSum: 0, csatTop: 0, cesN: 0, cesSum: 0, cesTop: 0 };
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
  const tz = await repo.orgTimeZone(db, actor.orgId);
  const range = localRange(f, tz);
  const cons = constraintsFor(actor, f);
  const current = await repo.counts(db, actor.orgId, cons, range, { kind: 'none' });
  let previous = null;
  if (range.from && range.to) {
    const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000);
    const prev = await repo.counts(db, actor.orgId, cons, { from: shiftDays(range.from, -days), to: range.from }, { kind: 'none' });
    previous = figuresOf(prev.rows[0], f.k);
  }
  const rate = await repo.responseRate(db, actor.orgId, range, f.surveyId);
  return {
    ...figuresOf(current.rows[0], f.k),
    period: range,
    previous,
    responseRate: { ...rate, value: rate.invited ? Math.round((rate.answered / rate.invited) * 1000) / 10 : null },
    source: current.source,
  };
}

export async function timeseries(db: Db, actor: Actor, f: MetricFilters & { metric: Metric; interval: 'day' | 'week' | 'month' }) {
  const tz = await repo.orgTimeZone(db, actor.orgId);
  const { rows, source } = await repo.counts(db, actor.orgId, constraintsFor(actor, f), localRange(f, tz), { kind: 'period', interval: f.interval });
  return { metric: f.metric, interval: f.interval, items: rows.map((r) => ({ period: r.group!, ...metricOf(r, f.metric, f.k) })), source };
}

export async function breakdown(db: Db, actor: Actor, f: MetricFilters & { metric: Metric; by: RollupDim }) {
  const tz = await repo.orgTimeZone(db, actor.orgId);
  const { rows, source } = await repo.counts(db, actor.orgId, constraintsFor(actor, f), localRange(f, tz), { kind: 'dim', dim: f.by });
  const withKeys = rows.filter((r) => r.group !== null);
  const names = await repo.labels(db, actor.orgId, f.by, withKeys.map((r) => r.group!));
  return {
    metric: f.metric,
    by: f.by,
    items: withKeys.map((r) => ({ key: r.group!, label: names.get(r.group!) ?? (['kind', 'channel', 'language'].includes(f.by) ? r.group : null), ...metricOf(r, f.metric, f.k) })),
    source,
  };
}
