import { parseReferralAnswer, REFERRAL_CHANNELS, referralAnswer, REFERRER_MAX } from '../../shared/referral-answer.ts';
import {
  BETTER_ELSEWHERE_MAX,
  EMOTIONS,
  TEXT_MAX_DEFAULT,
  type AnswerValue,
  type Answers,
  type Localized,
  type Question,
} from '../../shared/survey-definition.ts';
import { scoreRange } from '../../shared/score-range.ts';

/** Problems in a survey definition that a schema cannot see: duplicates and dangling references. */
export function definitionErrors(qs: Question[], languages: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, number>();
  qs.forEach((q, i) => {
    const at = `questions.${i}`;
    if (seen.has(q.id)) errors[`${at}.id`] = `Duplicate question id "${q.id}"`;
    seen.set(q.id, i);
    const needsOptions = q.type === 'single' || q.type === 'multi';
    if (needsOptions && !q.options) errors[`${at}.options`] = `A ${q.type} question needs options`;
    if (!needsOptions && q.options) errors[`${at}.options`] = `A ${q.type} question takes no options`;
    if (q.options) {
      const ids = q.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length) errors[`${at}.options`] = 'Option ids must be unique';
    }
    const missing = languages.filter((l) => !q.text[l]);
    if (missing.length) errors[`${at}.text`] = `Missing translation: ${missing.join(', ')}`;
    if (q.showIf) {
      const target = seen.get(q.showIf.question);
      if (target === undefined || target >= i)
        errors[`${at}.showIf.question`] = `"${q.showIf.question}" must be an earlier question`;
    }
  });
  return errors;
}

export function conditionHolds(q: Question, answers: Answers): boolean {
  const c = q.showIf;
  if (!c) return true;
  const a = answers[c.question];
  if (a === undefined) return false;
  const values = Array.isArray(a) ? a : [a];
  if (c.in && !values.some((v) => c.in!.includes(v))) return false;
  if (c.min !== undefined && !(typeof a === 'number' && a >= c.min)) return false;
  if (c.max !== undefined && !(typeof a === 'number' && a <= c.max)) return false;
  return true;
}

/** The questions a respondent sees, given the answers so far (conditions look only backwards). */
export function visibleQuestions(qs: Question[], answers: Answers): Question[] {
  return qs.filter((q) => conditionHolds(q, answers));
}

/** No answer at all: nothing, an empty choice, or (for a text question) only white space. */
export function isEmptyAnswer(q: Question, raw: unknown): boolean {
  if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) return true;
  return q.type === 'text' && typeof raw === 'string' && !raw.trim();
}

/** Trims, bounds and checks one answer; returns the normalised value or an error message. */
export function normaliseAnswer(
  q: Question,
  raw: unknown,
  staffIds: ReadonlySet<string> | null,
): { value?: AnswerValue; error?: string } {
  if (isEmptyAnswer(q, raw)) return {};
  const range = scoreRange(q);
  if (range) {
    const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < range[0] || n > range[1])
      return { error: `Must be a whole number from ${range[0]} to ${range[1]}` };
    return { value: n };
  }
  switch (q.type) {
    case 'emotion':
      return typeof raw === 'string' && (EMOTIONS as readonly string[]).includes(raw)
        ? { value: raw }
        : { error: `Must be one of ${EMOTIONS.join(', ')}` };
    case 'single': {
      const ids = q.options!.map((o) => o.id);
      return typeof raw === 'string' && ids.includes(raw)
        ? { value: raw }
        : { error: `Must be one of ${ids.join(', ')}` };
    }
    case 'multi': {
      const ids = q.options!.map((o) => o.id);
      const list = Array.isArray(raw) ? raw : [raw];
      if (!list.every((v): v is string => typeof v === 'string' && ids.includes(v)))
        return { error: `Each choice must be one of ${ids.join(', ')}` };
      return { value: [...new Set(list)] };
    }
    case 'text':
    case 'better_elsewhere': {
      if (typeof raw !== 'string') return { error: 'Must be text' };
      const max = q.type === 'text' ? (q.maxLength ?? TEXT_MAX_DEFAULT) : BETTER_ELSEWHERE_MAX;
      const text = raw.replace(/\r\n/g, '\n').trim();
      if (text.length > max) return { error: `At most ${max} characters (this answer has ${text.length})` };
      return text ? { value: text } : {};
    }
    case 'referral_source': {
      if (typeof raw !== 'string') return { error: `Must be one of ${REFERRAL_CHANNELS.join(', ')}` };
      const { channel, who } = parseReferralAnswer(raw.trim());
      if (!(REFERRAL_CHANNELS as readonly string[]).includes(channel))
        return { error: `Must be one of ${REFERRAL_CHANNELS.join(', ')}, or referral:{name or code}` };
      if (who !== null && who.trim().length > REFERRER_MAX)
        return { error: `Who recommended: at most ${REFERRER_MAX} characters` };
      return { value: referralAnswer(channel, who ?? undefined) };
    }
    case 'staff':
      if (typeof raw !== 'string' || (staffIds && !staffIds.has(raw)))
        return { error: 'Must be a staff member of this organisation' };
      return { value: raw };
    default:
      return { error: 'Unsupported question' };
  }
}

export type AnswerCheck = { answers: Answers; errors: Record<string, string>; complete: boolean };

/**
 * Validates a set of answers against the survey: unknown question ids, values out of range and
 * answers to hidden questions are errors; `complete` says whether every visible required
 * question is answered. With `partial`, missing required answers are not errors. `stored`: ids of
 * answers given earlier, which are dropped rather than refused when a changed answer now hides
 * their question (the respondent went back and changed an earlier answer).
 */
export function checkAnswers(
  qs: Question[],
  raw: Record<string, unknown>,
  opts: { partial: boolean; staffIds: ReadonlySet<string> | null; stored?: ReadonlySet<string> },
): AnswerCheck {
  const errors: Record<string, string> = {};
  const known = new Set(qs.map((q) => q.id));
  for (const id of Object.keys(raw)) if (!known.has(id)) errors[`answers.${id}`] = 'No such question in this survey';
  const answers: Answers = {};
  for (const q of qs) {
    if (!conditionHolds(q, answers)) {
      if (raw[q.id] !== undefined && raw[q.id] !== '' && !opts.stored?.has(q.id))
        errors[`answers.${q.id}`] = 'This question is not shown for the earlier answers';
      continue;
    }
    const { value, error } = normaliseAnswer(q, raw[q.id], opts.staffIds);
    if (error) errors[`answers.${q.id}`] = error;
    else if (value !== undefined) answers[q.id] = value;
  }
  const complete = visibleQuestions(qs, answers).every((q) => !q.required || answers[q.id] !== undefined);
  if (!opts.partial && !complete) {
    for (const q of visibleQuestions(qs, answers))
      if (q.required && answers[q.id] === undefined && !errors[`answers.${q.id}`])
        errors[`answers.${q.id}`] = 'This question needs an answer';
  }
  return { answers, errors, complete };
}

/** The scores a response is filtered and counted by: the first question of each kind. */
export function denormalise(
  qs: Question[],
  answers: Answers,
): {
  nps: number | null;
  csat: number | null;
  ces: number | null;
  emotion: string | null;
  comment: string | null;
  staffId: string | null;
} {
  const first = (type: Question['type']) => qs.find((q) => q.type === type && answers[q.id] !== undefined);
  const num = (type: Question['type']) => {
    const q = first(type);
    return q ? (answers[q.id] as number) : null;
  };
  const texts = qs
    .filter((q) => q.type === 'text' && typeof answers[q.id] === 'string')
    .map((q) => answers[q.id] as string);
  const staffQ = first('staff');
  const emotionQ = first('emotion');
  return {
    nps: num('nps'),
    csat: num('csat'),
    ces: num('ces'),
    emotion: emotionQ ? (answers[emotionQ.id] as string) : null,
    comment: texts.length ? texts.join('\n\n') : null,
    staffId: staffQ ? (answers[staffQ.id] as string) : null,
  };
}

/** The respondent's language: the customer's, then the browser's, among the survey's languages. */
export function pickLanguage(surveyLanguages: string[], preferences: (string | null | undefined)[]): string {
  for (const pref of preferences) {
    if (!pref) continue;
    const base = pref.toLowerCase().split(/[-_]/)[0]!;
    const hit =
      surveyLanguages.find((l) => l.toLowerCase() === pref.toLowerCase()) ??
      surveyLanguages.find((l) => l.toLowerCase().split('-')[0] === base);
    if (hit) return hit;
  }
  return surveyLanguages[0] ?? 'en';
}

/** Languages from an Accept-Language header, best first. */
export function acceptLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: tag!.trim(), q: q ? Number(q) : 1 };
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((x) => x.tag);
}

/** The text in the language, else the first the survey has. */
export function localize(text: Localized, lang: string): string {
  return text[lang] ?? Object.values(text)[0] ?? '';
}
