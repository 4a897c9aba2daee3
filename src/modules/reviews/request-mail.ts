import type { Mail } from '../../platform/mail/mailer.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { escapeHtml, safeColor } from '../invitations/index.ts';
import type { RequestTemplates } from './reviews.schema.ts';

export type RequestMailInput = {
  to: string;
  name: string | null;
  language: string;
  business: string;
  brandColor: string;
  url: string;
  templates: RequestTemplates;
};

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(name|business|link)\}/g, (_, k: string) => v[k]!);

function texts(p: Omit<RequestMailInput, 'to' | 'brandColor'>) {
  const vars = { name: p.name ?? '', business: p.business, link: p.url };
  const own = p.templates[p.language];
  const subject = own ? fill(own.subject, vars) : translate(p.language, 'review.request.subject', vars);
  const body = own ? fill(own.body, vars) : translate(p.language, 'review.request.body', vars);
  const button = translate(p.language, 'review.request.button');
  const withLink = body.includes(p.url) ? body : `${body}\n\n${button}: ${p.url}`;
  return { vars, subject, body, button, withLink };
}

/** The request as a chat message or SMS: the same words as the mail, with the link. */
export const reviewRequestText = (p: Omit<RequestMailInput, 'to' | 'brandColor'>) => texts(p).withLink;

/** The owner's template in the customer's language when there is one, else the built-in text. */
export function reviewRequestMail(p: RequestMailInput): Mail {
  const { vars, subject, body, button, withLink } = texts(p);
  const footer = translate(p.language, 'review.request.footer', vars);
  const h = escapeHtml;
  const color = safeColor(p.brandColor);
  const html = `<!doctype html><html lang="${h(p.language)}"><head><meta charset="utf-8"><title>${h(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;color:#18181b;padding:24px"><div style="max-width:520px;margin:0 auto;border-top:6px solid ${color};padding:24px">
<p style="font-weight:600;color:${color}">${h(p.business)}</p>${body
    .split(/\n{2,}/)
    .map((para) => `<p>${h(para)}</p>`)
    .join('')}
<p><a href="${h(p.url)}" style="display:inline-block;background:${color};color:#fff;text-decoration:none;padding:12px 20px;border-radius:6px">${h(button)}</a></p>
<p style="font-size:12px;color:#71717a">${h(footer)}</p></div></body></html>`;
  return { to: p.to, subject, text: `${withLink}\n\n--\n${footer}\n`, html };
}
