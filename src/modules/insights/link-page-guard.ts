import type { FastifyReply, FastifyRequest } from 'fastify';
import { WindowLimiter } from '../../platform/auth/rate-limit.ts';
import { acceptLanguages, pickLanguage } from '../surveys/index.ts';
import { PAGE_LANGUAGES, type Page } from './page-layout.ts';

/** Posts and votes per link and address in 10 minutes: a family sharing a phone is fine, a script is not. */
export const LINK_POSTS_PER_WINDOW = 30;
export const LINK_VIEWS_PER_WINDOW = 300;
const WINDOW_MS = 10 * 60_000;

type Req = FastifyRequest<{ Params: { token: string }; Querystring: Record<string, string | undefined> }>;

export function sendPage(reply: FastifyReply, out: Page) {
  reply
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff');
  if ('redirect' in out) return reply.code(303).header('location', out.redirect).send();
  return reply
    .code(out.status)
    .header('content-security-policy', out.csp)
    .type('text/html; charset=utf-8')
    .send(out.html);
}

/**
 * A form posted from another site is refused: the token in the path already keeps a forger from
 * building the request, and the browser says where the post came from. Sec-Fetch-Site first: the
 * page's no-referrer policy makes a browser send `Origin: null` even from the page itself.
 */
export function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true;
  }
}

/**
 * The language of a page answered before the link is looked up: the `?lang=` the page's own links and
 * forms carry, then the browser's languages.
 */
export const requestLanguage = (lang: string | undefined, acceptLanguage: string | undefined): string =>
  pickLanguage([...PAGE_LANGUAGES], [lang, ...acceptLanguages(acceptLanguage)]);

/**
 * Route options for the no-JavaScript link pages (`/i/…`, `/c/…`, the pulse's `/e/…`): views and writes counted per link
 * and address, a throttled request answered with `tooMany` before any database work, and a post from
 * another site refused.
 */
export function linkPageGuards(tooMany: (token: string, lang: string) => Page) {
  const limited = (limiter: WindowLimiter) => async (req: Req, reply: FastifyReply) => {
    const key = `${req.params.token} ${req.ip}`;
    const wait = limiter.retryAfter(key);
    if (wait > 0) {
      reply.header('retry-after', String(Math.ceil(wait / 1000)));
      return sendPage(
        reply,
        tooMany(req.params.token, requestLanguage(req.query.lang, req.headers['accept-language'])),
      );
    }
    limiter.add(key);
    if (req.method === 'POST' && crossSite(req)) return reply.code(403).send();
  };
  return {
    view: { schema: { hide: true }, onRequest: limited(new WindowLimiter(LINK_VIEWS_PER_WINDOW, WINDOW_MS)) },
    write: { schema: { hide: true }, onRequest: limited(new WindowLimiter(LINK_POSTS_PER_WINDOW, WINDOW_MS)) },
  };
}
