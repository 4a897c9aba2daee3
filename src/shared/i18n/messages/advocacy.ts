import { defineMessages } from '../define.ts';

export const advocacy = defineMessages({
  en: {
    'survey.thanks.reviewSites': 'If you like, tell others how it was:',
    'web.surveys.showReviewSites': 'Show the location’s review sites on the thank-you page',
    'web.surveys.showReviewSitesHint':
      'Off by default. When on, every respondent sees the same links, whatever they answered.',
    'survey.referral.referral': 'Someone recommended you',
    'survey.referral.search': 'Internet search',
    'survey.referral.maps': 'Maps (Google, Yandex, 2GIS)',
    'survey.referral.social': 'Social media',
    'survey.referral.ads': 'An advertisement',
    'survey.referral.passing_by': 'Walked past',
    'survey.referral.other': 'Other',
    'survey.referral.who': 'Who recommended us? Their name or referral code (optional)',
    'web.surveys.type.referral_source': 'How did you hear?',
    'review.request.subject': 'How was your visit to {business}?',
    'review.request.body':
      'Thank you for visiting {business}. Others choose by reading reviews: would you tell them honestly how it was?',
    'review.request.button': 'Write a review',
    'review.request.footer':
      'You get this because you agreed to emails from {business}. We ask at most once in 90 days.',
    'review.case.title': 'Public review: {rating} on {platform}',
    'review.case.titleNoRating': 'Negative public review on {platform}',
    'referral.landing.title': '{name} recommends {business}',
    'referral.landing.go': 'Continue',
  },
  ru: {
    'survey.thanks.reviewSites': 'Если хотите, расскажите другим, как всё прошло:',
    'web.surveys.showReviewSites': 'Показывать сайты отзывов филиала на странице благодарности',
    'web.surveys.showReviewSitesHint':
      'По умолчанию выключено. Если включено, все ответившие видят одни и те же ссылки, что бы они ни ответили.',
    'survey.referral.referral': 'Мне вас порекомендовали',
    'survey.referral.search': 'Поиск в интернете',
    'survey.referral.maps': 'Карты (Google, Яндекс, 2ГИС)',
    'survey.referral.social': 'Соцсети',
    'survey.referral.ads': 'Реклама',
    'survey.referral.passing_by': 'Проходил(а) мимо',
    'survey.referral.other': 'Другое',
    'survey.referral.who': 'Кто нас порекомендовал? Имя или код рекомендации (необязательно)',
    'web.surveys.type.referral_source': 'Откуда узнали',
    'review.request.subject': 'Как прошёл ваш визит в {business}?',
    'review.request.body':
      'Спасибо, что пришли в {business}. Другие выбирают по отзывам: расскажете им честно, как всё было?',
    'review.request.button': 'Написать отзыв',
    'review.request.footer':
      'Вы получили это письмо, потому что согласились на письма от {business}. Мы просим не чаще раза в 90 дней.',
    'review.case.title': 'Публичный отзыв: {rating} на {platform}',
    'review.case.titleNoRating': 'Негативный публичный отзыв на {platform}',
    'referral.landing.title': '{name} рекомендует {business}',
    'referral.landing.go': 'Продолжить',
  },
  bg: {
    'survey.thanks.reviewSites': 'Ако желаете, разкажете на другите как беше:',
    'web.surveys.showReviewSites': 'Сайтовете за отзиви на обекта на страницата за благодарност',
    'web.surveys.showReviewSitesHint':
      'Изключено по подразбиране. Когато е включено, всички отговорили виждат едни и същи връзки, каквото и да са отговорили.',
    'survey.referral.referral': 'Някой ви препоръча',
    'survey.referral.search': 'Търсене в интернет',
    'survey.referral.maps': 'Карти (Google, Yandex, 2GIS)',
    'survey.referral.social': 'Социални мрежи',
    'survey.referral.ads': 'Реклама',
    'survey.referral.passing_by': 'Минавах наблизо',
    'survey.referral.other': 'Друго',
    'survey.referral.who': 'Кой ни препоръча? Име или код за препоръка (по желание)',
    'web.surveys.type.referral_source': 'Откъде научихте',
    'review.request.subject': 'Как мина посещението ви в {business}?',
    'review.request.body':
      'Благодарим ви, че посетихте {business}. Другите избират по отзивите: ще им разкажете ли честно как беше?',
    'review.request.button': 'Напишете отзив',
    'review.request.footer':
      'Получавате това, защото сте се съгласили да получавате имейли от {business}. Питаме най-много веднъж на 90 дни.',
    'review.case.title': 'Публичен отзив: {rating} в {platform}',
    'review.case.titleNoRating': 'Негативен публичен отзив в {platform}',
    'referral.landing.title': '{name} препоръчва {business}',
    'referral.landing.go': 'Продължете',
  },
});
