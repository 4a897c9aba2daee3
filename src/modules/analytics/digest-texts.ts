/** Texts of the weekly digest mail, in the languages of the dashboard. */
export type DigestLang = 'en' | 'ru' | 'bg';

export type DigestFigures = {
  orgName: string;
  week: string;
  from: string;
  to: string;
  nps: { value: number | null; n: number; tooFew: boolean };
  previous: { value: number | null; n: number };
  best: { name: string; value: number; n: number } | null;
  worst: { name: string; value: number; n: number } | null;
  cases: { open: number; overdue: number } | null;
  /** Titles of the customer ideas marked done that week. */
  shippedIdeas?: string[];
  url: string;
};

const T = {
  en: {
    subject: (f: DigestFigures) => `${f.orgName}: loyalty this week (${f.week})`,
    intro: (f: DigestFigures) => `Weekly summary for ${f.orgName}, ${f.from} – ${f.to}.`,
    nps: (v: string, n: number) => `NPS: ${v} (n = ${n})`,
    tooFew: 'too few answers to be sure',
    noAnswers: 'no answers',
    change: (d: string, n: number) => `Change vs the week before: ${d} (that week n = ${n})`,
    noChange: 'No comparison with the week before (no answers then).',
    best: (name: string, v: number, n: number) => `Best location: ${name}, NPS ${v} (n = ${n})`,
    worst: (name: string, v: number, n: number) => `Needs attention: ${name}, NPS ${v} (n = ${n})`,
    cases: (open: number, overdue: number) => `Open cases: ${open}, overdue: ${overdue}`,
    shipped: (n: number) => `Customer ideas done this week: ${n}`,
    open: (url: string) => `Open the dashboard: ${url}`,
  },
  ru: {
    subject: (f: DigestFigures) => `${f.orgName}: лояльность за неделю (${f.week})`,
    intro: (f: DigestFigures) => `Итоги недели для «${f.orgName}», ${f.from} – ${f.to}.`,
    nps: (v: string, n: number) => `NPS: ${v} (n = ${n})`,
    tooFew: 'слишком мало ответов для уверенного вывода',
    noAnswers: 'нет ответов',
    change: (d: string, n: number) => `Изменение к прошлой неделе: ${d} (тогда n = ${n})`,
    noChange: 'Сравнить с прошлой неделей нельзя (тогда не было ответов).',
    best: (name: string, v: number, n: number) => `Лучший филиал: ${name}, NPS ${v} (n = ${n})`,
    worst: (name: string, v: number, n: number) => `Требует внимания: ${name}, NPS ${v} (n = ${n})`,
    cases: (open: number, overdue: number) => `Открытых обращений: ${open}, просрочено: ${overdue}`,
    shipped: (n: number) => `Идей клиентов сделано за неделю: ${n}`,
    open: (url: string) => `Открыть панель: ${url}`,
  },
  bg: {
    subject: (f: DigestFigures) => `${f.orgName}: лоялност за седмицата (${f.week})`,
    intro: (f: DigestFigures) => `Обобщение за седмицата за „${f.orgName}“, ${f.from} – ${f.to}.`,
    nps: (v: string, n: number) => `NPS: ${v} (n = ${n})`,
    tooFew: 'твърде малко отговори за сигурен извод',
    noAnswers: 'няма отговори',
    change: (d: string, n: number) => `Промяна спрямо предходната седмица: ${d} (тогава n = ${n})`,
    noChange: 'Няма сравнение с предходната седмица (тогава няма отговори).',
    best: (name: string, v: number, n: number) => `Най-добър обект: ${name}, NPS ${v} (n = ${n})`,
    worst: (name: string, v: number, n: number) => `Нуждае се от внимание: ${name}, NPS ${v} (n = ${n})`,
    cases: (open: number, overdue: number) => `Отворени случаи: ${open}, просрочени: ${overdue}`,
    shipped: (n: number) => `Идеи на клиенти, направени тази седмица: ${n}`,
    open: (url: string) => `Отворете таблото: ${url}`,
  },
} as const;

export const digestLang = (lang: string | null | undefined): DigestLang =>
  lang === 'ru' || lang === 'bg' ? lang : 'en';

export function renderDigest(lang: DigestLang, f: DigestFigures): { subject: string; text: string } {
  const t = T[lang];
  const lines = [t.intro(f), ''];
  lines.push(
    f.nps.value === null
      ? t.nps('—', 0) + ` (${t.noAnswers})`
      : t.nps(String(f.nps.value), f.nps.n) + (f.nps.tooFew ? ` — ${t.tooFew}` : ''),
  );
  if (f.nps.value !== null && f.previous.value !== null) {
    const d = Math.round((f.nps.value - f.previous.value) * 10) / 10;
    lines.push(t.change(d > 0 ? `+${d}` : String(d), f.previous.n));
  } else lines.push(t.noChange);
  if (f.best) lines.push(t.best(f.best.name, f.best.value, f.best.n));
  if (f.worst) lines.push(t.worst(f.worst.name, f.worst.value, f.worst.n));
  if (f.cases) lines.push(t.cases(f.cases.open, f.cases.overdue));
  if (f.shippedIdeas?.length)
    lines.push(t.shipped(f.shippedIdeas.length), ...f.shippedIdeas.map((title) => `  – ${title}`));
  lines.push('', t.open(f.url));
  return { subject: t.subject(f), text: lines.join('\n') };
}
