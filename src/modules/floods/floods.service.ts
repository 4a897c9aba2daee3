import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import * as repo from './floods.repo.ts';

/** Five new responses from one address to one survey within ten minutes is a suspected flood. */
export const FLOOD_WINDOW_MINUTES = 10;
export const FLOOD_MIN_RESPONSES = 5;

/** The address is kept only as a hash keyed by the organisation: enough to group, not to read back. */
const sourceOf = (orgId: string, client: string) => createHash('sha256').update(`${orgId}\n${client}`).digest('hex');

export const recordSource = (
  pool: Pick<pg.Pool, 'query'>,
  r: { orgId: string; surveyId: string; responseId: string; client: string },
) =>
  repo.record(pool, {
    ...r,
    source: sourceOf(r.orgId, r.client),
    windowMinutes: FLOOD_WINDOW_MINUTES,
    min: FLOOD_MIN_RESPONSES,
  });

export async function summary(pool: pg.Pool, actor: Actor) {
  const rows = await repo.summary(pool, actor.orgId);
  return { surveys: rows.map((r) => ({ surveyId: r.survey_id, responses: r.responses, openCases: r.open_cases })) };
}

/** One action: the suspected responses leave the figures (deleted, so every figure is a count of what remains) and their open cases close. */
export const exclude = (pool: pg.Pool, actor: Actor, surveyId: string | undefined) =>
  inTransaction(pool, ({ client }) => repo.exclude(client, actor.orgId, surveyId ?? null, actor.staffId));
