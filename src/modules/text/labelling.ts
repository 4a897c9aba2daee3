import type pg from 'pg';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { label, orgTexts, type Labelled } from './org-text.ts';

export const LABEL_BATCH = 500;
/** A new comment is labelled within about this (plus the analysis, well under a millisecond each). */
export const LABEL_INTERVAL_MS = 300;
/** How long one pass may spend on external classifiers while it holds its rows. */
const EXTERNAL_PASS_MS = 4000;
/** How long the analysis may hold the event loop before it lets requests through. */
const SLICE_MS = 3;

type Row = { id: string; org_id: string; comment: string };

/**
 * Labels comments that have none yet (text_analyzed_at is null): new responses, and past ones a
 * taxonomy change sent back. One transaction per batch: the rows are taken FOR UPDATE SKIP LOCKED
 * and written with their mark, so each comment is labelled once per request whatever the number
 * of workers. Manual labels are never picked: a correction sets text_analyzed_at.
 */
export async function labelComments(pool: pg.Pool, batch = LABEL_BATCH): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<Row>(
      `select id, org_id, comment from responses
        where text_analyzed_at is null and comment is not null
        order by submitted_at limit $1 for update skip locked`,
      [batch],
    );
    if (rows.length) {
      const orgs = await orgTexts(client, [...new Set(rows.map((r) => r.org_id))]);
      const results: (Labelled & { id: string })[] = [];
      // External classifiers are called a few at a time; the built-in one is synchronous. The rows
      // are locked meanwhile, so a slow classifier gets a few seconds per pass: the comments it did
      // not reach stay unlabelled and are taken by the next pass.
      const deadline = Date.now() + EXTERNAL_PASS_MS;
      const queue = [...rows];
      // The built-in analyser runs on the server's event loop: a batch at once would hold every
      // request for tens of milliseconds, so the workers let I/O in every few milliseconds.
      let slice = performance.now();
      const worker = async () => {
        for (let r = queue.shift(); r; r = queue.shift()) {
          const o = orgs.get(r.org_id)!;
          if (o.external && Date.now() > deadline) continue;
          results.push({ id: r.id, ...(await label(o, r.comment)) });
          if (performance.now() - slice > SLICE_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            slice = performance.now();
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      await client.query(
        `update responses r set sentiment = v.sentiment, sentiment_score = v.score, text_emotion = v.emotion, topics = v.topics,
                text_language = v.lang, text_evidence = v.evidence, text_source = v.source, text_analyzed_at = now()
           from jsonb_to_recordset($1::jsonb) as v(id uuid, sentiment text, score real, emotion text, topics text[], lang text, evidence jsonb, source text)
          where r.id = v.id`,
        [
          JSON.stringify(
            results.map((x) => ({
              id: x.id,
              sentiment: x.sentiment,
              score: x.score,
              emotion: x.emotion,
              topics: x.topics,
              lang: x.lang,
              evidence: x.evidence,
              source: x.source,
            })),
          ),
        ],
      );
      await finishRelabelRuns(client, [...orgs.keys()]);
    }
    await client.query('commit');
    return rows.length;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Closes the relabel runs of organisations that have no comment left to label. */
export async function finishRelabelRuns(q: Pick<pg.PoolClient, 'query'>, orgIds: string[]): Promise<void> {
  await q.query(
    `update text_relabel_runs run set finished_at = now()
      where run.finished_at is null and run.org_id = any($1::uuid[])
        and not exists (select 1 from responses r where r.org_id = run.org_id and r.text_analyzed_at is null and r.comment is not null)`,
    [orgIds],
  );
}

/** Labels every `intervalMs` (≤ 500 ms so a new comment has its labels within a second), draining backlogs in full batches. */
export const startTextLabelling = (
  pool: pg.Pool,
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Sweeper =>
  startSweeper(
    async (stopped) => {
      while ((await labelComments(pool)) === LABEL_BATCH && !stopped());
    },
    { intervalMs: LABEL_INTERVAL_MS, ...opts },
  );
