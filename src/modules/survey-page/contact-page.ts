import { translate as t } from '../../shared/i18n/translate.ts';
import { esc } from './render.ts';

/** The hidden question id the contact form posts as, beside the survey's own ones. */
export const CONTACT_Q = '_contact';

export type ContactForm = { email?: string; phone?: string; consent?: boolean };
export type ContactView = {
  lang: string;
  action: string;
  hidden: Record<string, string>;
  skipHref: string;
  values?: ContactForm;
  error?: string;
};

/** A tiny no-JS form: phone or email, and an explicit consent box (not ticked in advance). */
export function renderContact(v: ContactView): string {
  const hidden = Object.entries({ ...v.hidden, q: CONTACT_Q })
    .map(([k, val]) => `<input type="hidden" name="${esc(k)}" value="${esc(val)}">`)
    .join('');
  const field = (name: 'phone' | 'email', type: 'tel' | 'email', auto: string) =>
    `<p><label for="c-${name}">${esc(t(v.lang, `survey.contact.${name}`))}</label><input id="c-${name}" name="${name}" type="${type}" autocomplete="${auto}" maxlength="320" value="${esc(v.values?.[name] ?? '')}"></p>`;
  return `<div class="card"><h1>${esc(t(v.lang, 'survey.contact.title'))}</h1><p>${esc(t(v.lang, 'survey.contact.body'))}</p>${v.error ? `<p class="err" role="alert">${esc(v.error)}</p>` : ''}<form method="post" action="${esc(v.action)}" novalidate>${hidden}${field('phone', 'tel', 'tel')}${field('email', 'email', 'email')}<label class="opt"><input type="checkbox" name="consent" value="yes"${v.values?.consent ? ' checked' : ''}><span>${esc(t(v.lang, 'survey.contact.consent'))}</span></label><div class="nav"><a href="${esc(v.skipHref)}">${esc(t(v.lang, 'survey.contact.skip'))}</a><button type="submit">${esc(t(v.lang, 'survey.contact.send'))}</button></div></form></div>`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()\-.]{5,32}$/;

/** The contact to keep, or the one message that says what is missing. */
export function checkContact(
  lang: string,
  form: ContactForm,
): { ok: true; contact: { email?: string; phone?: string } } | { ok: false; error: string } {
  const email = form.email?.trim() || undefined;
  const phone = form.phone?.trim() || undefined;
  if ((!email && !phone) || (email && !EMAIL.test(email)) || (phone && !PHONE.test(phone)))
    return { ok: false, error: t(lang, 'survey.contact.error.how') };
  if (!form.consent) return { ok: false, error: t(lang, 'survey.contact.error.consent') };
  return { ok: true, contact: { ...(email ? { email: email.toLowerCase() } : {}), ...(phone ? { phone } : {}) } };
}
