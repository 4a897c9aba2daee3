import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { WindowLimiter } from '../../platform/auth/rate-limit.ts';
import type { Db } from '../../platform/db/database.ts';
import { publicLinkForAnswer } from './link-cache.ts';

/**
 * How many form posts the respondent page takes per 10 minutes: from one address through one
 * public link (a 10-question survey answered a few times from a shared till), and through one
 * link in all. A survey can set its own (settings.publicLimits). Checked before the body is read
 * or the database asked (the link's settings come from a few-second cache), so a flood costs little
 * and the API is never starved of connections.
 */
export const PUBLIC_WINDOW_MS = 10 * 60_000;
export const DEFAULT_PER_ADDRESS = 60;
export const DEFAULT_PER_LINK = 3_000;

export class TooManyAnswers extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterMs: number) {
    super('Too many answers');
  }
}

type Params = { slug?: string; token?: string };
const NO_IDS = { locationId: null, touchpointId: null, staffId: null };

export async function publicFormLimits(app: FastifyInstance, db: Db) {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => new TooManyAnswers(ctx.ttl),
  });
  const limitsOf = async (req: FastifyRequest) => {
    const slug = (req.params as Params).slug;
    const found = slug && slug.length <= 100 ? await publicLinkForAnswer(db, slug, NO_IDS) : undefined;
    return found?.survey.settings?.publicLimits ?? {};
  };
  const link = (req: FastifyRequest) => {
    const p = req.params as Params;
    return p.slug ? `p ${p.slug}` : `t ${p.token}`;
  };
  // The plugin runs one limit per request, so the link's own total is counted here, after it:
  // this post counts, and the one past the limit is refused.
  const perLink = new WindowLimiter(DEFAULT_PER_LINK + 1, PUBLIC_WINDOW_MS);
  const linkLimit = async (req: FastifyRequest) => {
    const key = link(req);
    perLink.add(key);
    const wait = perLink.retryAfter(key, ((await limitsOf(req)).perLink ?? DEFAULT_PER_LINK) + 1);
    if (wait > 0) throw new TooManyAnswers(wait);
  };
  return [
    app.rateLimit({
      timeWindow: PUBLIC_WINDOW_MS,
      max: async (req) => (await limitsOf(req)).perAddress ?? DEFAULT_PER_ADDRESS,
      keyGenerator: (req) => `${link(req)} ${req.ip}`,
    }),
    linkLimit,
  ];
}
