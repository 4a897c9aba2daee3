import { defineMessages } from '../define.ts';

/** A survey's results page and the figures in the survey list. */
export const results = defineMessages({
  en: {
    'web.results.title': 'Results: {name}',
    'web.results.edit': 'Edit survey',
    'web.results.link': 'Results',
    'web.results.responses': 'responses',
    'web.results.completion': 'completed ({complete} finished, {partial} left part-way)',
    'web.results.answered': 'Answered by {n} of {total}',
    'web.results.mean': 'mean {mean}',
    'web.results.noTexts': 'No answers yet.',
    'web.results.column': 'Responses',
    'web.results.cell': '{n, plural, one {# response} other {# responses}} · {rate} completed',
  },
  ru: {
    'web.results.title': 'Результаты: {name}',
    'web.results.edit': 'Изменить опрос',
    'web.results.link': 'Результаты',
    'web.results.responses': 'ответов всего',
    'web.results.completion': 'завершено (до конца: {complete}, прервано: {partial})',
    'web.results.answered': 'Ответили: {n} из {total}',
    'web.results.mean': 'среднее {mean}',
    'web.results.noTexts': 'Ответов пока нет.',
    'web.results.column': 'Ответы',
    'web.results.cell':
      '{n, plural, one {# ответ} few {# ответа} many {# ответов} other {# ответа}} · завершено {rate}',
  },
  bg: {
    'web.results.title': 'Резултати: {name}',
    'web.results.edit': 'Редактиране на анкетата',
    'web.results.link': 'Резултати',
    'web.results.responses': 'отговора общо',
    'web.results.completion': 'завършени (докрай: {complete}, прекъснати: {partial})',
    'web.results.answered': 'Отговорили: {n} от {total}',
    'web.results.mean': 'средно {mean}',
    'web.results.noTexts': 'Все още няма отговори.',
    'web.results.column': 'Отговори',
    'web.results.cell': '{n, plural, one {# отговор} other {# отговора}} · завършени {rate}',
  },
});
