import { sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type pg from 'pg';
import { pageLanguage, type Page } from '../insights/index.ts';
import { answerPage, invalidPage, thanksPage } from './answer-page.ts';
import * as repo from './pulse.repo.ts';

export type AnswerInput = { token: string; lang?: string; body?: Record<string, unknown> };
const replyKeyOf = (token: string) => sha256(`reply:${token}`);

export async function show(db: Db, input: AnswerInput): Promise<Page> {
  const path = `/e/${input.token}`;
  if (input.token.length > 200) return invalidPage(pageLanguage(input.lang), path);
  const info = await repo.tokenInfo(db, sha256(input.token));
  if (info)
    return answerPage({
      lang: pageLanguage(input.lang, info.language),
      path,
      business: info.org_name,
      threshold: info.threshold,
      items: info.items,
    });
  // A spent link shows the thanks and any reply to the comment it carried.
  const answered = await repo.byReplyKey(db, replyKeyOf(input.token));
  if (!answered) return invalidPage(pageLanguage(input.lang), path);
  const replies = await repo.replies(db, answered.org_id, [answered.id]);
  return thanksPage(pageLanguage(input.lang, answered.language), path, answered.org_name, answered.comment, replies);
}

const int = (v: unknown, lo: number, hi: number): number | null => {
  const n = typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : NaN;
  return n >= lo && n <= hi ? n : null;
};

export async function answer(db: Db, pool: pg.Pool, input: AnswerInput): Promise<Page> {
  const path = `/e/${input.token}`;
  if (input.token.length > 200) return invalidPage(pageLanguage(input.lang), path);
  const hash = sha256(input.token);
  const info = await repo.tokenInfo(db, hash);
  if (!info) return show(db, input);
  const b = input.body ?? {};
  const score = int(b.score, 0, 10);
  if (score === null)
    return answerPage({
      lang: pageLanguage(input.lang, info.language),
      path,
      business: info.org_name,
      threshold: info.threshold,
      items: info.items,
      error: true,
    });
  const items: Record<string, number> = {};
  for (const item of info.items) {
    const v = int(b[`item_${item.id}`], 1, 5);
    if (v !== null) items[item.id] = v;
  }
  const comment = typeof b.comment === 'string' && b.comment.trim() ? b.comment.trim().slice(0, 2000) : null;
  await inTransaction(pool, async (tx) => {
    const spent = await repo.consumeToken(tx.db, hash);
    // Two submits racing: the second finds the token gone and just sees the thanks page.
    if (!spent) return;
    await repo.insertResponse(tx.db, {
      orgId: spent.org_id,
      runId: spent.run_id,
      locationId: spent.location_id,
      role: spent.role,
      score,
      items,
      comment,
      replyKey: replyKeyOf(input.token),
    });
  });
  // Only a known language goes back into the Location header: the query is the visitor's to type.
  return { redirect: `${path}${input.lang ? `?lang=${pageLanguage(input.lang, info.language)}` : ''}` };
}
