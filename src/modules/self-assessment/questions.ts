import type { Dimension, PlanTemplate, Question } from './levels.ts';

type T = [en: string, ru: string, bg: string];
const t = ([en, ru, bg]: T) => ({ en, ru, bg });

/** The default questions (0 = not at all … 4 = always, everywhere); copied into each assessment so edits never rewrite the past. */
const BANK: Record<Dimension, T[]> = {
  standards: [
    [
      'Each touchpoint has written service standards.',
      'Для каждой точки контакта записаны стандарты сервиса.',
      'За всяка точка на контакт има писмени стандарти за обслужване.',
    ],
    [
      'Staff know the standards of the touchpoints they work at.',
      'Сотрудники знают стандарты своих точек контакта.',
      'Служителите знаят стандартите на точките, където работят.',
    ],
    [
      'Standards are checked regularly (audits or self-checks).',
      'Стандарты регулярно проверяются (аудиты или самопроверки).',
      'Стандартите се проверяват редовно (одити или самопроверки).',
    ],
    [
      'A failed check leads to training and a re-check.',
      'Невыполненный пункт ведёт к обучению и повторной проверке.',
      'Неизпълнена точка води до обучение и повторна проверка.',
    ],
    [
      'Standards are reviewed when customers complain.',
      'Стандарты пересматриваются после жалоб клиентов.',
      'Стандартите се преразглеждат след оплаквания на клиенти.',
    ],
  ],
  listening: [
    [
      'We ask customers for feedback after key visits.',
      'Мы просим отзыв клиентов после ключевых визитов.',
      'Искаме обратна връзка от клиентите след ключови посещения.',
    ],
    [
      'Every touchpoint that matters has a live survey.',
      'У каждой важной точки контакта есть действующий опрос.',
      'Всяка важна точка на контакт има активна анкета.',
    ],
    [
      'Someone reads the comments every week.',
      'Кто-то читает комментарии каждую неделю.',
      'Някой чете коментарите всяка седмица.',
    ],
    [
      'We know our NPS by location and touchpoint.',
      'Мы знаем NPS по точкам и филиалам.',
      'Знаем NPS по обекти и точки на контакт.',
    ],
    [
      'Staff see what customers say about their work.',
      'Сотрудники видят, что клиенты говорят об их работе.',
      'Служителите виждат какво казват клиентите за работата им.',
    ],
  ],
  recovery: [
    [
      'An unhappy customer is contacted within two days.',
      'С недовольным клиентом связываются в течение двух дней.',
      'С недоволен клиент се свързваме до два дни.',
    ],
    [
      'Each complaint has an owner until it is resolved.',
      'У каждой жалобы есть ответственный до её решения.',
      'Всяко оплакване има отговорник до решаването му.',
    ],
    [
      'Staff may fix a problem on the spot without asking.',
      'Сотрудник может решить проблему на месте, не спрашивая.',
      'Служителите могат да решат проблем на място, без да питат.',
    ],
    [
      'We record the root cause of complaints.',
      'Мы записываем первопричину жалоб.',
      'Записваме първопричината на оплакванията.',
    ],
    [
      'We check whether a recovered customer came back.',
      'Мы проверяем, вернулся ли клиент после решения проблемы.',
      'Проверяваме дали клиентът се е върнал след решаването.',
    ],
  ],
  loyalty: [
    [
      'We know which customers come back and which stop.',
      'Мы знаем, какие клиенты возвращаются, а какие уходят.',
      'Знаем кои клиенти се връщат и кои спират.',
    ],
    [
      'Regular customers are recognised when they come.',
      'Постоянных клиентов узнают, когда они приходят.',
      'Редовните клиенти биват разпознати, когато дойдат.',
    ],
    [
      'We thank loyal customers in ways that are not discounts.',
      'Мы благодарим постоянных клиентов не только скидками.',
      'Благодарим на лоялните клиенти не само с отстъпки.',
    ],
    [
      'We contact customers who have not come for a while.',
      'Мы связываемся с клиентами, которые давно не приходили.',
      'Свързваме се с клиенти, които отдавна не са идвали.',
    ],
    [
      'We know what a returning customer is worth.',
      'Мы знаем, сколько стоит вернувшийся клиент.',
      'Знаем колко струва един върнал се клиент.',
    ],
  ],
  word_of_mouth: [
    [
      'We know how new customers heard of us.',
      'Мы знаем, как новые клиенты узнали о нас.',
      'Знаем как новите клиенти са научили за нас.',
    ],
    [
      'We reply to online reviews, good and bad.',
      'Мы отвечаем на отзывы в интернете, хорошие и плохие.',
      'Отговаряме на онлайн отзиви, добри и лоши.',
    ],
    [
      'Every customer is invited to review, not only happy ones.',
      'Оставить отзыв предлагаем всем, а не только довольным.',
      'Каним всеки клиент да остави отзив, не само доволните.',
    ],
    [
      'Happy customers can easily recommend us to a friend.',
      'Довольным клиентам легко порекомендовать нас другу.',
      'Доволните клиенти лесно могат да ни препоръчат на приятел.',
    ],
    [
      'We thank customers who recommend us.',
      'Мы благодарим клиентов, которые нас рекомендуют.',
      'Благодарим на клиентите, които ни препоръчват.',
    ],
  ],
  people: [
    [
      'New staff are trained on service before they serve alone.',
      'Новых сотрудников обучают сервису до самостоятельной работы.',
      'Новите служители се обучават преди да обслужват сами.',
    ],
    [
      'We ask staff how they feel about working here.',
      'Мы спрашиваем сотрудников, как им работается.',
      'Питаме служителите как се чувстват в работата.',
    ],
    [
      'Staff ideas for better service are heard and acted on.',
      'Идеи сотрудников о сервисе слышат и внедряют.',
      'Идеите на служителите за по-добро обслужване се чуват и прилагат.',
    ],
    [
      'Good service is noticed and praised.',
      'Хороший сервис замечают и хвалят.',
      'Доброто обслужване се забелязва и похвалява.',
    ],
    [
      'Staff have the time and tools to serve well.',
      'У сотрудников есть время и средства, чтобы хорошо обслуживать.',
      'Служителите имат време и средства да обслужват добре.',
    ],
  ],
};

export const DEFAULT_QUESTIONS: Question[] = Object.entries(BANK).flatMap(([dimension, list]) =>
  list.map((text, i) => ({ id: `${dimension}.${i + 1}`, dimension: dimension as Dimension, text: t(text) })),
);

const PLAN: [Dimension, number, T][] = [
  [
    'standards',
    14,
    [
      'Write the standards of your two busiest touchpoints',
      'Запишите стандарты двух самых загруженных точек контакта',
      'Запишете стандартите на двете най-натоварени точки',
    ],
  ],
  [
    'standards',
    30,
    [
      'Run a first walk-through audit at every location',
      'Проведите первый обход-аудит в каждом филиале',
      'Направете първи обходен одит във всеки обект',
    ],
  ],
  [
    'listening',
    7,
    [
      'Put a live survey on every key touchpoint',
      'Запустите опрос на каждой ключевой точке контакта',
      'Пуснете анкета на всяка ключова точка',
    ],
  ],
  [
    'listening',
    30,
    [
      'Read and tag last month’s comments together with the team',
      'Прочитайте и разметьте комментарии за месяц вместе с командой',
      'Прочетете и етикетирайте коментарите за месеца с екипа',
    ],
  ],
  [
    'recovery',
    7,
    [
      'Turn on a case rule for detractors with a 48-hour deadline',
      'Включите правило обращений для критиков со сроком 48 часов',
      'Включете правило за случаи за критици със срок 48 часа',
    ],
  ],
  [
    'recovery',
    30,
    [
      'Agree what staff may give to fix a problem on the spot',
      'Договоритесь, что сотрудник может дать, чтобы решить проблему на месте',
      'Уговорете какво може да даде служителят, за да реши проблем на място',
    ],
  ],
  [
    'loyalty',
    14,
    [
      'Import purchases and look at who stopped coming',
      'Загрузите покупки и посмотрите, кто перестал приходить',
      'Импортирайте покупките и вижте кой е спрял да идва',
    ],
  ],
  [
    'loyalty',
    30,
    [
      'Call ten customers who have not come back and ask why',
      'Позвоните десяти ушедшим клиентам и спросите почему',
      'Обадете се на десет клиенти, които не са се върнали, и попитайте защо',
    ],
  ],
  [
    'word_of_mouth',
    14,
    [
      'Reply to every review of the last three months',
      'Ответьте на все отзывы за последние три месяца',
      'Отговорете на всички отзиви от последните три месеца',
    ],
  ],
  [
    'word_of_mouth',
    30,
    [
      'Ask every new customer how they heard of you',
      'Спрашивайте каждого нового клиента, откуда он о вас узнал',
      'Питайте всеки нов клиент откъде е научил за вас',
    ],
  ],
  [
    'people',
    14,
    [
      'Give every new staff member the service lessons in their first week',
      'Назначьте новым сотрудникам уроки по сервису в первую неделю',
      'Възложете уроците по обслужване на новите служители през първата седмица',
    ],
  ],
  [
    'people',
    30,
    [
      'Ask the team for three ideas and act on one',
      'Попросите у команды три идеи и внедрите одну',
      'Поискайте от екипа три идеи и приложете една',
    ],
  ],
];

export const PLAN_TEMPLATES: PlanTemplate[] = PLAN.map(([dimension, dueInDays, title]) => ({
  dimension,
  dueInDays,
  title: t(title),
}));
