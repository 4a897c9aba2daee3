import { defineMessages } from '../define.ts';

export const emails = defineMessages({
  en: {
    'email.invite.subject': 'You are invited to Zabota',
    'email.invite.greeting': 'Hello, {name}!',
    'email.invite.body':
      'You have been invited to join your team in Zabota. Open this link to set your password and sign in:',
    'email.invite.expires': 'The link works for 7 days.',
    'invite.subject': '{business}: how did we do?',
    'invite.greeting': 'Hello, {name}!',
    'invite.greetingAnonymous': 'Hello!',
    'invite.body':
      'Thank you for choosing {business}. Would you tell us how it went? It takes about a minute, and we read every answer.',
    'invite.button': 'Answer the survey',
    'invite.expires': 'The link works until {date}.',
    'invite.footer':
      'You receive this email because you agreed to hear from {business}. The link is personal: please do not forward it.',
    'invite.reminder.subject': '{business}: a reminder, your opinion matters',
    'invite.reminder.body':
      'A few days ago we asked about your experience with {business}. If you have a minute, we would love to hear from you.',
    'invite.qr.title': 'How did we do?',
    'invite.qr.cta': 'Point your phone camera at the code and tell us in a minute.',
    'invite.qr.or': 'or open',
    'invite.qr.print': 'Print',
    'invite.widget.button': 'Feedback',
    'invite.widget.title': 'Feedback survey',
    'invite.widget.close': 'Close',
  },
  ru: {
    'email.invite.subject': 'Приглашение в Zabota',
    'email.invite.greeting': 'Здравствуйте, {name}!',
    'email.invite.body': 'Вас пригласили в команду в Zabota. Откройте ссылку, чтобы задать пароль и войти:',
    'email.invite.expires': 'Ссылка действует 7 дней.',
    'invite.subject': '{business}: как мы справились?',
    'invite.greeting': 'Здравствуйте, {name}!',
    'invite.greetingAnonymous': 'Здравствуйте!',
    'invite.body':
      'Спасибо, что выбрали {business}. Расскажете, как всё прошло? Это займёт около минуты, и мы читаем каждый ответ.',
    'invite.button': 'Ответить на опрос',
    'invite.expires': 'Ссылка действует до {date}.',
    'invite.footer':
      'Вы получили это письмо, потому что согласились получать сообщения от {business}. Ссылка личная: пожалуйста, не пересылайте её.',
    'invite.reminder.subject': '{business}: напоминание — нам важно ваше мнение',
    'invite.reminder.body':
      'Несколько дней назад мы спросили о вашем опыте с {business}. Если у вас есть минута, мы будем рады вашему ответу.',
    'invite.qr.title': 'Как мы справились?',
    'invite.qr.cta': 'Наведите камеру телефона на код и расскажите нам за минуту.',
    'invite.qr.or': 'или откройте',
    'invite.qr.print': 'Печать',
    'invite.widget.button': 'Отзыв',
    'invite.widget.title': 'Опрос',
    'invite.widget.close': 'Закрыть',
  },
  bg: {
    'email.invite.subject': 'Покана за Zabota',
    'email.invite.greeting': 'Здравейте, {name}!',
    'email.invite.body':
      'Поканени сте да се присъедините към екипа си в Zabota. Отворете връзката, за да зададете парола и да влезете:',
    'email.invite.expires': 'Връзката е валидна 7 дни.',
    'invite.subject': '{business}: как се справихме?',
    'invite.greeting': 'Здравейте, {name}!',
    'invite.greetingAnonymous': 'Здравейте!',
    'invite.body':
      'Благодарим ви, че избрахте {business}. Ще ни кажете ли как мина? Отнема около минута и четем всеки отговор.',
    'invite.button': 'Отговорете на анкетата',
    'invite.expires': 'Връзката е валидна до {date}.',
    'invite.footer':
      'Получавате този имейл, защото сте се съгласили да получавате съобщения от {business}. Връзката е лична: моля, не я препращайте.',
    'invite.reminder.subject': '{business}: напомняне — мнението ви е важно',
    'invite.reminder.body':
      'Преди няколко дни ви попитахме за опита ви с {business}. Ако имате минута, ще се радваме да чуем мнението ви.',
    'invite.qr.title': 'Как се справихме?',
    'invite.qr.cta': 'Насочете камерата на телефона към кода и ни кажете за минута.',
    'invite.qr.or': 'или отворете',
    'invite.qr.print': 'Печат',
    'invite.widget.button': 'Обратна връзка',
    'invite.widget.title': 'Анкета',
    'invite.widget.close': 'Затвори',
  },
});
