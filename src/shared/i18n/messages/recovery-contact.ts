import { defineMessages } from '../define.ts';

/** The respondent page's "may we contact you?" after a low score on a public or QR link. */
export const recoveryContact = defineMessages({
  en: {
    'survey.contact.title': 'May we contact you?',
    'survey.contact.body':
      'We are sorry it was not better. Leave a phone number or an email and we will get in touch to put it right.',
    'survey.contact.phone': 'Phone',
    'survey.contact.email': 'Email',
    'survey.contact.consent': 'I agree to be contacted about my answer',
    'survey.contact.send': 'Send',
    'survey.contact.skip': 'No, thank you',
    'survey.contact.error.how': 'Give a phone number or an email address',
    'survey.contact.error.consent': 'Tick the box so we may contact you',
    'web.cases.contact': 'Asked to be contacted',
  },
  ru: {
    'survey.contact.title': 'Можно с вами связаться?',
    'survey.contact.body':
      'Жаль, что получилось не лучшим образом. Оставьте телефон или email, и мы свяжемся с вами, чтобы всё исправить.',
    'survey.contact.phone': 'Телефон',
    'survey.contact.email': 'Email',
    'survey.contact.consent': 'Я согласен(на), чтобы со мной связались по поводу моего ответа',
    'survey.contact.send': 'Отправить',
    'survey.contact.skip': 'Нет, спасибо',
    'survey.contact.error.how': 'Укажите телефон или адрес электронной почты',
    'survey.contact.error.consent': 'Отметьте согласие, чтобы мы могли с вами связаться',
    'web.cases.contact': 'Просит связаться',
  },
  bg: {
    'survey.contact.title': 'Може ли да се свържем с вас?',
    'survey.contact.body':
      'Съжаляваме, че не беше по-добре. Оставете телефон или имейл и ще се свържем с вас, за да го поправим.',
    'survey.contact.phone': 'Телефон',
    'survey.contact.email': 'Имейл',
    'survey.contact.consent': 'Съгласен(на) съм да се свържете с мен относно отговора ми',
    'survey.contact.send': 'Изпрати',
    'survey.contact.skip': 'Не, благодаря',
    'survey.contact.error.how': 'Въведете телефон или имейл адрес',
    'survey.contact.error.consent': 'Отбележете съгласието, за да можем да се свържем с вас',
    'web.cases.contact': 'Иска да се свържем',
  },
});
