import { defineMessages } from '../define.ts';

export const pdf = defineMessages({
  en: {
    'pdf.title': 'Loyalty dashboard',
    'pdf.generated': 'Generated {at} ({timeZone})',
    'pdf.filters': 'Filters: {list}',
    'pdf.noFilters': 'Filters: none, all answers',
    'pdf.metric': 'Metric',
    'pdf.value': 'Value',
    'pdf.previous': 'Previous period',
    'pdf.name': 'Name',
    'pdf.touchpoints': 'Touchpoints',
    'pdf.definitions':
      'NPS: % promoters (9–10) minus % detractors (0–6). CSAT: % answering 4–5 of 5. CES: % answering 5–7 of 7. Intervals are 95%. A figure from fewer than {minN} answers, or with an interval wider than ±20, is marked "too few answers".',
    'pdf.trendNote': 'Shaded: the 95% interval; hollow points have too few answers.',
    'pdf.page': 'Page {n} of {total}',
  },
  ru: {
    'pdf.title': 'Панель лояльности',
    'pdf.generated': 'Сформировано {at} ({timeZone})',
    'pdf.filters': 'Фильтры: {list}',
    'pdf.noFilters': 'Фильтры: нет, все ответы',
    'pdf.metric': 'Показатель',
    'pdf.value': 'Значение',
    'pdf.previous': 'Прошлый период',
    'pdf.name': 'Название',
    'pdf.touchpoints': 'Точки контакта',
    'pdf.definitions':
      'NPS: % промоутеров (9–10) минус % критиков (0–6). CSAT: % ответов 4–5 из 5. CES: % ответов 5–7 из 7. Интервалы — 95%. Показатель меньше чем по {minN} ответам или с интервалом шире ±20 помечен «слишком мало ответов».',
    'pdf.trendNote': 'Заливка — 95% интервал; полые точки — мало ответов.',
    'pdf.page': 'Страница {n} из {total}',
  },
  bg: {
    'pdf.title': 'Табло за лоялност',
    'pdf.generated': 'Създаден на {at} ({timeZone})',
    'pdf.filters': 'Филтри: {list}',
    'pdf.noFilters': 'Филтри: няма, всички отговори',
    'pdf.metric': 'Показател',
    'pdf.value': 'Стойност',
    'pdf.previous': 'Предишен период',
    'pdf.name': 'Име',
    'pdf.touchpoints': 'Точки на контакт',
    'pdf.definitions':
      'NPS: % промоутъри (9–10) минус % критици (0–6). CSAT: % отговори 4–5 от 5. CES: % отговори 5–7 от 7. Интервалите са 95%. Показател от по-малко от {minN} отговора или с интервал по-широк от ±20 е отбелязан „твърде малко отговори“.',
    'pdf.trendNote': 'Оцветено: 95% интервал; празните точки имат твърде малко отговори.',
    'pdf.page': 'Страница {n} от {total}',
  },
});
