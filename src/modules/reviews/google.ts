import { request } from '../../platform/http/outbound.ts';

/**
 * Google Business Profile reviews (API v4): `GET {base}/v4/{accounts/*\/locations/*}/reviews` and
 * `PUT {base}/v4/{accounts/*\/locations/*\/reviews/*}/reply` with an OAuth bearer token. Requests go
 * only to the configured base URL: a name that would lead anywhere else is refused before sending.
 * The base URL is typed in by an organisation, so every call goes through the outbound-address
 * guard like a webhook: no internal addresses, checked after resolving, no redirects.
 */
export type GoogleConfig = { baseUrl: string; accessToken: string };

export type GoogleReview = {
  reviewId: string;
  name: string;
  reviewer?: { displayName?: string };
  starRating?: 'STAR_RATING_UNSPECIFIED' | 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE';
  comment?: string;
  createTime: string;
  updateTime?: string;
  reviewReply?: { comment: string; updateTime: string };
};

const STARS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };
export const starsOf = (r: GoogleReview): number | null => (r.starRating ? (STARS[r.starRating] ?? null) : null);

const NAME = /^accounts\/[A-Za-z0-9_-]+\/locations\/[A-Za-z0-9_-]+(\/reviews\/[A-Za-z0-9_-]+)?$/;

export class GoogleApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GoogleApiError';
  }
}

/** The URL of `path` under the base; throws when the result would leave the base (another host, `..`). */
export function urlUnder(baseUrl: string, path: string, query?: Record<string, string>): URL {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const url = new URL(path.replace(/^\/+/, ''), base);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname))
    throw new Error(`Refusing to call ${url.origin}: only ${base.origin}${base.pathname} is configured`);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
  return url;
}

async function call(
  cfg: GoogleConfig,
  method: 'GET' | 'PUT',
  path: string,
  body?: unknown,
  query?: Record<string, string>,
) {
  const url = urlUnder(cfg.baseUrl, path, query);
  const res = await request(url, {
    method,
    headers: { authorization: `Bearer ${cfg.accessToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    timeoutMs: 15_000,
    maxBytes: 10_000_000,
  });
  const text = res.body;
  if (res.status < 200 || res.status > 299)
    throw new GoogleApiError(res.status, `Google answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as unknown) : {};
}

/** Every review of a location, following nextPageToken. */
export async function listGoogleReviews(cfg: GoogleConfig, locationName: string): Promise<GoogleReview[]> {
  if (!NAME.test(locationName)) throw new Error('Not a Business Profile location name');
  const out: GoogleReview[] = [];
  let pageToken: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = (await call(cfg, 'GET', `v4/${locationName}/reviews`, undefined, {
      pageSize: '50',
      ...(pageToken ? { pageToken } : {}),
    })) as { reviews?: GoogleReview[]; nextPageToken?: string };
    out.push(...(page.reviews ?? []));
    pageToken = page.nextPageToken;
    if (!pageToken) break;
  }
  return out;
}

export async function updateGoogleReply(cfg: GoogleConfig, reviewName: string, comment: string) {
  if (!NAME.test(reviewName) || !reviewName.includes('/reviews/'))
    throw new Error('Not a Business Profile review name');
  return (await call(cfg, 'PUT', `v4/${reviewName}/reply`, { comment })) as { comment: string; updateTime: string };
}
