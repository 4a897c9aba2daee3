import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { qrSvg } from './qr.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let survey: { id: string; slug: string };
let location: string;
let touchpoint: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Salon Krasota');
  location = (await org.as.post('/api/v1/locations', { name: 'Centre' })).json().id;
  touchpoint = (await org.as.post('/api/v1/touchpoints', { name: 'Haircut', kind: 'service', stage: 'service' })).json()
    .id;
  survey = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['ru', 'en'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?', ru: 'Порекомендуете?' }, required: true }],
    })
  ).json();
});
afterAll(() => t.close());

describe('QR codes', () => {
  it('draws the public link with location, touchpoint and channel as SVG', async () => {
    const res = await org.as.get(`/api/v1/surveys/${survey.id}/qr?locationId=${location}&touchpointId=${touchpoint}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const link = `http://localhost:80/s/p/${survey.slug}?l=${location}&t=${touchpoint}&c=qr`; // inject's Host
    expect(res.headers['x-survey-link']).toBe(link);
    expect(res.body.startsWith('<svg')).toBe(true);
    expect(res.body).toBe(await qrSvg(link));
  });

  it('draws it as PNG', async () => {
    const res = await org.as.get(`/api/v1/surveys/${survey.id}/qr?format=png`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect(res.headers['x-survey-link']).toMatch(new RegExp(`/s/p/${survey.slug}\\?c=qr$`));
  });

  it("refuses a location of another organisation, another organisation's survey and an unknown format", async () => {
    const other = await t.newOrg();
    const theirs = (await other.as.post('/api/v1/locations', { name: 'Theirs' })).json().id;
    expect((await org.as.get(`/api/v1/surveys/${survey.id}/qr?locationId=${theirs}`)).statusCode).toBe(400);
    expect((await other.as.get(`/api/v1/surveys/${survey.id}/qr`)).statusCode).toBe(404);
    expect((await org.as.get(`/api/v1/surveys/${survey.id}/qr?format=gif`)).statusCode).toBe(400);
  });

  it('prints a poster with the business, the place, a call to action in the survey languages and the link', async () => {
    const res = await org.as.get(`/api/v1/surveys/${survey.id}/qr/print?locationId=${location}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Salon Krasota');
    expect(res.body).toContain('Centre');
    expect(res.body).toContain('Как мы справились?');
    expect(res.body).toContain('How did we do?');
    expect(res.body).toContain(`/s/p/${survey.slug}?l=${location}&amp;c=qr`);
    expect(res.body).toContain('<svg');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'sha256-/);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('website widget', () => {
  it('is served publicly at /s/widget.js, cacheable, with an ETag', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/s/widget.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toContain('data-survey');
    const again = await t.app.inject({
      method: 'GET',
      url: '/s/widget.js',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('opens a public link that the respondent page serves framed for the widget channel', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/s/p/${survey.slug}?c=widget&lang=ru` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain('frame-ancestors *');
  });
});
