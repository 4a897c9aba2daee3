import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { newId } from '../../platform/db/ids.ts';
import { responses } from './responses.schema.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let surveyId: string;
let north: string;
let petar: string;

const survey = {
  name: 'После визита',
  languages: ['en', 'ru'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend us?', ru: 'Порекомендуете нас?' }, required: true },
    {
      id: 'wrong',
      type: 'multi',
      text: { en: 'What went wrong?', ru: 'Что не так?' },
      options: [
        { id: 'wait', text: { en: 'Wait', ru: 'Ожидание' } },
        { id: 'price', text: { en: 'Price', ru: 'Цена' } },
      ],
    },
    { id: 'who', type: 'staff', text: { en: 'Who served you?', ru: 'Кто вас обслуживал?' } },
    { id: 'why', type: 'text', text: { en: 'Why?', ru: 'Почему?' } },
  ],
};

/** Splits our CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg();
  await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia', defaultLanguage: 'ru' });
  north = (await org.as.post('/api/v1/locations', { name: 'Север' })).json().id;
  petar = (
    await org.as.post('/api/v1/staff', {
      name: 'Пётр',
      email: 'petar@x.example',
      role: 'staff',
      locationIds: [north],
      sendInvite: false,
    })
  ).json().id;
  surveyId = (await org.as.post('/api/v1/surveys', survey)).json().id;
  const post = (body: object) => org.as.post('/api/v1/responses', { surveyId, locationId: north, ...body });
  expect(
    (
      await post({
        customer: { name: 'Ольга' },
        language: 'ru',
        answers: {
          nps: 3,
          wrong: ['wait', 'price'],
          who: petar,
          why: 'Долго ждали, "очень" долго\nи никто не извинился',
        },
        submittedAt: '2026-01-15T10:00:00Z',
      })
    ).statusCode,
  ).toBe(201);
  expect(
    (
      await post({
        customer: { name: '@SUM(A1)' },
        answers: { nps: 10, why: '=1+1' },
        submittedAt: '2026-07-01T21:30:00Z',
      })
    ).statusCode,
  ).toBe(201);
  // 1,500 more, straight into the table: the export must page through all of them.
  const other = (await org.as.post('/api/v1/surveys', { ...survey, name: 'Other' })).json().id;
  const base = Date.parse('2025-01-01T00:00:00Z');
  await t.db.insert(responses).values(
    Array.from({ length: 1500 }, (_, i) => ({
      id: newId(),
      orgId: org.orgId,
      surveyId: other,
      channel: 'import' as const,
      language: 'en',
      status: 'complete' as const,
      answers: { nps: i % 11 },
      nps: i % 11,
      submittedAt: new Date(base + i * 60_000),
    })),
  );
});
afterAll(() => t.close());

describe('responses export', () => {
  it('streams CSV with a BOM, one column per question, local times and neutralised formulas', async () => {
    await t.runTextLabelling();
    const res = await org.as.get(`/api/v1/responses/export?format=csv&surveyId=${surveyId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="responses-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = res.rawPayload.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(head).toEqual([
      'id',
      'submittedAt (Europe/Sofia)',
      'customer',
      'location',
      'touchpoint',
      'staff',
      'language',
      'channel',
      'status',
      'Порекомендуете нас?',
      'Что не так?',
      'Кто вас обслуживал?',
      'Почему?',
      'sentiment',
      'emotion (from comment)',
      'topics',
      'tags',
    ]);
    expect(rows).toHaveLength(2);
    const [summer, winter] = rows;
    expect(summer).toEqual([
      expect.any(String),
      '2026-07-02 00:30:00',
      "'@SUM(A1)",
      'Север',
      '',
      '',
      'en',
      'api',
      'complete',
      '10',
      '',
      '',
      "'=1+1",
      ...summer!.slice(13, 16),
      '',
    ]);
    expect(winter).toEqual([
      expect.any(String),
      '2026-01-15 12:00:00',
      'Ольга',
      'Север',
      '',
      'Пётр',
      'ru',
      'api',
      'complete',
      '3',
      'Ожидание; Цена',
      'Пётр',
      'Долго ждали, "очень" долго\nи никто не извинился',
      'negative',
      ...winter!.slice(14, 16),
      '',
    ]);
    expect(winter![15]).toMatch(/wait/);
  });

  it('exports every matching row, not one page, with the scores when no survey is chosen', async () => {
    const all = await org.as.get('/api/v1/responses/export?delimiter=semicolon');
    const [head, ...rows] = parseCsv(all.rawPayload.toString('utf8').slice(1), ';');
    expect(head).toContain('survey');
    expect(head!.slice(-9)).toEqual([
      'nps',
      'csat',
      'ces',
      'emotion',
      'comment',
      'sentiment',
      'emotion (from comment)',
      'topics',
      'tags',
    ]);
    expect(rows).toHaveLength(1502);
    expect(new Set(rows.map((r) => r[0])).size).toBe(1502);
    const detractors = parseCsv(
      (await org.as.get('/api/v1/responses/export?band=detractor')).rawPayload.toString('utf8').slice(1),
    );
    const npsAt = detractors[0]!.indexOf('nps');
    expect(detractors.slice(1).every((r) => Number(r[npsAt]) <= 6)).toBe(true);
    expect(detractors.length - 1).toBe(1 + Array.from({ length: 1500 }, (_, i) => i % 11).filter((n) => n <= 6).length);
  });

  it('keeps a staff member to their own rows', async () => {
    const own = t.as(await t.keyFor(org.orgId, 'staff', petar));
    const rows = parseCsv((await own.get('/api/v1/responses/export')).rawPayload.toString('utf8').slice(1));
    expect(rows.slice(1).map((r) => r[6])).toEqual(['Пётр']);
  });

  it('writes an XLSX that reads back with Cyrillic text, a date cell and formulas kept as text', async () => {
    const res = await org.as.get(`/api/v1/responses/export?format=xlsx&surveyId=${surveyId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Responses')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(10).value).toBe('Порекомендуете нас?');
    const summer = sheet.getRow(2);
    expect(summer.getCell(3).value).toBe("'@SUM(A1)");
    expect(summer.getCell(13).value).toBe("'=1+1");
    expect(summer.getCell(13).formula).toBeUndefined();
    expect(summer.getCell(10).value).toBe(10);
    const winter = sheet.getRow(3);
    expect(winter.getCell(13).value).toBe('Долго ждали, "очень" долго\nи никто не извинился');
    expect(winter.getCell(2).value).toEqual(new Date('2026-01-15T12:00:00Z'));
    expect(winter.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  });

  it('is not taken for /responses/:id and refuses a bad format', async () => {
    expect((await org.as.get('/api/v1/responses/export?format=pdf')).json().error.fields).toHaveProperty('format');
    expect((await org.as.get('/api/v1/responses/export?limit=1')).statusCode).toBe(200);
  });
});
