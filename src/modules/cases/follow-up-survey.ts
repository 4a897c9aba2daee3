import type { NewSurvey } from '../surveys/index.ts';

const L = (en: string, ru: string, bg: string) => ({ en, ru, bg });

/** Sent after a case is resolved; its NPS answer is the recovery figure ("no longer a detractor"). */
export const FOLLOW_UP_SURVEY: Omit<NewSurvey, 'orgId' | 'slug'> = {
  name: 'Did we make it right? (case follow-up)',
  status: 'active',
  languages: ['en', 'ru', 'bg'],
  title: L('Did we make it right?', 'Удалось ли нам всё исправить?', 'Успяхме ли да оправим нещата?'),
  settings: { purpose: 'case_follow_up', tokenTtlDays: 14 },
  questions: [
    {
      id: 'nps',
      type: 'nps',
      required: true,
      text: L(
        'After our conversation, how likely are you to recommend us?',
        'После нашего разговора, насколько вероятно, что вы нас порекомендуете?',
        'След разговора ни, колко вероятно е да ни препоръчате?',
      ),
    },
    {
      id: 'fixed',
      type: 'single',
      required: false,
      text: L('Was the problem solved?', 'Проблема решена?', 'Решен ли е проблемът?'),
      options: [
        { id: 'yes', text: L('Yes', 'Да', 'Да') },
        { id: 'partly', text: L('Partly', 'Частично', 'Частично') },
        { id: 'no', text: L('No', 'Нет', 'Не') },
      ],
    },
    { id: 'comment', type: 'text', required: false, text: L('Anything else?', 'Что-нибудь ещё?', 'Нещо друго?') },
  ],
};
