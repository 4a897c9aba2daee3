import type { Mail } from '../../platform/mail/mailer.ts';

/** Case notification texts in the recipient's language (en, ru, bg). */
const TEXTS = {
  en: {
    assigned: 'New case #{n} for you: {title}',
    dueSoon: 'Case #{n} is due soon: {title}',
    breached: 'Case #{n} is overdue: {title}',
    escalated: 'Escalated to you — case #{n} is overdue: {title}',
    body: 'Priority: {priority}. Due: {due}.\n\nOpen the case: {url}',
    followUpSubject: 'Did we make it right?',
    followUpBody:
      'Hello{name},\n\nYou recently told {business} about a problem and we worked to fix it. Did we make it right? It takes a few seconds:\n\n{url}\n\nThank you,\n{business}',
  },
  ru: {
    assigned: 'Новое обращение №{n} для вас: {title}',
    dueSoon: 'Срок по обращению №{n} скоро истекает: {title}',
    breached: 'Обращение №{n} просрочено: {title}',
    escalated: 'Передано вам — обращение №{n} просрочено: {title}',
    body: 'Приоритет: {priority}. Срок: {due}.\n\nОткрыть обращение: {url}',
    followUpSubject: 'Удалось ли нам всё исправить?',
    followUpBody:
      'Здравствуйте{name}!\n\nНедавно вы рассказали {business} о проблеме, и мы постарались её решить. Удалось ли нам всё исправить? Это займёт несколько секунд:\n\n{url}\n\nСпасибо,\n{business}',
  },
  bg: {
    assigned: 'Нов случай №{n} за вас: {title}',
    dueSoon: 'Срокът на случай №{n} изтича скоро: {title}',
    breached: 'Случай №{n} е просрочен: {title}',
    escalated: 'Ескалиран към вас — случай №{n} е просрочен: {title}',
    body: 'Приоритет: {priority}. Срок: {due}.\n\nОтворете случая: {url}',
    followUpSubject: 'Успяхме ли да оправим нещата?',
    followUpBody:
      'Здравейте{name},\n\nНаскоро разказахте на {business} за проблем и ние се постарахме да го решим. Успяхме ли? Отнема няколко секунди:\n\n{url}\n\nБлагодарим,\n{business}',
  },
} as const;

export type CaseMailKind = 'assigned' | 'dueSoon' | 'breached' | 'escalated';
type Lang = keyof typeof TEXTS;
const langOf = (l: string | null | undefined): Lang => (l === 'ru' || l === 'bg' ? l : 'en');
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in v ? String(v[k]) : m));

export function caseMail(
  kind: CaseMailKind,
  to: { email: string; language: string | null },
  c: { number: number; title: string; priority: string; dueAt: Date; url: string },
  timeZone: string,
  orgId: string,
): Mail {
  const t = TEXTS[langOf(to.language)];
  const due = new Intl.DateTimeFormat(langOf(to.language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(c.dueAt);
  return {
    to: to.email,
    subject: fill(t[kind], { n: c.number, title: c.title }),
    text: fill(t.body, { priority: c.priority, due, url: c.url }),
    orgId,
  };
}

/** From the business by name (sender and text), with the location the problem was at when known. */
export function followUpMail(
  to: { email: string; name: string | null; language: string | null },
  url: string,
  from: { orgId: string; org: string; location: string | null },
): Mail {
  const t = TEXTS[langOf(to.language)];
  const business = from.location ? `${from.org}, ${from.location}` : from.org;
  return {
    to: to.email,
    subject: t.followUpSubject,
    text: fill(t.followUpBody, { name: to.name ? `, ${to.name}` : '', url, business }),
    fromName: from.org,
    orgId: from.orgId,
  };
}

export const CASE_MAIL_LANGUAGES = Object.keys(TEXTS);
export const caseMailTexts = TEXTS;
