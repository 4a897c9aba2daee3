import type { Dictionary } from './en.ts';

export const bg: Dictionary = {
  'email.invite.subject': 'Покана за Zabota',
  'email.invite.greeting': 'Здравейте, {name}!',
  'email.invite.body': 'Поканени сте да се присъедините към екипа си в Zabota. Отворете връзката, за да зададете парола и да влезете:',
  'email.invite.expires': 'Връзката е валидна 7 дни.',
};
