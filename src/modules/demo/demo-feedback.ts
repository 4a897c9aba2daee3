import { npsBand } from '../../shared/metrics.ts';
/**
 * The demo's survey answers: who answered after which visit, the score, the feeling and the words.
 * Pure and seeded: the scores carry a signal the dashboards can find — one clinic weaker than the
 * others, waiting-heavy touchpoints lower, two staff members below their colleagues, and service
 * improving over the 18 months.
 */
export type FeedbackVisit = {
  id: string;
  customerId: string | null;
  touchpointKey: string;
  locationKey: string;
  staffKey: string | null;
  occurredAt: Date;
  language: string;
};
export type FeedbackAnswer = {
  visitId: string;
  submittedAt: Date;
  nps: number;
  emotion: string | null;
  comment: string | null;
  wrong: string[] | null;
  language: string;
  channel: 'email' | 'qr';
};

const COMMENTS: Record<string, Record<'promoter' | 'passive' | 'detractor', string[]>> = {
  en: {
    promoter: [
      'Dr. was so gentle, no pain at all. Thank you!',
      'Best dental clinic in town, friendly staff 😊',
      'Quick, clean and professional. Will recommend to my family.',
      'The hygienist explained everything, my teeth never felt better',
      'Booked online in a minute and was seen on time. Great!',
      'Thank you for taking care of my son, he was not scared at all',
    ],
    passive: [
      'Good treatment but a bit expensive',
      'Fine overall, parking is hard to find',
      'Doctor was good, the receptionist seemed busy',
      'OK visit, waited about 15 minutes',
    ],
    detractor: [
      'Waited 50 minutes past my appointment time, nobody apologised',
      'The receptionist was rude on the phone',
      'They charged more than the quote, very disappointed',
      'Filling fell out after a week. Not happy.',
      'Nobody called me back about the results',
      'Could not get an appointment for three weeks',
    ],
  },
  ru: {
    promoter: [
      'Доктор очень аккуратный, совсем не больно. Спасибо!',
      'Лучшая клиника, приветливый персонал 😊',
      'Всё быстро, чисто и профессионально, рекомендую',
      'Гигиенист всё объяснил, зубы как новые',
      'Записалась онлайн за минуту, приняли вовремя',
      'Спасибо, что так бережно лечили сына, он совсем не боялся',
    ],
    passive: [
      'Лечение хорошее, но дороговато',
      'В целом нормально, но парковку не найти',
      'Врач хороший, администратор была занята',
      'Нормально, подождал минут 15',
    ],
    detractor: [
      'Ждал 50 минут после назначенного времени, никто не извинился',
      'Администратор нагрубила по телефону',
      'Взяли больше, чем в смете, очень разочарован',
      'Пломба выпала через неделю. Недоволен.',
      'Никто не перезвонил по результатам',
      'Три недели не могу записаться',
    ],
  },
  bg: {
    promoter: [
      'Докторът беше много внимателен, изобщо не болеше. Благодаря!',
      'Най-добрата клиника, любезен персонал 😊',
      'Бързо, чисто и професионално, препоръчвам',
      'Хигиенистката обясни всичко, зъбите са като нови',
      'Записах се онлайн за минута и ме приеха навреме',
      'Благодаря, че лекувахте сина ми толкова внимателно',
    ],
    passive: [
      'Лечението е добро, но е скъпичко',
      'Като цяло добре, но няма къде да паркираш',
      'Лекарят е добър, рецепцията беше заета',
      'Нормално, чаках около 15 минути',
    ],
    detractor: [
      'Чаках 50 минути след часа си, никой не се извини',
      'Рецепционистката беше груба по телефона',
      'Взеха повече от офертата, много съм разочарован',
      'Пломбата падна след седмица. Недоволен съм.',
      'Никой не ми се обади за резултатите',
      'Три седмици не мога да си запиша час',
    ],
  },
};

const WRONG_BY_COMMENT = [['wait'], ['attitude'], ['price'], ['quality'], ['other'], ['wait', 'other']];

/** Touchpoints customers score after (the ones a survey follows); waiting-heavy ones score lower. */
export const SURVEYED_TOUCHPOINTS: Record<string, number> = {
  consultation: 0,
  treatment: 0.3,
  hygiene: 0.4,
  xray: 0,
  check_in: -0.9,
  billing: -0.6,
  phone_booking: -0.4,
  online_booking: 0.2,
};

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFeedback(
  visits: FeedbackVisit[],
  opts: { seed?: number; now?: Date; responseRate?: number; weakLocation?: string; weakStaff?: string[] } = {},
): FeedbackAnswer[] {
  const random = rng(opts.seed ?? 7);
  const now = (opts.now ?? new Date()).getTime();
  const start = Math.min(...visits.map((v) => v.occurredAt.getTime()));
  const out: FeedbackAnswer[] = [];
  for (const v of visits) {
    const tpEffect = SURVEYED_TOUCHPOINTS[v.touchpointKey];
    if (tpEffect === undefined || random() > (opts.responseRate ?? 0.35)) continue;
    const submittedAt = new Date(v.occurredAt.getTime() + (2 + random() * 24) * 3_600_000);
    if (submittedAt.getTime() > now) continue;
    const progress = (v.occurredAt.getTime() - start) / Math.max(1, now - start); // 0 → 1 over the period
    let mean = 8.6 + tpEffect * 0.7 + progress * 0.6;
    if (v.locationKey === opts.weakLocation) mean -= 1.1;
    if (v.staffKey && opts.weakStaff?.includes(v.staffKey)) mean -= 1.4;
    // A skewed 0–10 score: most customers are happy, a tail is not.
    const noise = (random() + random() + random() - 1.5) * 3.2;
    const nps = Math.max(0, Math.min(10, Math.round(mean + noise + (random() < 0.06 ? -5 : 0))));
    const b = npsBand(nps);
    const lang = COMMENTS[v.language] ? v.language : 'en';
    const pool = COMMENTS[lang]![b];
    const commentIndex = Math.floor(random() * pool.length);
    const withComment = random() < (b === 'detractor' ? 0.7 : 0.3);
    const emotions =
      b === 'promoter'
        ? ['delighted', 'happy']
        : b === 'passive'
          ? ['calm', 'happy', 'confused']
          : ['disappointed', 'annoyed', 'angry'];
    out.push({
      visitId: v.id,
      submittedAt,
      nps,
      emotion: random() < 0.6 ? emotions[Math.floor(random() * emotions.length)]! : null,
      comment: withComment ? pool[commentIndex]! : null,
      wrong:
        b === 'detractor'
          ? (WRONG_BY_COMMENT[withComment ? commentIndex : Math.floor(random() * WRONG_BY_COMMENT.length)] ?? ['other'])
          : null,
      language: lang,
      channel: random() < 0.8 ? 'email' : 'qr',
    });
  }
  return out;
}
