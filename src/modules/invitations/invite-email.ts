import type { Mail } from '../../platform/mail/mailer.ts';
import { dictionaries, translate, type MessageKey } from '../../shared/i18n/translate.ts';

export const DEFAULT_BRAND_COLOR = '#0f766e';

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Only a plain hex colour goes into a style attribute: the org setting is free text. */
export const safeColor = (c: string | null | undefined): string =>
  c && /^#[0-9a-f]{3,8}$/i.test(c) ? c : DEFAULT_BRAND_COLOR;

/** The customer's language when we have its strings, else the organisation's. */
export function mailLanguage(customerLanguage: string | null, orgLanguage: string): string {
  const base = (l: string | null) => l?.toLowerCase().split('-')[0] ?? '';
  return [base(customerLanguage), base(orgLanguage)].find((l) => l in dictionaries) ?? 'en';
}

export type InvitationMailInput = {
  to: string;
  name: string | null;
  language: string;
  /** The organisation and, when known, the location ("Bright Smile, Plovdiv"). */
  business: string;
  /** The sender's display name: the organisation. */
  fromName?: string;
  brandColor: string;
  url: string;
  expiresAt: Date;
  timeZone: string;
  reminder?: boolean;
};

/** The invitation (or its reminder): plain text and a small HTML version in the business's colour. */
export function invitationMail(p: InvitationMailInput): Mail {
  const t = (key: MessageKey, vars?: Record<string, string>) => translate(p.language, key, vars);
  const date = new Intl.DateTimeFormat(p.language, { dateStyle: 'long', timeZone: p.timeZone }).format(p.expiresAt);
  const business = p.business;
  const greeting = p.name ? t('invite.greeting', { name: p.name }) : t('invite.greetingAnonymous');
  const subject = t(p.reminder ? 'invite.reminder.subject' : 'invite.subject', { business });
  const body = t(p.reminder ? 'invite.reminder.body' : 'invite.body', { business });
  const expires = t('invite.expires', { date });
  const footer = t('invite.footer', { business });
  const text = `${greeting}\n\n${body}\n\n${t('invite.button')}: ${p.url}\n\n${expires}\n\n--\n${footer}\n`;
  const color = safeColor(p.brandColor);
  const h = escapeHtml;
  const html = `<!doctype html><html lang="${h(p.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${h(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#18181b">
<div style="max-width:520px;margin:0 auto;background:#fff;border-radius:8px;border-top:6px solid ${color};padding:24px">
<p style="margin:0 0 8px;font-weight:600;color:${color}">${h(business)}</p>
<p>${h(greeting)}</p>
<p>${h(body)}</p>
<p style="margin:24px 0"><a href="${h(p.url)}" style="display:inline-block;background:${color};color:#fff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${h(t('invite.button'))}</a></p>
<p style="font-size:14px;color:#52525b">${h(expires)}<br><a href="${h(p.url)}" style="color:#52525b;word-break:break-all">${h(p.url)}</a></p>
<p style="font-size:12px;color:#71717a;border-top:1px solid #e4e4e7;padding-top:12px;margin-top:24px">${h(footer)}</p>
</div></body></html>`;
  return { to: p.to, subject, text, html, ...(p.fromName ? { fromName: p.fromName } : {}) };
}
