import { z } from 'zod';

/**
 * A survey's questions, shared by the API, the respondent page and the dashboard builder.
 * Texts are per language code (`{en: …, ru: …}`); any language code is allowed.
 */
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
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * Questions answered in the customer's own words: a comment, and "who do you know who does this
 * better?" (pyramiding: a lead user points at the next one, or at a business to learn from).
 */
export const isFreeText = (type: string) => type === 'text' || type === 'better_elsewhere';
/** The longest answer to "who does this better?": a name and a line on what they do well. */
export const BETTER_ELSEWHERE_MAX = 500;

/** The fixed set of emotions the emotion question offers, each shown with a face. */
export const EMOTIONS = ['delighted', 'happy', 'calm', 'confused', 'disappointed', 'annoyed', 'angry'] as const;
export type Emotion = (typeof EMOTIONS)[number];

const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { error: 'Must be a language code, e.g. en, ru, bg' });
export const localized = z
  .record(languageCode, z.string().trim().min(1).max(2000))
  .refine((v) => Object.keys(v).length > 0, { error: 'Give the text in at least one language' });
export type Localized = z.infer<typeof localized>;

const questionId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, { error: 'Letters, digits, _ or -, starting with a letter' });

export const choiceOption = z.object({ id: questionId, text: localized });

/** Show a question only when an earlier answer matches: one of `in`, or within [min, max]. */
export const showIf = z
  .object({
    question: questionId,
    in: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((c) => c.in !== undefined || c.min !== undefined || c.max !== undefined, {
    error: 'Give `in`, `min` or `max`',
  });

export const question = z.object({
  id: questionId,
  type: z.enum(QUESTION_TYPES),
  text: localized,
  /** Optional hint under the question. */
  hint: localized.optional(),
  required: z.boolean().default(false),
  options: z.array(choiceOption).min(2).max(50).optional(),
  /** For `rating`: the top of the scale (1…scale), 5 by default. */
  scale: z.number().int().min(2).max(10).optional(),
  /** For `text`: the longest answer kept. */
  maxLength: z.number().int().min(1).max(10_000).optional(),
  showIf: showIf.optional(),
});
export type Question = z.infer<typeof question>;
export type ShowIf = z.infer<typeof showIf>;

export const questions = z.array(question).min(1, { error: 'A survey needs at least one question' }).max(100);

export type AnswerValue = number | string | string[];
export type Answers = Record<string, AnswerValue>;

export const TEXT_MAX_DEFAULT = 5000;
