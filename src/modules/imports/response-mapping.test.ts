import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/survey-definition.ts';
import { readCsv } from './csv-reader.ts';
import { describeError, columnsOf, type Lookup } from './row-mapping.ts';
import {
  mapResponse,
  readAnswer,
  resolveResponse,
  responseFields,
  suggestResponseMapping,
  type ResponseDraft,
  type ResponseLookups,
  type SurveyShape,
} from './response-mapping.ts';

const STAFF = '0190a000-0000-7000-8000-000000000003';
const OTHER_ORG_STAFF = '0190a000-0000-7000-8000-0000000000ff';
const CUST = '0190a000-0000-7000-8000-000000000004';
const staff: Lookup = { ids: new Set([STAFF]), byKey: new Map([['petrova@clinic.bg', STAFF]]) };
const none: Lookup = { ids: new Set(), byKey: new Map() };

const q = (x: Partial<Question> & Pick<Question, 'id' | 'type' | 'text'>): Question => ({ required: false, ...x });
const survey: SurveyShape = {
  languages: ['en', 'ru', 'bg'],
  questions: [
    q({
      id: 'nps',
      type: 'nps',
      required: true,
      text: {
        en: 'How likely are you to recommend us?',
        ru: 'Насколько вероятно, что вы порекомендуете нас?',
        bg: 'Колко вероятно е да ни препоръчате?',
      },
    }),
    q({
      id: 'liked',
      type: 'multi',
      text: { en: 'What did you like?', ru: 'Что вам понравилось?', bg: 'Какво ви хареса?' },
      options: [
        { id: 'speed', text: { en: 'Speed', ru: 'Скорость', bg: 'Бързина' } },
        { id: 'staff', text: { en: 'Friendly, helpful staff', ru: 'Персонал', bg: 'Персонал' } },
        { id: 'price', text: { en: 'Price', ru: 'Цена', bg: 'Цена' } },
      ],
    }),
    q({
      id: 'visit',
      type: 'single',
      text: { en: 'Visit type', ru: 'Тип визита', bg: 'Вид посещение' },
      options: [
        { id: 'first', text: { en: 'First' } },
        { id: 'repeat', text: { en: 'Repeat', ru: 'Повторный' } },
      ],
    }),
    q({ id: 'mood', type: 'emotion', text: { en: 'How did you feel?' } }),
    q({ id: 'who', type: 'staff', text: { en: 'Who served you?', ru: 'Кто вас обслуживал?' } }),
    q({
      id: 'why',
      type: 'text',
      text: { en: 'Why?', ru: 'Почему?', bg: 'Защо?' },
      showIf: { question: 'nps', max: 6 },
    }),
  ],
};

async function rowsOf(csv: string, mapping = suggestResponseMapping) {
  const records = [];
  for await (const r of readCsv(csv)) records.push(r);
  const [header, ...rows] = records;
  const columns = columnsOf(header!.cells, mapping(header!.cells, survey));
  return rows.map((r) => mapResponse(r.line, r.cells, columns, { survey, timeZone: 'Europe/Sofia', staff }));
}

const lookups: ResponseLookups = {
  touchpoints: none,
  locations: none,
  staff,
  customers: { ids: new Set([CUST]), byKey: new Map([['ivan@example.com', CUST]]) },
  activeStaffIds: new Set([STAFF]),
};

describe('answer columns', () => {
  it('maps headers equal to question ids, whatever their case and punctuation', () => {
    expect(
      suggestResponseMapping(['ID', 'NPS', 'Liked', 'visit', 'WHY', 'Date', 'Email', 'Shoe size'], survey),
    ).toEqual({
      ID: 'externalId',
      NPS: 'answers.nps',
      Liked: 'answers.liked',
      visit: 'answers.visit',
      WHY: 'answers.why',
      Date: 'submittedAt',
      Email: 'customerEmail',
    });
  });

  it('maps headers equal to a question text in any of the survey languages', () => {
    expect(
      suggestResponseMapping(
        [
          'Номер на отговор',
          'Дата и час',
          'Колко вероятно е да ни препоръчате',
          'Что вам понравилось?',
          'Who served you?',
          'Почему?',
          'Език',
        ],
        survey,
      ),
    ).toEqual({
      'Номер на отговор': 'externalId',
      'Дата и час': 'submittedAt',
      'Колко вероятно е да ни препоръчате': 'answers.nps',
      'Что вам понравилось?': 'answers.liked',
      'Who served you?': 'answers.who',
      'Почему?': 'answers.why',
      Език: 'language',
    });
  });

  it('prefers a question to a response column of the same name, and gives each question one column', () => {
    const withStaffQuestion: SurveyShape = {
      ...survey,
      questions: [...survey.questions, q({ id: 'staff', type: 'staff', text: { en: 'Doctor' } })],
    };
    expect(
      suggestResponseMapping(['nps', 'How likely are you to recommend us?', 'staff', 'employee'], withStaffQuestion),
    ).toEqual({ nps: 'answers.nps', staff: 'answers.staff', employee: 'staff' });
  });

  it('lists the response fields and one answer field per question', () => {
    expect(responseFields(survey)).toEqual(
      expect.arrayContaining(['externalId', 'submittedAt', 'customerEmail', 'language', 'answers.nps', 'answers.why']),
    );
  });
});

describe('reading answers', () => {
  const [nps, liked, visit, mood, who] = survey.questions as [Question, Question, Question, Question, Question];

  it('reads scores as whole numbers and leaves the rest for the survey to refuse', () => {
    expect([
      readAnswer(nps, '9', staff),
      readAnswer(nps, '10.0', staff),
      readAnswer(nps, '9.5', staff),
      readAnswer(nps, 'ten', staff),
    ]).toEqual([9, 10, '9.5', 'ten']);
  });

  it('splits multiple choices on ; | and commas, by option id or text in any language', () => {
    expect(readAnswer(liked, 'speed; price', staff)).toEqual(['speed', 'price']);
    expect(readAnswer(liked, 'Скорость | Цена', staff)).toEqual(['speed', 'price']);
    expect(readAnswer(liked, 'Speed, Price', staff)).toEqual(['speed', 'price']);
    expect(readAnswer(liked, 'Friendly, helpful staff; Speed', staff)).toEqual(['staff', 'speed']);
    expect(readAnswer(liked, 'speed, parking', staff)).toEqual(['speed', 'parking']);
  });

  it('reads a single choice, an emotion and a staff member by their names', () => {
    expect([
      readAnswer(visit, 'Повторный', staff),
      readAnswer(visit, 'FIRST', staff),
      readAnswer(mood, 'Happy', staff),
      readAnswer(who, 'Petrova@clinic.bg', staff),
    ]).toEqual(['repeat', 'first', 'happy', STAFF]);
  });
});

describe('mapping and checking response rows', () => {
  const csv = [
    'id;Дата;Email;Език;nps;liked;visit;who;why',
    'R1;31.01.2026 14:05;Ivan@example.com;русский;3;speed | price;repeat;petrova@clinic.bg;Slow',
    'R2;2026-02-01;;en;11;;;;',
    'R3;yesterday;;de;9;;;;',
    'R4;;;;;speed;;;',
    `R5;;;;9;;;${OTHER_ORG_STAFF};Great`,
  ].join('\n');

  it('reads a good row into what ingest takes', async () => {
    const [r1] = await rowsOf(csv);
    expect(r1).toEqual({
      line: 2,
      ok: true,
      value: {
        externalId: 'R1',
        submittedAt: '2026-01-31T12:05:00.000Z',
        customerEmail: 'ivan@example.com',
        language: 'ru',
        answers: { nps: 3, liked: ['speed', 'price'], visit: 'repeat', who: STAFF, why: 'Slow' },
      },
    });
    const resolved = resolveResponse(r1!.ok ? r1!.value : (null as never), survey, lookups, false);
    expect(resolved).toEqual({
      ok: true,
      item: {
        externalId: 'R1',
        submittedAt: new Date('2026-01-31T12:05:00.000Z'),
        customerId: CUST,
        language: 'ru',
        answers: { nps: 3, liked: ['speed', 'price'], visit: 'repeat', who: STAFF, why: 'Slow' },
      },
    });
  });

  it('reports each bad field with its line, in the words of the survey checks', async () => {
    const [, r2, r3, r4, r5] = await rowsOf(csv);
    const check = (r: typeof r2) => (r!.ok ? resolveResponse(r!.value, survey, lookups, false) : r);
    expect(check(r2)).toEqual({ ok: false, fields: { 'answers.nps': 'Must be a whole number from 0 to 10' } });
    expect(describeError({ line: r2!.line, fields: (check(r2) as { fields: Record<string, string> }).fields })).toBe(
      'line 3: answers.nps: Must be a whole number from 0 to 10',
    );
    expect(r3).toMatchObject({
      line: 4,
      ok: false,
      fields: { submittedAt: expect.stringContaining('not a date'), language: 'The survey is in en, ru, bg' },
    });
    expect(check(r4)).toEqual({ ok: false, fields: { 'answers.nps': 'This question needs an answer' } });
    expect(resolveResponse(r4!.value as ResponseDraft, survey, lookups, true)).toMatchObject({ ok: true });
    expect(check(r5)).toEqual({
      ok: false,
      fields: {
        'answers.who': 'Must be a staff member of this organisation',
        'answers.why': 'This question is not shown for the earlier answers',
      },
    });
  });

  it('keeps the values that did parse for the preview, without the refused ones', async () => {
    const [, , r3] = await rowsOf(csv);
    expect(r3!.value).toEqual({ externalId: 'R3', answers: { nps: 9 } });
  });

  it('refuses unknown customers and empty rows', () => {
    expect(resolveResponse({ customerExternalId: 'C404', answers: { nps: 9 } }, survey, lookups, false)).toEqual({
      ok: false,
      fields: { customerExternalId: 'No customer has this ID, name or email' },
    });
    expect(resolveResponse({ externalId: 'R9', answers: {} }, survey, lookups, true)).toEqual({
      ok: false,
      fields: { answers: 'Answer at least one question' },
    });
  });
});
