/**
 * The demo's staff voice as plain data, from a seed: front-line insights (with votes, outcomes,
 * a merged duplicate and an anonymous post) and a year of monthly pulses whose eNPS differs by
 * clinic, with a few staff who left. No database here.
 */
export type VoiceStaff = { key: string; location: string; role: 'manager' | 'staff' };
export type DemoInsight = {
  key: string;
  kind: 'want' | 'irritant' | 'idea';
  title: string;
  location: string;
  touchpoint: string | null;
  author: string | null;
  anonymous: boolean;
  status: 'new' | 'reviewing' | 'planned' | 'done' | 'declined' | 'duplicate';
  outcome: string | null;
  createdAt: Date;
  outcomeAt: Date | null;
  voters: string[];
  mergedInto: string | null;
};
export type DemoPulseRun = {
  openedAt: Date;
  closesAt: Date;
  invited: { total: number; location: Record<string, number>; role: Record<string, number> };
  answers: { location: string; role: string; score: number; comment: string | null; day: string }[];
};

const DAY = 86_400_000;

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POSTS: Omit<DemoInsight, 'key' | 'location' | 'author' | 'createdAt' | 'outcomeAt' | 'voters' | 'mergedInto'>[] =
  [
    {
      kind: 'irritant',
      title: 'Пациентите чакат твърде дълго на рецепцията сутрин',
      touchpoint: 'check_in',
      anonymous: false,
      status: 'done',
      outcome: 'От 1-ви вторият администратор започва в 8:00 вместо в 9:00.',
    },
    {
      kind: 'want',
      title: 'Пациентите искат да плащат с карта на рецепцията',
      touchpoint: 'billing',
      anonymous: false,
      status: 'done',
      outcome: 'Поставихме ПОС терминал на рецепцията във всички клиники.',
    },
    {
      kind: 'idea',
      title: 'SMS напомняне ден преди прегледа с бутон за потвърждение',
      touchpoint: 'reminder_sms',
      anonymous: false,
      status: 'planned',
      outcome: null,
    },
    {
      kind: 'irritant',
      title: 'Цените в сайта не съвпадат с тези в клиниката',
      touchpoint: 'website',
      anonymous: true,
      status: 'reviewing',
      outcome: null,
    },
    {
      kind: 'want',
      title: 'Родителите искат детски кът в чакалнята',
      touchpoint: 'waiting_room',
      anonymous: false,
      status: 'declined',
      outcome: 'Чакалнята е твърде малка тази година; ще се върнем към това при ремонта.',
    },
    {
      kind: 'irritant',
      title: 'Телефонът звъни без отговор в обедната почивка',
      touchpoint: 'phone_booking',
      anonymous: false,
      status: 'new',
      outcome: null,
    },
    {
      kind: 'idea',
      title: 'Кратък лист с грижи след процедурата на три езика',
      touchpoint: null,
      anonymous: false,
      status: 'new',
      outcome: null,
    },
    {
      kind: 'want',
      title: 'Пациентите питат дали могат да се запишат онлайн за събота',
      touchpoint: 'online_booking',
      anonymous: false,
      status: 'duplicate',
      outcome: null,
    },
    {
      kind: 'want',
      title: 'Записване онлайн и за съботните часове',
      touchpoint: 'online_booking',
      anonymous: false,
      status: 'reviewing',
      outcome: null,
    },
    {
      kind: 'irritant',
      title: 'Паркингът пред клиниката винаги е пълен',
      touchpoint: null,
      anonymous: true,
      status: 'new',
      outcome: null,
    },
  ];
const COMMENTS = [
  'Графикът се сменя твърде късно.',
  'Екипът е страхотен, благодаря.',
  'Нужен ни е още един асистент следобед.',
  'Бих искал повече обучения.',
  'Заплатите изостават от пазара.',
  null,
  null,
  null,
];

export function generateVoice(
  staff: readonly VoiceStaff[],
  locations: readonly string[],
  opts: { now: Date; seed: number },
): { insights: DemoInsight[]; runs: DemoPulseRun[]; leavers: { key: string; endedOn: string }[] } {
  const r = mulberry32(opts.seed + 19);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const insights: DemoInsight[] = POSTS.map((p, i) => {
    const location = locations[i % locations.length]!;
    const here = staff.filter((s) => s.location === location);
    const author = pick(here);
    const createdAt = new Date(opts.now.getTime() - (20 + i * 17) * DAY);
    const closed = p.status === 'done' || p.status === 'declined';
    return {
      ...p,
      key: `insight-${i}`,
      location,
      author: p.anonymous ? null : author.key,
      createdAt,
      outcomeAt: closed ? new Date(createdAt.getTime() + Math.round(5 + r() * 35) * DAY) : null,
      voters: here.filter((s) => s.key !== author.key && r() < 0.5).map((s) => s.key),
      mergedInto: p.status === 'duplicate' ? 'insight-8' : null,
    };
  });
  // Sofia's team is happier than Varna's: eNPS differs by clinic.
  const mood: Record<string, number> = Object.fromEntries(locations.map((l, i) => [l, 8.3 - i * 1.1]));
  const runs: DemoPulseRun[] = [];
  for (let m = 12; m >= 1; m--) {
    const openedAt = new Date(opts.now.getTime() - m * 30 * DAY);
    const invited = { total: staff.length, location: {} as Record<string, number>, role: {} as Record<string, number> };
    const answers: DemoPulseRun['answers'] = [];
    for (const s of staff) {
      invited.location[s.location] = (invited.location[s.location] ?? 0) + 1;
      invited.role[s.role] = (invited.role[s.role] ?? 0) + 1;
      if (r() > 0.78) continue;
      const score = Math.max(0, Math.min(10, Math.round(mood[s.location]! + (r() - 0.5) * 5)));
      const day = new Date(openedAt.getTime() + Math.floor(r() * 5) * DAY).toISOString().slice(0, 10);
      answers.push({ location: s.location, role: s.role, score, comment: pick(COMMENTS), day });
    }
    runs.push({ openedAt, closesAt: new Date(openedAt.getTime() + 14 * DAY), invited, answers });
  }
  const leavers = locations.flatMap((l, i) =>
    staff
      .filter((s) => s.location === l && s.role === 'staff')
      .slice(0, i)
      .map((s, j) => ({
        key: s.key,
        endedOn: new Date(opts.now.getTime() - (40 + 60 * j) * DAY).toISOString().slice(0, 10),
      })),
  );
  return { insights, runs, leavers };
}
