import type { SurveyDefinition } from './surveys.contract.ts';

const L = (en: string, ru: string, bg: string) => ({ en, ru, bg });
const languages = ['en', 'ru', 'bg'];

const whatWentWrong = {
  id: 'wrong',
  type: 'multi' as const,
  text: L('What went wrong?', 'Что пошло не так?', 'Какво се обърка?'),
  options: [
    { id: 'wait', text: L('Waiting time', 'Время ожидания', 'Време за чакане') },
    { id: 'attitude', text: L('Staff attitude', 'Отношение персонала', 'Отношение на персонала') },
    { id: 'competence', text: L('Competence', 'Компетентность', 'Компетентност') },
    { id: 'price', text: L('Price', 'Цена', 'Цена') },
    { id: 'quality', text: L('Quality', 'Качество', 'Качество') },
    { id: 'other', text: L('Something else', 'Другое', 'Друго') },
  ],
  showIf: { question: 'nps', max: 6 },
  required: false,
};

const comment = {
  id: 'comment',
  type: 'text' as const,
  text: L('Anything you would like to tell us?', 'Что бы вы хотели нам сказать?', 'Какво бихте искали да ни кажете?'),
  required: false,
};

/** Ready-made surveys the builder starts from; each is a plain survey definition. */
export const SURVEY_TEMPLATES: { key: string; definition: SurveyDefinition }[] = [
  {
    key: 'post_visit_nps',
    definition: {
      name: 'After the visit (NPS)',
      languages,
      title: L('How was your visit?', 'Как прошёл ваш визит?', 'Как мина посещението ви?'),
      settings: { triggerDelayHours: 2 },
      questions: [
        {
          id: 'nps',
          type: 'nps',
          text: L(
            'How likely are you to recommend us to a friend?',
            'Насколько вероятно, что вы порекомендуете нас другу?',
            'Колко вероятно е да ни препоръчате на приятел?',
          ),
          required: true,
        },
        whatWentWrong,
        {
          id: 'feel',
          type: 'emotion',
          text: L('How did you feel?', 'Что вы чувствовали?', 'Как се почувствахте?'),
          required: false,
        },
        {
          id: 'who',
          type: 'staff',
          text: L('Who served you?', 'Кто вас обслуживал?', 'Кой ви обслужи?'),
          required: false,
        },
        comment,
      ],
    },
  },
  {
    key: 'support_csat',
    definition: {
      name: 'After support (CSAT)',
      languages,
      settings: { triggerDelayHours: 1 },
      questions: [
        {
          id: 'csat',
          type: 'csat',
          text: L(
            'How satisfied are you with the help you got?',
            'Насколько вы довольны полученной помощью?',
            'Доколко сте доволни от получената помощ?',
          ),
          required: true,
        },
        {
          id: 'resolved',
          type: 'single',
          text: L('Was your question resolved?', 'Ваш вопрос решён?', 'Решен ли е въпросът ви?'),
          options: [
            { id: 'yes', text: L('Yes', 'Да', 'Да') },
            { id: 'partly', text: L('Partly', 'Частично', 'Частично') },
            { id: 'no', text: L('No', 'Нет', 'Не') },
          ],
          required: false,
        },
        comment,
      ],
    },
  },
  {
    key: 'booking_ces',
    definition: {
      name: 'After booking (CES)',
      languages,
      settings: { triggerDelayHours: 0 },
      questions: [
        {
          id: 'ces',
          type: 'ces',
          text: L('It was easy to book the appointment.', 'Записаться было легко.', 'Беше лесно да си запазя час.'),
          hint: L(
            '1 — strongly disagree, 7 — strongly agree',
            '1 — совсем не согласен, 7 — полностью согласен',
            '1 — изобщо не съм съгласен, 7 — напълно съм съгласен',
          ),
          required: true,
        },
        comment,
      ],
    },
  },
  {
    key: 'product_quality',
    definition: {
      name: 'Product quality',
      languages,
      settings: { triggerDelayHours: 72 },
      questions: [
        {
          id: 'quality',
          type: 'rating',
          scale: 5,
          text: L('How do you rate the quality?', 'Как вы оцениваете качество?', 'Как оценявате качеството?'),
          required: true,
        },
        {
          id: 'expectations',
          type: 'single',
          text: L('Did it meet your expectations?', 'Оправдало ли ожидания?', 'Отговори ли на очакванията ви?'),
          options: [
            { id: 'above', text: L('Above', 'Превзошло', 'Надмина ги') },
            { id: 'met', text: L('Met', 'Оправдало', 'Отговори') },
            { id: 'below', text: L('Below', 'Не оправдало', 'Не отговори') },
          ],
          required: false,
        },
        comment,
      ],
    },
  },
  {
    key: 'employee_enps',
    definition: {
      name: 'Employee pulse (eNPS)',
      languages,
      settings: {},
      questions: [
        {
          id: 'nps',
          type: 'nps',
          text: L(
            'How likely are you to recommend working here to a friend?',
            'Насколько вероятно, что вы порекомендуете работу у нас другу?',
            'Колко вероятно е да препоръчате работата тук на приятел?',
          ),
          required: true,
        },
        {
          id: 'improve',
          type: 'text',
          text: L(
            'What one thing would make work better?',
            'Что одно сделало бы работу лучше?',
            'Кое едно нещо би направило работата по-добра?',
          ),
          required: false,
        },
      ],
    },
  },
];
