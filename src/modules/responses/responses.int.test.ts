import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { SURVEY_TEMPLATES } from '../surveys/templates.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let surveyId: string;
let north: string;
let petar: string;

const survey = {
  name: 'After the visit',
  languages: ['en', 'ru'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend us?', ru: 'Порекомендуете нас?' }, required: true },
    {
      id: 'wrong',
      type: 'single',
      text: { en: 'What went wrong?', ru: 'Что не так?' },
      options: [
        { id: 'wait', text: { en: 'Wait', ru: 'Ожидание' } },
        { id: 'price', text: { en: 'Price', ru: 'Цена' } },
      ],
      showIf: { question: 'nps', max: 6 },
    },
    { id: 'who', type: 'staff', text: { en: 'Who served you?', ru: 'Кто вас обслуживал?' } },
    { id: 'why', type: 'text', text: { en: 'Why?', ru: 'Почему?' }, maxLength: 500 },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg();
  north = (await org.as.post('/api/v1/locations', { name: 'North' })).json().id;
  petar = (
    await org.as.post('/api/v1/staff', {
      name: 'Petar',
      email: 'petar@x.example',
      role: 'staff',
      locationIds: [north],
      sendInvite: false,
    })
  ).json().id;
  const res = await org.as.post('/api/v1/surveys', survey);
  expect(res.statusCode).toBe(201);
  surveyId = res.json().id;
});
afterAll(() => t.close());

describe('surveys', () => {
  it('answers with the id and a public link, and exports JSON another organisation imports', async () => {
    const got = (await org.as.get(`/api/v1/surveys/${surveyId}`)).json();
    expect(got.publicUrl).toMatch(/^http:\/\/localhost(:\d+)?\/s\/p\/[\w-]{12}$/);
    const exported = (await org.as.get(`/api/v1/surveys/${surveyId}/export`)).json();
    const other = await t.newOrg();
    const imported = await other.as.post('/api/v1/surveys', exported);
    expect(imported.statusCode).toBe(201);
    expect(imported.json().questions).toEqual(got.questions);
    expect(imported.json().slug).not.toBe(got.slug);
  });

  it('refuses an invalid definition with field errors', async () => {
    const res = await org.as.post('/api/v1/surveys', {
      ...survey,
      languages: ['en', 'bg'],
      questions: [...survey.questions, { id: 'nps', type: 'csat', text: { en: 'x' } }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({
      'questions.0.text': 'Missing translation: bg',
      'questions.4.id': 'Duplicate question id "nps"',
    });
  });

  it('bumps the version when the questions change', async () => {
    const before = (await org.as.get(`/api/v1/surveys/${surveyId}`)).json().version;
    await org.as.patch(`/api/v1/surveys/${surveyId}`, { name: 'Renamed' });
    expect((await org.as.get(`/api/v1/surveys/${surveyId}`)).json().version).toBe(before);
    await org.as.patch(`/api/v1/surveys/${surveyId}`, { questions: survey.questions.slice(0, 3) });
    expect((await org.as.get(`/api/v1/surveys/${surveyId}`)).json().version).toBe(before + 1);
    await org.as.patch(`/api/v1/surveys/${surveyId}`, { questions: survey.questions, name: survey.name });
  });

  it('offers templates that are valid surveys in three languages', async () => {
    const res = await org.as.get('/api/v1/survey-templates');
    expect(res.json().items.map((i: { key: string }) => i.key)).toEqual(SURVEY_TEMPLATES.map((s) => s.key));
    for (const tpl of SURVEY_TEMPLATES)
      expect((await org.as.post('/api/v1/surveys', tpl.definition)).statusCode, tpl.key).toBe(201);
  });
});

describe('responses through the API', () => {
  it('stores a response with its scores denormalised and returns it', async () => {
    const res = await org.as.post('/api/v1/responses', {
      surveyId,
      customer: { name: 'Olga', email: 'olga@x.example', language: 'ru' },
      locationId: north,
      language: 'ru',
      answers: { nps: 4, wrong: 'wait', who: petar, why: '<script>alert(1)</script> долго ждали' },
      submittedAt: '2026-04-01T09:00:00Z',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      nps: 4,
      staffId: petar,
      status: 'complete',
      channel: 'api',
      comment: '<script>alert(1)</script> долго ждали',
      submittedAt: '2026-04-01T09:00:00.000Z',
    });
    const again = await org.as.post('/api/v1/responses', {
      surveyId,
      customer: { email: 'OLGA@x.example' },
      answers: { nps: 10 },
    });
    expect(again.json().customerId).toBe(res.json().customerId);
  });

  it('answers bad input with field errors and stores nothing', async () => {
    const before = (await org.as.get('/api/v1/responses?limit=500')).json().items.length;
    const cases = [
      [{ surveyId, answers: { nps: 11 } }, 'answers.nps'],
      [{ surveyId, answers: { nps: 9, colour: 'red' } }, 'answers.colour'],
      [{ surveyId, answers: { why: 'no score' } }, 'answers.nps'],
      [{ surveyId, answers: { nps: 9, why: 'x'.repeat(501) } }, 'answers.why'],
      [{ surveyId, answers: { nps: 9 }, language: 'de' }, 'language'],
      [{ surveyId: '01a20789-da1b-7c72-8a37-b5822287698e', answers: { nps: 9 } }, 'surveyId'],
      [{ surveyId, answers: { nps: 9 }, staffId: '01a20789-da1b-7c72-8a37-b5822287698e' }, 'staffId'],
    ] as const;
    for (const [body, field] of cases) {
      const res = await org.as.post('/api/v1/responses', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/v1/responses',
      headers: { authorization: `Bearer ${org.apiKey}`, 'content-type': 'text/plain' },
      payload: 'nps=3',
    });
    expect(wrongType.statusCode).toBe(415);
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/responses',
      headers: { authorization: `Bearer ${org.apiKey}`, 'content-type': 'application/json' },
      payload: '{"surveyId":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('invalid');
    expect((await org.as.get('/api/v1/responses?limit=500')).json().items.length).toBe(before);
  });

  it('is idempotent by Idempotency-Key and by externalId', async () => {
    const body = { surveyId, answers: { nps: 8 }, externalId: 'till-77' };
    const a = await org.as.post('/api/v1/responses', body);
    const b = await org.as.post('/api/v1/responses', { ...body, answers: { nps: 1 } });
    expect([a.statusCode, b.statusCode]).toEqual([201, 200]);
    expect(b.json()).toMatchObject({ id: a.json().id, nps: 8 });
    const k1 = await org.as.post(
      '/api/v1/responses',
      { surveyId, answers: { nps: 7 } },
      { 'idempotency-key': 'kiosk-1-0001' },
    );
    const k2 = await org.as.post(
      '/api/v1/responses',
      { surveyId, answers: { nps: 7 } },
      { 'idempotency-key': 'kiosk-1-0001' },
    );
    expect(k2.json().id).toBe(k1.json().id);
  });

  it('lists newest first with filters, and keeps tags and notes', async () => {
    const detractors = (await org.as.get(`/api/v1/responses?surveyId=${surveyId}&band=detractor`)).json().items;
    expect(detractors.map((r: { nps: number }) => r.nps)).toEqual([4]);
    expect(detractors[0]).toMatchObject({
      staffName: 'Petar',
      locationName: 'North',
      customerName: 'Olga',
      surveyName: 'After the visit',
    });
    const withComment = (await org.as.get('/api/v1/responses?hasComment=true')).json().items;
    expect(withComment).toHaveLength(1);
    const id = detractors[0].id;
    await org.as.patch(`/api/v1/responses/${id}`, { tags: ['callback', 'callback', 'vip'] });
    const noted = await org.as.post(`/api/v1/responses/${id}/notes`, { body: 'Called her back' });
    expect(noted.statusCode).toBe(201);
    expect(noted.json()).toMatchObject({ tags: ['callback', 'vip'], notes: [{ body: 'Called her back' }] });
    expect((await org.as.get('/api/v1/responses?tag=vip')).json().items.map((r: { id: string }) => r.id)).toEqual([id]);
    const staffView = t.as(await t.keyFor(org.orgId, 'staff', petar));
    expect((await staffView.get('/api/v1/responses')).json().items.map((r: { id: string }) => r.id)).toEqual([id]);
  });
});
