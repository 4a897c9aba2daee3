import { defineMessages } from '../define.ts';

/** Limits that protect the public form and sign-in. */
export const trust = defineMessages({
  en: {
    'survey.error.tooMany':
      'Too many answers from your connection. Please try again in {n, plural, one {# minute} other {# minutes}}.',
    'auth.error.slowDown':
      'Too many wrong passwords for this account from your address. Try again in {n, plural, one {# second} other {# seconds}}.',
  },
  ru: {
    'survey.error.tooMany':
      'Слишком много ответов с вашего подключения. Попробуйте снова через {n, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.',
    'auth.error.slowDown':
      'Слишком много неверных паролей для этой учётной записи с вашего адреса. Попробуйте снова через {n, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}.',
  },
  bg: {
    'survey.error.tooMany':
      'Твърде много отговори от вашата връзка. Опитайте отново след {n, plural, one {# минута} other {# минути}}.',
    'auth.error.slowDown':
      'Твърде много грешни пароли за този профил от вашия адрес. Опитайте отново след {n, plural, one {# секунда} other {# секунди}}.',
  },
});
