import type pg from 'pg';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { stableEventId, type Emit } from '../../platform/events.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { newId } from '../../platform/db/ids.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { needsRecovery, RECOVERY_DUE_HOURS } from './recovery.ts';

type Row = {
  id: string;
  org_id: string;
  platform: string;
  rating: number | null;
  sentiment: string | null;
  location_id: string | null;
  customer_id: string | null;
  due_hours: number | null;
  language: string;
};

const PLATFORM_NAMES: Record<string, string> = {
  google: 'Google',
  yandex_maps: 'Yandex Maps',
  '2gis': '2GIS',
  facebook: 'Facebook',
  tripadvisor: 'Tripadvisor',
  other: 'web',
};

/**
 * Opens one recovery case for each bad review not yet looked at. The review is taken FOR UPDATE
 * SKIP LOCKED, the unique key `review_recoveries (org_id, review_id)` is claimed with ON CONFLICT
 * DO NOTHING, and the case, the claim and the review's mark commit together: a retry, a second
 * process or a restart after a crash finds either nothing to do or the whole thing undone.
 */
export async function openRecoveryCases(deps: { pool: pg.Pool; emit?: Emit }, batch = 100): Promise<number> {
  return inTransaction(deps.pool, async ({ client }) => {
    const { rows } = await client.query<Row>(
      `select r.id, r.org_id, r.platform, r.rating, r.sentiment, r.location_id, r.customer_id,
              s.recovery_due_hours as due_hours, o.default_language as language
         from reviews r join orgs o on o.id = r.org_id
         left join review_settings s on s.org_id = r.org_id
        where r.recovery_checked_at is null
        order by r.created_at limit $1 for update of r skip locked`,
      [batch],
    );
    for (const r of rows) {
      if (!needsRecovery(r)) continue;
      const claim = await client.query(
        `insert into review_recoveries (org_id, review_id) values ($1, $2) on conflict do nothing returning review_id`,
        [r.org_id, r.id],
      );
      if (!claim.rowCount) continue;
      const platform = PLATFORM_NAMES[r.platform] ?? r.platform;
      const title =
        r.rating !== null
          ? translate(r.language, 'review.case.title', { rating: `${r.rating}★`, platform })
          : translate(r.language, 'review.case.titleNoRating', { platform });
      const dueHours = r.due_hours ?? RECOVERY_DUE_HOURS;
      const caseId = newId();
      const { rows: opened } = await client.query<{ id: string; number: number; due_at: Date }>(
        `insert into cases (id, org_id, title, source, priority, customer_id, location_id, opened_at, due_at)
         values ($1, $2, $3, 'review', 'high', $4, $5, now(), now() + make_interval(hours => $6))
         returning id, number, due_at`,
        [caseId, r.org_id, title, r.customer_id, r.location_id, dueHours],
      );
      await client.query(
        `insert into case_events (id, org_id, case_id, type, data) values ($1, $2, $3, 'opened', $4)`,
        [newId(), r.org_id, caseId, JSON.stringify({ reviewId: r.id })],
      );
      await client.query(`update review_recoveries set case_id = $3 where org_id = $1 and review_id = $2`, [
        r.org_id,
        r.id,
        caseId,
      ]);
      await client.query(`update reviews set case_id = $3 where org_id = $1 and id = $2`, [r.org_id, r.id, caseId]);
      await deps.emit?.(
        {
          orgId: r.org_id,
          type: 'case.opened',
          id: stableEventId('case.opened', caseId),
          payload: {
            id: caseId,
            number: opened[0]!.number,
            title,
            source: 'review',
            reviewId: r.id,
            dueAt: opened[0]!.due_at,
          },
        },
        { db: { executeSql: (text, values) => client.query(text, values) } },
      );
    }
    if (rows.length)
      await client.query(`update reviews set recovery_checked_at = now() where id = any($1::uuid[])`, [
        rows.map((r) => r.id),
      ]);
    return rows.length;
  });
}

export const startRecoveryEngine = (
  deps: { pool: pg.Pool; emit?: Emit },
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Sweeper =>
  startSweeper(async (stopped) => {
    while ((await openRecoveryCases(deps)) === 100 && !stopped());
  }, opts);
