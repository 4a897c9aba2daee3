import type {
  EMOTIONS as SHARED_EMOTIONS,
  Question,
  QUESTION_TYPES as SHARED_TYPES,
  QuestionType,
  ShowIf,
} from '../../../shared/survey-definition.ts';
import { scoreRange } from '../../../shared/score-range.ts';
import type { Survey, SurveyCreate, SurveyDefinition, SurveyStatus } from './hooks.ts';

/**
 * The builder edits a plain copy of the survey: texts may be blank while someone types. `toBody`
 * turns it back into the API's JSON, leaving blank translations out so that the server names the
 * missing ones (`questions.0.text: Missing translation: ru`) instead of refusing an empty string.
 */
export type Texts = Record<string, string>;
export type DraftQuestion = Omit<Question, 'required'> & { required: boolean };
export type Draft = {
  name: string;
  languages: string[];
  status: SurveyStatus;
  questions: DraftQuestion[];
  title: Texts;
  intro: Texts;
  thanks: Texts;
  settings: NonNullable<SurveyDefinition['settings']>;
  touchpointIds: string[];
  locationId: string | null;
};

// Copied rather than imported: the shared module's values come with Zod, which the dashboard never
// runs. The types below fail to compile if a list falls behind the shared one.
export const QUESTION_TYPES = [
  'nps',
  'csat',
  'ces',
  'emotion',
  'rating',
  'single',
  'multi',
  'text',
  'staff',
  'referral_source',
  'better_elsewhere',
] as const satisfies readonly QuestionType[];
export const EMOTIONS = [
  'delighted',
  'happy',
  'calm',
  'confused',
  'disappointed',
  'annoyed',
  'angry',
] as const satisfies readonly (typeof SHARED_EMOTIONS)[number][];
const sameTypes: (typeof SHARED_TYPES)[number] extends (typeof QUESTION_TYPES)[number] ? true : never = true;
const sameEmotions: (typeof SHARED_EMOTIONS)[number] extends (typeof EMOTIONS)[number] ? true : never = true;
void sameTypes;
void sameEmotions;

export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** Question types whose answer is a number on a scale, with that scale (one definition: the server's). */
export const scale = (q: Pick<Question, 'type' | 'scale'>): [number, number] | null => scoreRange(q) ?? null;

/** The answers a condition can list for a choice question (option ids, or the fixed emotions). */
export function choices(q: DraftQuestion): { id: string; text: Texts | null }[] | null {
  if (q.type === 'single' || q.type === 'multi') return (q.options ?? []).map((o) => ({ id: o.id, text: o.text }));
  if (q.type === 'emotion') return EMOTIONS.map((e) => ({ id: e, text: null }));
  return null;
}

export const canBeCondition = (q: DraftQuestion): boolean => scale(q) !== null || choices(q) !== null;

export function blankDraft(language: string): Draft {
  return {
    name: '',
    languages: [language],
    status: 'draft',
    questions: [newQuestion('nps', [])],
    title: {},
    intro: {},
    thanks: {},
    settings: {},
    touchpointIds: [],
    locationId: null,
  };
}

export function fromDefinition(
  def: SurveyDefinition,
  rest: Partial<Pick<Survey, 'status' | 'touchpointIds' | 'locationId'>> = {},
): Draft {
  return {
    name: def.name,
    languages: [...def.languages],
    status: rest.status ?? 'draft',
    questions: def.questions.map((q) => ({ ...q, required: q.required ?? false })),
    title: { ...(def.title ?? {}) },
    intro: { ...(def.intro ?? {}) },
    thanks: { ...(def.thanks ?? {}) },
    settings: { ...(def.settings ?? {}) },
    touchpointIds: [...(rest.touchpointIds ?? [])],
    locationId: rest.locationId ?? null,
  };
}

const clean = (texts: Texts): Texts =>
  Object.fromEntries(
    Object.entries(texts)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );
const cleanOrNull = (texts: Texts): Texts | null => (Object.keys(clean(texts)).length ? clean(texts) : null);

export function toBody(d: Draft): SurveyCreate {
  return {
    name: d.name,
    languages: d.languages,
    status: d.status,
    questions: d.questions.map((q) => ({
      ...q,
      text: clean(q.text),
      hint: q.hint && cleanOrNull(q.hint) ? clean(q.hint) : undefined,
      options: q.options?.map((o) => ({ ...o, text: clean(o.text) })),
    })),
    title: cleanOrNull(d.title),
    intro: cleanOrNull(d.intro),
    thanks: cleanOrNull(d.thanks),
    settings: { ...d.settings, reviewUrl: d.settings.reviewUrl?.trim() ? d.settings.reviewUrl.trim() : null },
    touchpointIds: d.touchpointIds,
    locationId: d.locationId,
  };
}

const blank = (texts: Texts | undefined, language: string) => !texts?.[language]?.trim();
const anyText = (texts: Texts | undefined) => Object.values(texts ?? {}).some((v) => v.trim() !== '');

/** How many texts the survey still lacks in a language (a page text counts once some language has it). */
export function missingCount(d: Draft, language: string): number {
  let n = 0;
  for (const q of d.questions) {
    if (blank(q.text, language)) n++;
    for (const o of q.options ?? []) if (blank(o.text, language)) n++;
    if (anyText(q.hint) && blank(q.hint, language)) n++;
  }
  for (const texts of [d.title, d.intro, d.thanks]) if (anyText(texts) && blank(texts, language)) n++;
  return n;
}

function uniqueId(prefix: string, taken: string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function newQuestion(type: QuestionType, existing: DraftQuestion[]): DraftQuestion {
  return withType(
    {
      id: uniqueId(
        'q',
        existing.map((q) => q.id),
      ),
      type: 'text',
      text: {},
      required: false,
    },
    type,
  );
}

/** The question with another type: options for choices, a scale for ratings, nothing the type does not take. */
export function withType(q: DraftQuestion, type: QuestionType): DraftQuestion {
  const { options, scale: s, maxLength, ...rest } = q;
  const next: DraftQuestion = { ...rest, type };
  if (type === 'single' || type === 'multi')
    next.options = options?.length
      ? options
      : [
          { id: 'o1', text: {} },
          { id: 'o2', text: {} },
        ];
  if (type === 'rating') next.scale = s ?? 5;
  if (type === 'text' && maxLength !== undefined) next.maxLength = maxLength;
  return next;
}

export const newOption = (q: DraftQuestion) => ({
  id: uniqueId(
    'o',
    (q.options ?? []).map((o) => o.id),
  ),
  text: {},
});

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Conditions may only look back: after a removal or a move, drop the ones that no longer can. */
export function dropBrokenConditions(qs: DraftQuestion[]): DraftQuestion[] {
  return qs.map((q, i) => {
    if (!q.showIf) return q;
    const target = qs.findIndex((o) => o.id === q.showIf!.question);
    if (target >= 0 && target < i && canBeCondition(qs[target]!)) return q;
    const { showIf: _dropped, ...rest } = q;
    return rest;
  });
}

export function defaultCondition(source: DraftQuestion): ShowIf {
  const s = scale(source);
  if (s)
    return { question: source.id, min: s[0], max: source.type === 'nps' ? 6 : s[0] + Math.floor((s[1] - s[0]) / 2) };
  const c = choices(source) ?? [];
  return { question: source.id, in: c.length ? [c[0]!.id] : [] };
}

/** The server's message for a field or anything inside it (`questions.0.text` covers `questions.0.text.ru`). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}
