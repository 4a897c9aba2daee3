import { defineMessages } from '../define.ts';

/** The customer idea board: the customer's own page at /c/{token} and the emails it sends. */
export const ideas = defineMessages({
  en: {
    'ideas.page.title': 'Your ideas for us',
    'ideas.page.hello': 'Hello, {name}! Tell us what we could do better, and vote for the ideas you like.',
    'ideas.page.titleLabel': 'Your idea in one sentence',
    'ideas.page.body': 'Details (optional)',
    'ideas.page.anonymous': 'Do not show my name to other customers',
    'ideas.page.anonymousHint':
      'Other customers see your first name and initial, or nothing if you tick this. {business} knows it is you, so it can tell you what came of it.',
    'ideas.page.submit': 'Post my idea',
    'ideas.page.posted': 'Thank you! Your idea is on the board.',
    'ideas.page.vote': 'Vote',
    'ideas.page.voted': 'You voted',
    'ideas.page.board': 'Ideas from customers',
    'ideas.page.mine': 'My ideas',
    'ideas.page.shipped': 'Done recently',
    'ideas.page.empty': 'No ideas yet: be the first.',
    'ideas.page.anonymousMark': 'A customer',
    'ideas.page.notify': 'When an idea you posted or voted for changes status, we email you.',
    'ideas.page.invalidLink': 'This link is not valid any more. Ask the business for a new one.',
    'ideas.page.problem': 'Please check the form.',
    'ideas.page.required': 'Please write at least 3 characters.',
    'ideas.page.tooMany': 'Too many posts from this link. Please try again later.',
    'ideas.email.status.subject': '{business}: “{title}” is now {status}',
    'ideas.email.status.body':
      'Hello {name},\n\nan idea you posted or voted for at {business} has a new status: {status}.\n\n“{title}”\n{outcome}\n',
    'ideas.email.link.subject': '{business}: your personal link to share ideas',
    'ideas.email.link.body':
      'Hello {name},\n\n{business} would like to hear how it could do better. Post your ideas and vote for others here:\n{url}\n\nThe link is yours alone: please do not share it.\n',
  },
  ru: {
    'ideas.page.title': 'Ваши идеи для нас',
    'ideas.page.hello':
      'Здравствуйте, {name}! Расскажите, что нам сделать лучше, и голосуйте за идеи, которые нравятся.',
    'ideas.page.titleLabel': 'Ваша идея одним предложением',
    'ideas.page.body': 'Подробности (необязательно)',
    'ideas.page.anonymous': 'Не показывать моё имя другим клиентам',
    'ideas.page.anonymousHint':
      'Другие клиенты видят ваше имя и первую букву фамилии или ничего, если отметить это. {business} знает, что это вы, чтобы рассказать, что из этого вышло.',
    'ideas.page.submit': 'Отправить идею',
    'ideas.page.posted': 'Спасибо! Ваша идея на доске.',
    'ideas.page.vote': 'Голосовать',
    'ideas.page.voted': 'Вы проголосовали',
    'ideas.page.board': 'Идеи клиентов',
    'ideas.page.mine': 'Мои идеи',
    'ideas.page.shipped': 'Недавно сделано',
    'ideas.page.empty': 'Идей пока нет: станьте первым.',
    'ideas.page.anonymousMark': 'Клиент',
    'ideas.page.notify': 'Когда у идеи, которую вы предложили или поддержали, меняется статус, мы пишем вам.',
    'ideas.page.invalidLink': 'Эта ссылка больше не действует. Попросите новую у компании.',
    'ideas.page.problem': 'Проверьте, пожалуйста, форму.',
    'ideas.page.required': 'Напишите хотя бы 3 символа.',
    'ideas.page.tooMany': 'Слишком много сообщений с этой ссылки. Попробуйте позже.',
    'ideas.email.status.subject': '{business}: «{title}» — теперь {status}',
    'ideas.email.status.body':
      'Здравствуйте, {name}!\n\nУ идеи, которую вы предложили или поддержали в «{business}», новый статус: {status}.\n\n«{title}»\n{outcome}\n',
    'ideas.email.link.subject': '{business}: ваша личная ссылка для идей',
    'ideas.email.link.body':
      'Здравствуйте, {name}!\n\n«{business}» хочет узнать, что можно сделать лучше. Предлагайте идеи и голосуйте за чужие здесь:\n{url}\n\nСсылка только ваша: пожалуйста, не пересылайте её.\n',
  },
  bg: {
    'ideas.page.title': 'Вашите идеи за нас',
    'ideas.page.hello':
      'Здравейте, {name}! Кажете ни какво да направим по-добре и гласувайте за идеите, които харесвате.',
    'ideas.page.titleLabel': 'Вашата идея в едно изречение',
    'ideas.page.body': 'Подробности (по избор)',
    'ideas.page.anonymous': 'Да не се показва името ми на други клиенти',
    'ideas.page.anonymousHint':
      'Другите клиенти виждат името ви и първата буква на фамилията или нищо, ако отметнете това. {business} знае, че сте вие, за да ви каже какво е станало.',
    'ideas.page.submit': 'Изпрати идеята',
    'ideas.page.posted': 'Благодарим! Идеята ви е на таблото.',
    'ideas.page.vote': 'Гласувай',
    'ideas.page.voted': 'Гласувахте',
    'ideas.page.board': 'Идеи на клиенти',
    'ideas.page.mine': 'Моите идеи',
    'ideas.page.shipped': 'Наскоро направено',
    'ideas.page.empty': 'Още няма идеи: бъдете първи.',
    'ideas.page.anonymousMark': 'Клиент',
    'ideas.page.notify': 'Когато идея, която сте предложили или подкрепили, смени статуса си, ще ви пишем.',
    'ideas.page.invalidLink': 'Тази връзка вече не е валидна. Поискайте нова от фирмата.',
    'ideas.page.problem': 'Моля, проверете формуляра.',
    'ideas.page.required': 'Напишете поне 3 знака.',
    'ideas.page.tooMany': 'Твърде много публикации от тази връзка. Опитайте по-късно.',
    'ideas.email.status.subject': '{business}: „{title}“ вече е {status}',
    'ideas.email.status.body':
      'Здравейте, {name},\n\nидея, която сте предложили или подкрепили в „{business}“, има нов статус: {status}.\n\n„{title}“\n{outcome}\n',
    'ideas.email.link.subject': '{business}: вашата лична връзка за идеи',
    'ideas.email.link.body':
      'Здравейте, {name},\n\n„{business}“ иска да чуе какво може да направи по-добре. Публикувайте идеи и гласувайте за други тук:\n{url}\n\nВръзката е само ваша: моля, не я препращайте.\n',
  },
});
