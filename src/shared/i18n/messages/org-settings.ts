import { defineMessages } from '../define.ts';

/** Organisation settings an owner sets in the dashboard: the public address of its links, its currency. */
export const orgSettings = defineMessages({
  en: {
    'web.mail.title': 'Email sending',
    'web.mail.intro': 'Your own mail server for mail to your customers and staff. Empty: the server’s settings.',
    'web.mail.host': 'SMTP server',
    'web.mail.port': 'Port',
    'web.mail.username': 'User name',
    'web.mail.passwordSet': 'A password is saved. Leave empty to keep it.',
    'web.mail.senderName': 'Sender name',
    'web.mail.fromAddress': 'From address',
    'web.mail.sendTest': 'Send a test email',
    'web.mail.testSent': 'Test email sent to {to}.',
    'mail.test.subject': 'Zabota test message',
    'mail.test.body':
      'This message came through your SMTP server {host}. Mail to your customers and staff will go the same way.',
    'web.settings.currency': 'Currency',
    'web.settings.currencyHint': 'Revenue and customer value are shown in it everywhere.',
    'web.settings.publicUrl': 'Public address',
    'web.settings.publicUrlHint':
      'Where customers reach Zabota, e.g. https://feedback.example.com. QR codes, invitations and the widget link here. Empty: the server default.',
    'web.loopback.title': 'Customers cannot open these links',
    'web.loopback.body':
      '{url} points at this computer only: a customer’s phone cannot reach it. Set the public address in Settings before printing or embedding.',
    'web.loopback.settings': 'Open Settings',
  },
  ru: {
    'web.mail.title': 'Отправка почты',
    'web.mail.intro': 'Ваш почтовый сервер для писем клиентам и сотрудникам. Пусто — настройки сервера.',
    'web.mail.host': 'SMTP-сервер',
    'web.mail.port': 'Порт',
    'web.mail.username': 'Имя пользователя',
    'web.mail.passwordSet': 'Пароль сохранён. Оставьте пустым, чтобы не менять.',
    'web.mail.senderName': 'Имя отправителя',
    'web.mail.fromAddress': 'Адрес отправителя',
    'web.mail.sendTest': 'Отправить проверочное письмо',
    'web.mail.testSent': 'Проверочное письмо отправлено на {to}.',
    'mail.test.subject': 'Проверочное письмо Zabota',
    'mail.test.body':
      'Это письмо пришло через ваш SMTP-сервер {host}. Так же будут уходить письма клиентам и сотрудникам.',
    'web.settings.currency': 'Валюта',
    'web.settings.currencyHint': 'В ней везде показываются выручка и ценность клиентов.',
    'web.settings.publicUrl': 'Публичный адрес',
    'web.settings.publicUrlHint':
      'Адрес, по которому клиенты открывают Zabota, например https://feedback.example.com. На него ведут QR-коды, приглашения и виджет. Пусто — адрес сервера по умолчанию.',
    'web.loopback.title': 'Клиенты не смогут открыть эти ссылки',
    'web.loopback.body':
      '{url} указывает только на этот компьютер: с телефона клиента он недоступен. Укажите публичный адрес в настройках, прежде чем печатать или встраивать.',
    'web.loopback.settings': 'Открыть настройки',
  },
  bg: {
    'web.mail.title': 'Изпращане на имейли',
    'web.mail.intro': 'Вашият пощенски сървър за писмата до клиенти и служители. Празно — настройките на сървъра.',
    'web.mail.host': 'SMTP сървър',
    'web.mail.port': 'Порт',
    'web.mail.username': 'Потребителско име',
    'web.mail.passwordSet': 'Има запазена парола. Оставете празно, за да остане.',
    'web.mail.senderName': 'Име на подателя',
    'web.mail.fromAddress': 'Адрес на подателя',
    'web.mail.sendTest': 'Изпрати тестов имейл',
    'web.mail.testSent': 'Тестовият имейл е изпратен до {to}.',
    'mail.test.subject': 'Тестово писмо от Zabota',
    'mail.test.body':
      'Това писмо дойде през вашия SMTP сървър {host}. По същия път ще тръгват писмата до клиентите и служителите.',
    'web.settings.currency': 'Валута',
    'web.settings.currencyHint': 'В нея навсякъде се показват приходите и стойността на клиентите.',
    'web.settings.publicUrl': 'Публичен адрес',
    'web.settings.publicUrlHint':
      'Адресът, на който клиентите отварят Zabota, напр. https://feedback.example.com. Към него водят QR кодовете, поканите и уиджетът. Празно — адресът на сървъра по подразбиране.',
    'web.loopback.title': 'Клиентите няма да могат да отворят тези връзки',
    'web.loopback.body':
      '{url} сочи само към този компютър: телефонът на клиента не може да го достигне. Задайте публичния адрес в Настройки, преди да печатате или вграждате.',
    'web.loopback.settings': 'Отвори Настройки',
  },
});
