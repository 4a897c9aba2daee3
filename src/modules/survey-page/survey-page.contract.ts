import { z } from 'zod';

/**
 * The respondent page's form post (application/x-www-form-urlencoded): the question answered, its
 * answer (one value, or several for a multiple choice) and, on a public link, the referral token
 * `r`. The answer itself is the survey's to judge (survey-logic.ts), not the form's.
 */
export const answerForm = z.object({
  q: z.string().optional(),
  a: z.union([z.string(), z.array(z.string())]).optional(),
  r: z.string().optional(),
  /** A "how did you hear about us" answer's free text: who recommended us. */
  who: z.string().optional(),
  /** The "may we contact you?" form (contact-page.ts): a phone or an email, and the consent box (`yes`). */
  phone: z.string().optional(),
  email: z.string().optional(),
  consent: z.string().optional(),
});
export type AnswerForm = z.infer<typeof answerForm>;
