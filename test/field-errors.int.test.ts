import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../src/modules/access/access.service.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('field errors in the reader’s language', () => {
  it('answers in Russian or Bulgarian as the browser asks, summary and every field', async () => {
    const invite = (lang: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/accept-invite',
        headers: { 'accept-language': lang },
        payload: { token: 'short', password },
      });
    const ru = (await invite('ru-RU,ru;q=0.9,en;q=0.8', 'abc')).json();
    expect(ru.error).toEqual({
      code: 'invalid',
      message: 'В запросе есть ошибки',
      fields: { token: 'Не менее 10 символов', password: 'Не менее 8 символов' },
    });
    const bg = (await invite('bg', 'abc')).json();
    expect(bg.error.message).toBe('Заявката съдържа грешки');
    expect(bg.error.fields).toEqual({ token: 'Поне 10 знака', password: 'Поне 8 знака' });
    // English keeps the contract's own words; an unknown language gets English.
    const en = (await invite('fr-FR', 'abc')).json();
    expect(en.error.message).toBe('The request body is invalid');
    expect(en.error.fields.password).toBe('At least 8 characters');

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en;q=0.5, bg;q=0.9' },
      payload: { email: 'not an address', password: '' },
    });
    expect(login.json().error.fields).toEqual({ email: 'Трябва да е имейл адрес', password: 'Попълнете това поле' });
  });

  it("takes the signed-in person's saved language before the browser's", async () => {
    const { as, orgId, ownerId } = await t.newOrg();
    const { token, csrfToken } = await createSession(t.db, orgId, ownerId);
    const headers = { cookie: `zabota_session=${token}`, 'x-csrf-token': csrfToken, 'accept-language': 'ru' };
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/me/language',
      headers,
      payload: { language: 'bg' },
    });
    expect(saved.json()).toMatchObject({ id: ownerId, language: 'bg' });

    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers,
      payload: { name: 'Ana', email: 'ana@', phone: 'call me', unknown: 1 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe('Заявката съдържа грешки');
    expect(refused.json().error.fields).toMatchObject({
      email: 'Трябва да е имейл адрес',
      phone: 'Трябва да е телефонен номер, напр. +359 88 123 4567',
    });

    // Another type of problem, and the number in its plural form.
    const tooLong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/locations',
      headers,
      payload: { name: 'x'.repeat(201) },
    });
    expect(tooLong.json().error.fields).toEqual({ name: 'Най-много 200 знака' });

    // An organisation-wide key has no profile: the browser's language decides, and it cannot save one.
    const orgKey = t.as(await t.keyFor(orgId, 'owner'));
    const keyCall = await orgKey.post('/api/v1/locations', { name: ' ' }, { 'accept-language': 'ru' });
    expect(keyCall.json().error.fields).toEqual({ name: 'Заполните это поле' });
    const noProfile = await orgKey.call('PUT', '/api/v1/auth/me/language', { language: 'ru' });
    expect(noProfile.statusCode).toBe(403);
    // A service's own wording comes in the language too.
    const inBulgarian = await orgKey.call(
      'PUT',
      '/api/v1/auth/me/language',
      { language: 'ru' },
      { 'accept-language': 'bg' },
    );
    expect(inBulgarian.json().error.message).toBe(
      'API ключът за цялата организация няма профил, на който да се зададе език',
    );
    // The owner's personal key is theirs: it saves the language like the dashboard does.
    expect((await as.call('PUT', '/api/v1/auth/me/language', { language: 'ru' })).json().language).toBe('ru');
  });
});
