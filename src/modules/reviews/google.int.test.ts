import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { listGoogleReviews, updateGoogleReply, urlUnder } from './google.ts';
import { pollGoogle } from './reviews.service.ts';

/**
 * A local server speaking the Business Profile API v4 reviews endpoints as documented:
 * `GET /v4/accounts/{a}/locations/{l}/reviews` (pageSize, pageToken → reviews, nextPageToken) and
 * `PUT /v4/accounts/{a}/locations/{l}/reviews/{r}/reply` ({comment} → ReviewReply), Bearer auth.
 */
const TOKEN = 'ya29.test-token';
const reviews = [
  {
    reviewId: 'r1',
    name: 'accounts/1/locations/9/reviews/r1',
    reviewer: { displayName: 'Ivan' },
    starRating: 'TWO',
    comment: 'Long wait and a rude answer',
    createTime: '2026-05-01T10:00:00Z',
  },
  {
    reviewId: 'r2',
    name: 'accounts/1/locations/9/reviews/r2',
    reviewer: { displayName: 'Maria' },
    starRating: 'FIVE',
    comment: 'Wonderful',
    createTime: '2026-05-02T10:00:00Z',
    reviewReply: { comment: 'Thank you!', updateTime: '2026-05-02T12:00:00Z' },
  },
];
const replies: { path: string; body: unknown }[] = [];
let server: http.Server;
let base: string;
let t: TestApp;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return void res.writeHead(401).end('{"error":{"code":401}}');
    if (req.method === 'GET' && url.pathname === '/v4/accounts/1/locations/9/reviews') {
      const page = url.searchParams.get('pageToken') === 'p2' ? [reviews[1]] : [reviews[0]];
      const body = {
        reviews: page,
        averageRating: 3.5,
        totalReviewCount: 2,
        ...(page[0] === reviews[0] ? { nextPageToken: 'p2' } : {}),
      };
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
    const reply = /^\/v4\/accounts\/1\/locations\/9\/reviews\/([^/]+)\/reply$/.exec(url.pathname);
    if (req.method === 'PUT' && reply) {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        const body = JSON.parse(data) as { comment: string };
        if (body.comment.includes('http'))
          return void res
            .writeHead(400, { 'content-type': 'application/json' })
            .end('{"error":{"code":400,"message":"Links are not allowed in replies"}}');
        replies.push({ path: url.pathname, body });
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ comment: body.comment, updateTime: new Date().toISOString() }));
      });
      return;
    }
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  await new Promise((r) => server.close(r));
});

describe('Google Business Profile adapter', () => {
  it('lists every page of reviews and posts a reply', async () => {
    const cfg = { baseUrl: base, accessToken: TOKEN };
    const found = await listGoogleReviews(cfg, 'accounts/1/locations/9');
    expect(found.map((r) => r.reviewId)).toEqual(['r1', 'r2']);
    await updateGoogleReply(cfg, 'accounts/1/locations/9/reviews/r1', 'Sorry');
    expect(replies.at(-1)).toEqual({ path: '/v4/accounts/1/locations/9/reviews/r1/reply', body: { comment: 'Sorry' } });
    await expect(listGoogleReviews({ ...cfg, accessToken: 'wrong' }, 'accounts/1/locations/9')).rejects.toThrow(/401/);
  });

  it('never calls outside the configured base URL', async () => {
    expect(urlUnder('http://127.0.0.1:1/api/', '//evil.example/x').href).toBe('http://127.0.0.1:1/api/evil.example/x');
    expect(() => urlUnder('http://127.0.0.1:1/api/', '../other')).toThrow(/Refusing/);
    expect(() => urlUnder('http://127.0.0.1:1/api/', 'https://evil.example/')).toThrow(/Refusing/);
    expect(urlUnder('http://127.0.0.1:1/api', 'v4/x').href).toBe('http://127.0.0.1:1/api/v4/x');
    await expect(listGoogleReviews({ baseUrl: base, accessToken: TOKEN }, '../../evil')).rejects.toThrow(
      /location name/,
    );
  });

  it('goes through the outbound-address guard: internal addresses are refused when saved and at every call', async () => {
    const allowed = process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE;
    delete process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE; // production's rule
    try {
      const served = replies.length;
      // A configured name or address that leads inside is refused before anything is sent.
      await expect(listGoogleReviews({ baseUrl: base, accessToken: TOKEN }, 'accounts/1/locations/9')).rejects.toThrow(
        /Refused/,
      );
      await expect(
        updateGoogleReply(
          { baseUrl: 'http://localhost:1/', accessToken: TOKEN },
          'accounts/1/locations/9/reviews/r1',
          'x',
        ),
      ).rejects.toThrow(/Refused/);
      expect(replies.length).toBe(served);
      const org = await t.newOrg('Google SSRF org');
      for (const url of ['https://169.254.169.254/', 'https://10.0.0.5/', 'https://[::1]/', 'http://127.1/']) {
        const saved = await org.as.call('PUT', '/api/v1/review-settings', { googleBaseUrl: url });
        expect(saved.statusCode, url).toBe(400);
        expect(Object.keys(saved.json().error.fields)).toEqual(['googleBaseUrl']);
      }
    } finally {
      process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = allowed;
    }
  });

  it('syncs a Google source into the inbox, opens a case for the 2-star review, and posts replies through the API', async () => {
    const org = await t.newOrg('Google org');
    const location = (await org.as.post('/api/v1/locations', { name: 'Central' })).json();
    const source = (
      await org.as.post('/api/v1/review-sources', {
        locationId: location.id,
        platform: 'google',
        url: 'https://g.page/r/central/review',
        externalRef: 'accounts/1/locations/9',
      })
    ).json();
    const settings = await org.as.call('PUT', '/api/v1/review-settings', {
      googleBaseUrl: base,
      googleAccessToken: TOKEN,
    });
    expect(settings.json()).toMatchObject({ googleConnected: true });
    expect(JSON.stringify(settings.json())).not.toContain(TOKEN);
    // Stored sealed: a database dump does not give the token away.
    const { rows } = await t.database.pool.query(`select google_access_token from review_settings where org_id = $1`, [
      org.orgId,
    ]);
    expect(rows[0].google_access_token).not.toContain(TOKEN);
    const sync = await org.as.post(`/api/v1/review-sources/${source.id}/sync`);
    expect(sync.json()).toEqual({ created: 2, existing: 0 });
    expect((await org.as.post(`/api/v1/review-sources/${source.id}/sync`)).json()).toEqual({ created: 0, existing: 2 });
    const items = (await org.as.get('/api/v1/reviews')).json().items;
    expect(items.map((r: { rating: number }) => r.rating)).toEqual([5, 2]);
    expect(items[0].replyText).toBe('Thank you!');
    const bad = items[1];
    expect(bad.caseId).toBeTruthy();
    const replied = await org.as.post(`/api/v1/reviews/${bad.id}/reply`, { text: 'We are sorry, Ivan.' });
    expect(replied.statusCode).toBe(200);
    expect(replies.at(-1)).toEqual({
      path: '/v4/accounts/1/locations/9/reviews/r1/reply',
      body: { comment: 'We are sorry, Ivan.' },
    });

    // A reply Google refuses is kept as the review's draft; both attempts are in the reply log with Google's answer.
    const refused = await org.as.post(`/api/v1/reviews/${bad.id}/reply`, { text: 'See http://x.example' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Links are not allowed in replies');
    const after = (await org.as.get('/api/v1/reviews?drafted=true')).json().items;
    expect(
      after.map((r: { id: string; draftText: string; replyText: string }) => [r.id, r.draftText, r.replyText]),
    ).toEqual([[bad.id, 'See http://x.example', 'We are sorry, Ivan.']]);
    const log = (await org.as.get(`/api/v1/reviews/${bad.id}/replies`)).json().items;
    expect(log.map((e: { kind: string; text: string }) => [e.kind, e.text])).toEqual([
      ['failed', 'See http://x.example'],
      ['posted', 'We are sorry, Ivan.'],
    ]);
    expect(log[0].response).toContain('Google answered 400');
    expect(log[1].response).toMatch(/^Google: reply saved at \d{4}-/);
  });

  it('polls each connected Google source on a timer, backs off after failures, and shows the last read', async () => {
    const org = await t.newOrg('Polled org');
    const location = (await org.as.post('/api/v1/locations', { name: 'Polled' })).json();
    const source = (
      await org.as.post('/api/v1/review-sources', {
        locationId: location.id,
        platform: 'google',
        url: 'https://g.page/r/polled/review',
        externalRef: 'accounts/1/locations/9',
      })
    ).json();
    expect(source).toMatchObject({ lastSyncAt: null, lastSyncError: null, nextSyncAt: null });
    const deps = { db: t.db, pool: t.database.pool };
    // Not connected yet: nothing is due.
    await org.as.call('PUT', '/api/v1/review-settings', { googleBaseUrl: base });
    const mine = async () => (await org.as.get(`/api/v1/review-sources/${source.id}`)).json();
    await pollGoogle(deps);
    expect(await mine()).toMatchObject({ lastSyncAt: null, nextSyncAt: null });

    await org.as.call('PUT', '/api/v1/review-settings', { googleAccessToken: TOKEN });
    const t0 = new Date(Date.now() + 1000);
    await pollGoogle(deps, t0);
    expect((await org.as.get(`/api/v1/reviews?sourceId=${source.id}`)).json().items).toHaveLength(2);
    const read = await mine();
    expect(read).toMatchObject({ lastSyncAt: t0.toISOString(), lastSyncError: null });
    expect(Date.parse(read.nextSyncAt) - t0.getTime()).toBe(30 * 60_000);
    // Read again before its time: left alone.
    expect(await pollGoogle(deps, new Date(t0.getTime() + 60_000))).toBe(0);

    // The token stops working: the failure is shown, and the next tries wait 5, then 10 minutes.
    await org.as.call('PUT', '/api/v1/review-settings', { googleAccessToken: 'revoked' });
    const t1 = new Date(t0.getTime() + 31 * 60_000);
    await pollGoogle(deps, t1);
    const failed = await mine();
    expect(failed.lastSyncAt).toBe(t0.toISOString());
    expect(failed.lastSyncError).toMatch(/401/);
    expect(Date.parse(failed.nextSyncAt) - t1.getTime()).toBe(5 * 60_000);
    const t2 = new Date(t1.getTime() + 5 * 60_000);
    await pollGoogle(deps, t2);
    expect(Date.parse((await mine()).nextSyncAt) - t2.getTime()).toBe(10 * 60_000);

    // Fixed: the next due read succeeds and clears the failure.
    await org.as.call('PUT', '/api/v1/review-settings', { googleAccessToken: TOKEN });
    const t3 = new Date(t2.getTime() + 10 * 60_000);
    await pollGoogle(deps, t3);
    expect(await mine()).toMatchObject({ lastSyncAt: t3.toISOString(), lastSyncError: null });
  });
});
