import { defineMessages } from '../define.ts';

export const advocacy = defineMessages({
  en: {
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
