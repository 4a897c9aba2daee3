import { describe, expect, it } from 'vitest';
import { mappingErrors, suggestMapping } from './import-fields.ts';

describe('suggestMapping', () => {
  it('knows English headers and the field names themselves', () => {
    expect(
      suggestMapping('customers', [
        'external_id',
        'Full Name',
        'E-mail',
        'Phone',
        'Language',
        'Email consent',
        'SMS consent',
        'Source',
        'utm_campaign',
        'Notes',
        'Shoe size',
      ]),
    ).toEqual({
      external_id: 'externalId',
      'Full Name': 'name',
      'E-mail': 'email',
      Phone: 'phone',
      Language: 'language',
      'Email consent': 'consentEmail',
      'SMS consent': 'consentSms',
      Source: 'acquisitionChannel',
      utm_campaign: 'acquisitionCampaign',
      Notes: 'notes',
    });
    expect(
      suggestMapping('interactions', [
        'externalId',
        'occurredAt',
        'customerExternalId',
        'touchpoint',
        'location',
        'staff',
        'revenue',
        'currency',
        'note',
      ]),
    ).toEqual(
      Object.fromEntries(
        [
          'externalId',
          'occurredAt',
          'customerExternalId',
          'touchpoint',
          'location',
          'staff',
          'revenue',
          'currency',
          'note',
        ].map((f) => [f, f]),
      ),
    );
  });

  it('knows Russian headers', () => {
    expect(
      suggestMapping('customers', [
        'Код клиента',
        'ФИО',
        'Эл. почта',
        'Телефон',
        'Язык',
        'Канал привлечения',
        'Кампания',
        'Комментарий',
      ]),
    ).toEqual({
      'Код клиента': 'externalId',
      ФИО: 'name',
      'Эл. почта': 'email',
      Телефон: 'phone',
      Язык: 'language',
      'Канал привлечения': 'acquisitionChannel',
      Кампания: 'acquisitionCampaign',
      Комментарий: 'notes',
    });
    expect(
      suggestMapping('interactions', ['Дата и время', 'Клиент', 'Филиал', 'Врач', 'Сумма', 'Валюта', 'Услуга']),
    ).toEqual({
      'Дата и время': 'occurredAt',
      Клиент: 'customerExternalId',
      Филиал: 'location',
      Врач: 'staff',
      Сумма: 'revenue',
      Валюта: 'currency',
      Услуга: 'touchpoint',
    });
  });

  it('knows Bulgarian headers', () => {
    expect(
      suggestMapping('customers', ['Клиентски номер', 'Име', 'Имейл', 'Телефон', 'Език', 'Източник', 'Бележки']),
    ).toEqual({
      'Клиентски номер': 'externalId',
      Име: 'name',
      Имейл: 'email',
      Телефон: 'phone',
      Език: 'language',
      Източник: 'acquisitionChannel',
      Бележки: 'notes',
    });
    expect(
      suggestMapping('interactions', ['Дата и час', 'Имейл', 'Обект', 'Служител', 'Сума', 'Валута', 'Коментар']),
    ).toEqual({
      'Дата и час': 'occurredAt',
      Имейл: 'customerEmail',
      Обект: 'location',
      Служител: 'staff',
      Сума: 'revenue',
      Валута: 'currency',
      Коментар: 'note',
    });
  });

  it('gives each field to the first header only', () => {
    expect(suggestMapping('customers', ['Email', 'E-mail'])).toEqual({ Email: 'email' });
  });
});

describe('mappingErrors', () => {
  it('names unknown headers and fields and a field mapped twice', () => {
    expect(mappingErrors('customers', ['a', 'b', 'c'], { a: 'email', b: 'email', c: 'shoeSize', d: 'name' })).toEqual({
      b: 'email is already mapped from a',
      c: expect.stringContaining('Unknown field shoeSize'),
      d: 'No such column in the CSV',
    });
    expect(mappingErrors('interactions', ['a'], { a: null })).toEqual({});
  });
});
