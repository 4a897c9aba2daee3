import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, OWNER, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('languages', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('switches the dashboard to Russian and Bulgarian, and remembers the choice', async () => {
    const { page } = await openAsNewOwner(ba);
    await page.getByRole('heading', { name: `Welcome, ${OWNER.ownerName}` }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = page.getByRole('navigation');

    await page.getByTestId('language-switcher').selectOption('ru');
    await page.getByRole('heading', { name: `Здравствуйте, ${OWNER.ownerName}` }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await nav.locator('.nav-group-label').allTextContents()).toEqual([
      'Слушать',
      'Действовать',
      'Улучшать',
      'Понимать',
      'Настроить',
    ]);
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Опросы',
      'Ответы',
      'Анализ комментариев',
      'Отзывы',
      'Обращения',
      'Восстановление',
      'Правила обращений',
      'Рекомендации',
      'Жесты',
      'Голос сотрудников',
      'Признание',
      'eNPS',
      'Стандарты',
      'Аудиты',
      'Обучение',
      'Самооценка',
      'Обзор',
      'Аналитика',
      'Клиенты',
      'Взаимодействия',
      'Репутация',
      'Сарафанное радио',
      'Филиалы',
      'Сотрудники',
      'Точки контакта',
      'Импорт',
      'Сайты отзывов',
      'Каналы',
      'Интеграции',
      'Вебхуки',
      'API-ключи',
      'Настройки',
    ]);
    await nav.getByRole('link', { name: 'Точки контакта' }).click();
    await page.getByRole('button', { name: 'Добавить точку контакта' }).click();
    const form = page.getByRole('region', { name: 'Добавить точку контакта' });
    expect(await form.getByLabel('Этап пути клиента').locator('option').allTextContents()).toEqual([
      'Знакомство',
      'Выбор',
      'Покупка',
      'Обслуживание',
      'После покупки',
      'Лояльность',
    ]);
    await screenshot(page, 'touchpoints-ru');

    await page.getByTestId('language-switcher').selectOption('bg');
    await page.getByRole('button', { name: 'Добави допирна точка' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('bg');
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Анкети',
      'Отговори',
      'Анализ на коментарите',
      'Отзиви',
      'Случаи',
      'Възстановяване',
      'Правила за случаите',
      'Препоръки',
      'Жестове',
      'Гласът на екипа',
      'Признание',
      'eNPS',
      'Стандарти',
      'Одити',
      'Обучение',
      'Самооценка',
      'Обзор',
      'Анализи',
      'Клиенти',
      'Взаимодействия',
      'Репутация',
      'Устна реклама',
      'Обекти',
      'Служители',
      'Допирни точки',
      'Импорт',
      'Сайтове за отзиви',
      'Канали',
      'Интеграции',
      'Уебхукове',
      'API ключове',
      'Настройки',
    ]);
    expect(await page.getByRole('button', { name: 'Изход' }).count()).toBe(1);

    // The server's field error comes in the form's language, and the choice is saved on the profile.
    const bgForm = page.getByRole('region', { name: 'Добави допирна точка' });
    await bgForm.locator('input[name="name"]').fill('   ');
    await bgForm.locator('button[type="submit"]').click();
    await bgForm.locator('.field-error').filter({ hasText: 'Попълнете това поле' }).waitFor();
    await bgForm.getByRole('alert').filter({ hasText: 'Заявката съдържа грешки' }).waitFor();
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { staff: { language: string } };
    expect(me.staff.language).toBe('bg');

    // Remembered across reloads.
    await page.reload();
    await page.getByRole('heading', { name: 'Допирни точки', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('bg');
    await screenshot(page, 'touchpoints-bg');
  });

  it("starts in the browser's language when none was chosen", async () => {
    const { page } = await ba.newPage({ locale: 'ru-RU' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByLabel('Пароль').count()).toBe(1);

    const bg = await ba.newPage({ locale: 'bg-BG', width: 390, height: 844 });
    await bg.page.goto('/');
    await bg.page.getByLabel('Парола').waitFor();
    expect(await bg.page.locator('html').getAttribute('lang')).toBe('bg');
    await screenshot(bg.page, 'login-bg-phone');
  });
});
