/**
 * A gesture's notice to the customer: owner-written text per language with {firstName} and
 * {business}. Pure, no database. A notice never speaks of points or reviews: recognition is a
 * thank-you, not a transaction or a request.
 */
export const NOTICE_LANGUAGES = ['en', 'ru', 'bg'] as const;
export type GestureNotice = Partial<Record<(typeof NOTICE_LANGUAGES)[number], string>>;
export const NOTICE_STATES = ['due', 'queued', 'sent', 'not_sent'] as const;

const FORBIDDEN = /\b(points?|reviews?)\b|балл|бонус|отзыв|точки|отзив|ревю/i;

/** True when the text speaks of points or reviews (in any of the three languages). */
export const mentionsPointsOrReviews = (text: string): boolean => FORBIDDEN.test(text);

/** The customer's first name: the first word of their name, or nothing. */
export const firstName = (name: string | null): string => name?.trim().split(/\s+/)[0] ?? '';

/**
 * The notice in the customer's language, else English, else any written one; placeholders
 * filled (an unknown one is left as written). Null when the notice has no text at all.
 */
export function noticeText(
  notice: GestureNotice,
  language: string | null,
  vars: { firstName: string; business: string },
): string | null {
  const lang = (language ?? '').slice(0, 2) as keyof GestureNotice;
  const text = [notice[lang], notice.en, ...Object.values(notice)].find((t) => t?.trim());
  if (!text) return null;
  return text
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? vars[k as keyof typeof vars] : m))
    .replace(/,\s*([!.?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
