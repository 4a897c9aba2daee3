import { createHash } from 'node:crypto';
import { esc } from '../survey-page/index.ts';

/**
 * The frame of the staff pages (`/i/…` form, `/e/…` pulse): plain HTML forms, no JavaScript, one
 * inline stylesheet allowed by its hash, so the pages work on any phone from a QR code.
 */
const CSS = `*{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#111827;background:#f3f4f6}
header{background:#1f4e79;color:#fff;padding:12px 16px;display:flex;justify-content:space-between;gap:8px;flex-wrap:wrap}
header a{color:#fff;margin-inline-start:8px}main{max-width:42rem;margin:0 auto;padding:12px}
.card{background:#fff;border-radius:12px;padding:16px;margin:0 0 12px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.3rem;margin:0 0 12px}h2{font-size:1.1rem;margin:0 0 8px}label{display:block;margin:10px 0 4px;font-weight:600}
input[type=text],input[type=email],textarea,select{width:100%;font:inherit;padding:10px;border:1px solid #6b7280;border-radius:8px}
fieldset{border:0;padding:0;margin:8px 0}legend{font-weight:600;margin-bottom:4px}.opt{display:flex;gap:8px;align-items:center;margin:6px 0;font-weight:400}
button{font:inherit;min-height:44px;padding:8px 16px;border:0;border-radius:8px;background:#1f4e79;color:#fff;cursor:pointer}
button.small{min-height:36px;padding:4px 12px;background:#e5e7eb;color:#111827}.muted{color:#4b5563;font-size:.9rem}
.ok{background:#ecfdf5;border:1px solid #10b981}.err{color:#b91c1c;font-weight:600}ul{padding:0;list-style:none;margin:0}
li.post{border-top:1px solid #e5e7eb;padding:10px 0}.row{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.scale{display:flex;flex-wrap:wrap;gap:4px}.scale label{margin:0;font-weight:400;border:1px solid #6b7280;border-radius:8px;padding:6px 10px}
.badge{display:inline-block;background:#e5e7eb;border-radius:999px;padding:0 8px;font-size:.85rem}`;
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS, 'utf8').digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const PAGE_LANGUAGES = ['en', 'ru', 'bg'] as const;
export const pageLanguage = (...candidates: (string | null | undefined)[]): string =>
  candidates.find((c): c is string => !!c && (PAGE_LANGUAGES as readonly string[]).includes(c)) ?? 'en';

/** A form's own language in its action, so even a throttled post (answered before the link is looked up) keeps it. */
export const langQuery = (v: { lang: string }) => `?lang=${encodeURIComponent(v.lang)}`;

export type Page = { status: number; html: string; csp: string } | { redirect: string };

export function page(lang: string, title: string, business: string, body: string, path: string, status = 200): Page {
  const langs = PAGE_LANGUAGES.map((l) =>
    l === lang ? `<b>${l.toUpperCase()}</b>` : `<a href="${esc(path)}?lang=${l}">${l.toUpperCase()}</a>`,
  ).join('');
  return {
    status,
    csp: CSP,
    html: `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title><style>${CSS}</style></head><body><header><span>${esc(business)}</span><nav>${langs}</nav></header><main>${body}</main></body></html>`,
  };
}
