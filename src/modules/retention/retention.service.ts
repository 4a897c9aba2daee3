import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { nps } from '../../shared/metrics.ts';
import { cached } from '../../platform/cache.ts';
import { orgTimeZone } from '../orgs/index.ts';
import { addMonths, cohortTable, localMonth, rate, SEGMENTS, type Segment } from './retention.math.ts';
import type { RfmGroupRow } from './retention-raw.ts';
import * as repo from './retention.repo.ts';

/*
 * Retention economics are organisation-wide (customers buy across locations): owners and managers
 * (permission analytics:read) see the whole organisation's figures. Every figure carries its n.
 * The summary, cohorts and the RFM table read incremental cells; the experience link is cached for
 * a few minutes per organisation and parameters (cache.ts).
 */

const money = (x: number) => Math.round(x * 100) / 100;

export async function summary(db: Db, actor: Actor, q: { from?: string; to?: string }) {
  const range = { from: q.from ?? null, to: q.to ?? null };
  const s = await repo.summary(db, actor.orgId, range); // a few hundred cells (retention-cells.ts), always fresh: no cache
  return {
    period: range,
    repeatRate: rate(s.repeaters, s.customers),
    purchases: s.purchases,
    revenue: money(s.revenue),
    newCustomers: { n: s.newCustomers, revenue: money(s.newRevenue) },
    returningCustomers: { n: s.returningCustomers, revenue: money(s.returningRevenue) },
  };
}

export async function cohorts(
  db: Db,
  actor: Actor,
  q: { groupBy: 'channel' | 'campaign' | 'none'; months: number },
  now = new Date(),
) {
  const tz = await orgTimeZone(db, actor.orgId);
  const currentMonth = localMonth(now, tz);
  const start = addMonths(currentMonth, -(q.months - 1));
  const cells = await repo.cohortCells(db, actor.orgId, start, q.groupBy); // cells (rfm-rollup.ts), always fresh: no cache
  return { by: 'month' as const, groupBy: q.groupBy, currentMonth, items: cohortTable(cells, currentMonth) };
}

/** The sums of one RFM group, without its segment and channel. */
type Acc = Omit<RfmGroupRow, 'segment' | 'channel'>;
const zero = (): Acc => ({ customers: 0, purchases: 0, revenue: 0, npsN: 0, promoters: 0, detractors: 0 });
const add = (a: Acc, r: Acc) => {
  a.customers += r.customers;
  a.purchases += r.purchases;
  a.revenue += r.revenue;
  a.npsN += r.npsN;
  a.promoters += r.promoters;
  a.detractors += r.detractors;
};
const figures = (a: Acc) => ({
  customers: a.customers,
  purchases: a.purchases,
  revenue: money(a.revenue),
  clv: a.customers ? money(a.revenue / a.customers) : null,
  nps: nps({ n: a.npsN, promoters: a.promoters, detractors: a.detractors }),
});

/** RFM segments (see retention.math.ts for the mapping) with revenue, historic CLV and NPS, per segment and per acquisition channel. */
export async function rfm(db: Db, actor: Actor) {
  const rows = await repo.rfmGroups(db, actor.orgId); // a few dozen cells (rfm-rollup.ts), always fresh: no cache
  const bySegment = new Map<Segment, Acc>(SEGMENTS.map((s) => [s, zero()]));
  const byChannel = new Map<string, Acc>();
  const both = new Map<string, Acc>();
  for (const r of rows) {
    const segment = r.segment;
    add(bySegment.get(segment)!, r);
    if (!byChannel.has(r.channel)) byChannel.set(r.channel, zero());
    add(byChannel.get(r.channel)!, r);
    const key = `${segment}\u0000${r.channel}`;
    if (!both.has(key)) both.set(key, zero());
    add(both.get(key)!, r);
  }
  return {
    customers: rows.reduce((a, r) => a + r.customers, 0),
    segments: SEGMENTS.map((segment) => ({ segment, ...figures(bySegment.get(segment)!) })),
    channels: [...byChannel.entries()]
      .sort((a, b) => b[1].revenue - a[1].revenue)
      .map(([channel, a]) => ({ channel: channel || null, ...figures(a) })),
    bySegmentAndChannel: [...both.entries()].map(([key, a]) => {
      const [segment, channel] = key.split('\u0000') as [Segment, string];
      return {
        segment,
        channel: channel || null,
        customers: a.customers,
        revenue: money(a.revenue),
        clv: a.customers ? money(a.revenue / a.customers) : null,
      };
    }),
  };
}

/** Repeat rate of promoters, passives and detractors: customers by their latest NPS band, bought again within `days` after answering. */
export async function experience(db: Db, actor: Actor, q: { from?: string; to?: string; days: number }) {
  // Without an end date one row per answering customer (rfm-rollup.ts, ~0.1 s at 100,000 customers), a closed range scans the responses: cached either way.
  const rows = await cached(`${actor.orgId}|retention.experience|${q.from}|${q.to}|${q.days}`, () =>
    repo.experience(db, actor.orgId, { from: q.from ?? null, to: q.to ?? null }, q.days),
  );
  const items = (['promoter', 'passive', 'detractor'] as const).map((band) => {
    const r = rows.find((x) => x.band === band) ?? { customers: 0, observable: 0, repeated: 0, pending: 0 };
    return { band, customers: r.customers, pending: r.pending, repeatRate: rate(r.repeated, r.observable) };
  });
  const p = items[0]!.repeatRate.value;
  const d = items[2]!.repeatRate.value;
  return { days: q.days, items, gap: p !== null && d !== null ? Math.round((p - d) * 10) / 10 : null };
}
