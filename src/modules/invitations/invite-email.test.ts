import { describe, expect, it } from 'vitest';
import { invitationMail, mailLanguage, safeColor } from './invite-email.ts';

const base = {
  to: 'anna@example.com',
  name: 'Анна',
  language: 'ru',
  business: 'Клиника <Улыбка>',
  brandColor: '#aa0000',
  url: 'https://zabota.example/s/TOKEN123',
  expiresAt: new Date('2026-06-30T12:00:00Z'),
  timeZone: 'Europe/Moscow',
};

describe('invitation email', () => {
  it("is in the customer's language with the personal link, business name and colour", () => {
    const mail = invitationMail(base);
    expect(mail.subject).toBe('Клиника <Улыбка>: как мы справились?');
    expect(mail.text).toContain('Здравствуйте, Анна!');
    expect(mail.text).toContain('https://zabota.example/s/TOKEN123');
    expect(mail.text).toContain('30 июня 2026');
    expect(mail.html).toContain('Клиника &lt;Улыбка&gt;');
    expect(mail.html).not.toContain('<Улыбка>');
    expect(mail.html).toContain('background:#aa0000');
  });

  it('has a reminder variant and a greeting without a name', () => {
    const mail = invitationMail({ ...base, language: 'en', name: null, reminder: true });
    expect(mail.subject).toBe('Клиника <Улыбка>: a reminder, your opinion matters');
    expect(mail.text.startsWith('Hello!')).toBe(true);
  });

  it('falls back to the organisation language, then English; refuses a colour that is not a hex code', () => {
    expect(mailLanguage('bg-BG', 'ru')).toBe('bg');
    expect(mailLanguage('de', 'ru')).toBe('ru');
    expect(mailLanguage(null, 'fr')).toBe('en');
    expect(safeColor('red;background:url(x)')).toBe('#0f766e');
    expect(safeColor('#123abc')).toBe('#123abc');
  });
});
