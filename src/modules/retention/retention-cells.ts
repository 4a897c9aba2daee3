/**
 * Window atoms of the retention summary (retention-cells.schema.ts). For a window [F, T) of local
 * days, a customer's purchases inside it are one consecutive run of their purchase sequence, so
 * counting atoms whose days lie inside the window gives per-customer facts by inclusion–exclusion:
 *
 *   kind  atom (one per …)                              (x, y)                      window sum reads
 *   p     purchase day (n purchases, revenue)           (day, day)                  purchases, revenue
 *   d     purchase day of a customer (n = 1)            (day, day)                  days with a purchase
 *   dd    two consecutive purchase days of a customer    (earlier, later)            −1 per customer with ≥ 1 day → customers = d − dd
 *   pp    two consecutive purchases                      (day of 1st, day of 2nd)    repeaters = pp − ppp
 *   ppp   three consecutive purchases                    (day of 1st, day of 3rd)      (a run of k purchases: (k − 1) − (k − 2) = 1 when k ≥ 2)
 *   f     the customer's first purchase day              (day, day)                  new customers (first purchase inside the window)
 *   fr    a purchase day's revenue, at the first day     (first day, day)            new customers' revenue
 *
 * An atom is inside [F, T) when F ≤ x and y < T. One-day kinds (x = y) are summed over x. For the
 * two-day kinds the sweeper also keeps their margins (kind<x at (x, x), kind<y at (y, y)), since
 *   Σ{F ≤ x, y < T} = Σ{y < T} − Σ{x < F} + Σ{x < F, y ≥ T},
 * and the last term is empty for a window that ends after today (the usual "last N days"): such a
 * window reads only one-day cells. A window that ends in the past reads its two-day cells directly.
 */
export const TWO_DAY_KINDS = ['dd', 'pp', 'ppp', 'fr'] as const;

/**
 * SQL CTEs (to follow `seqs(org_id, customer_id, sign, days, counts, revenue)`: customers' purchase
 * days as arrays, sign +1 for the new state and −1 for the stored old one) ending in
 * `cell_delta(org_id, kind, x, y, n, revenue)`: the cells' change.
 */
export const ATOM_CTES = `
  seq_days as (
    select s.org_id, s.customer_id, s.sign, u.d, u.c, u.r, u.i
      from seqs s cross join lateral unnest(s.days, s.counts, s.revenue) with ordinality as u(d, c, r, i)
  ), seq_purchases as (
    select org_id, customer_id, sign, d, lag(d) over w as prev, lead(d) over w as next
      from seq_days cross join lateral generate_series(1, c) k
    window w as (partition by org_id, customer_id, sign order by d, k)
  ), atoms as (
    select org_id, sign, 'p' as kind, d as x, d as y, c::bigint as n, r as revenue from seq_days
    union all select org_id, sign, 'd', d, d, 1, 0 from seq_days
    union all select org_id, sign, 'f', d, d, 1, 0 from seq_days where i = 1
    union all select a.org_id, a.sign, 'dd', a.d, b.d, 1, 0 from seq_days a join seq_days b on b.org_id = a.org_id and b.customer_id = a.customer_id and b.sign = a.sign and b.i = a.i + 1
    union all select u.org_id, u.sign, 'fr', f.d, u.d, 0, u.r from seq_days u join seq_days f on f.org_id = u.org_id and f.customer_id = u.customer_id and f.sign = u.sign and f.i = 1
    union all select org_id, sign, 'pp', d, next, 1, 0 from seq_purchases where next is not null
    union all select org_id, sign, 'ppp', prev, next, 1, 0 from seq_purchases where prev is not null and next is not null
  ), with_margins as (
    select org_id, sign, kind, x, y, n, revenue from atoms
    union all select org_id, sign, kind || '<x', x, x, n, revenue from atoms where kind in ('dd', 'pp', 'ppp', 'fr')
    union all select org_id, sign, kind || '<y', y, y, n, revenue from atoms where kind in ('dd', 'pp', 'ppp', 'fr')
  ), cell_delta as (
    select org_id, kind, x, y, sum(sign * n)::bigint as n, sum(sign * revenue) as revenue
      from with_margins group by 1, 2, 3, 4
    having sum(sign * n) <> 0 or sum(sign * revenue) <> 0
  )`;
