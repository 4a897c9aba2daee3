import type { Dictionary } from './en.ts';

export const ru: Dictionary = {
  'email.invite.subject': 'Приглашение в Zabota',
  'email.invite.greeting': 'Здравствуйте, {name}!',
  'email.invite.body': 'Вас пригласили в команду в Zabota. Откройте ссылку, чтобы задать пароль и войти:',
  'email.invite.expires': 'Ссылка действует 7 дней.',
};
