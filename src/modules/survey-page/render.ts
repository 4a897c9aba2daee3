import { translate, type MessageKey } from '../../shared/i18n/translate.ts';
import { parseReferralAnswer, REFERRAL_CHANNELS, REFERRER_MAX } from '../../shared/referral-answer.ts';
import {
  BETTER_ELSEWHERE_MAX,
  EMOTIONS,
  TEXT_MAX_DEFAULT,
  type AnswerValue,
  type Question,
} from '../../shared/survey-definition.ts';
import { scoreRange } from '../../shared/score-range.ts';
import { localize } from '../surveys/index.ts';
import { brandPalette } from './colors.ts';
import { textDirection } from './flow.ts';
import { CSS, hashOf, JS, JS_HASH } from './page-assets.ts';

/**
 * Pure HTML of the respondent page: no database, no HTTP. Every piece of text that came from a
 * user (survey texts, names, answers, URLs) goes through `esc`.
 */

export const esc = (s: unknown): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export type Branding = { name: string; logoUrl: string | null; brandColor: string | null };
export type LanguageLink = { code: string; href: string; current: boolean };
export type Frame = {
  lang: string;
  branding: Branding | null;
  title: string;
  languages?: LanguageLink[];
  embeddable?: boolean;
};
export type Rendered = { html: string; csp: string };

const t = (lang: string, key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);

/** Only http(s) logos are shown: the URL goes into an attribute and into the CSP's img-src. */
export function safeLogo(url: string | null | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

export function contentSecurityPolicy(styleHash: string, logo: URL | undefined, embeddable: boolean): string {
  return [
    "default-src 'none'",
    `script-src ${JS_HASH}`,
    `style-src ${styleHash}`,
    `img-src 'self' data:${logo ? ` ${logo.origin}` : ''}`,
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    // The widget channel shows the page in an iframe on the business's own site.
    `frame-ancestors ${embeddable ? '*' : "'none'"}`,
  ].join('; ');
}

/** The whole document around `main`; returns the HTML and the CSP that allows exactly its inline blocks. */
export function renderDocument(frame: Frame, main: string): Rendered {
  const { lang } = frame;
  const palette = brandPalette(frame.branding?.brandColor);
  const style = `:root{--b:${palette.brand};--ob:${palette.onBrand};--a:${palette.accent}}\n${CSS}`;
  const logo = safeLogo(frame.branding?.logoUrl);
  const header = frame.branding
    ? `<header>${logo ? `<img src="${esc(logo.href)}" alt="" height="40">` : ''}<span>${esc(frame.branding.name)}</span></header>`
    : '<header></header>';
  const langs =
    frame.languages && frame.languages.length > 1
      ? `<nav class="langs" aria-label="${esc(t(lang, 'survey.language'))}">${frame.languages
          .map((l) =>
            l.current
              ? `<a aria-current="true" lang="${esc(l.code)}">${esc(languageName(l.code))}</a>`
              : `<a href="${esc(l.href)}" lang="${esc(l.code)}" hreflang="${esc(l.code)}">${esc(languageName(l.code))}</a>`,
          )
          .join('')}</nav>`
      : '';
  const html = `<!doctype html><html lang="${esc(lang)}" dir="${textDirection(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>${esc(frame.title)}</title><style>${style}</style></head><body>${header}<main id="m">${langs}${main}</main><script>${JS}</script></body></html>`;
  return { html, csp: contentSecurityPolicy(hashOf(style), logo, frame.embeddable ?? false) };
}

const EMOJI: Record<(typeof EMOTIONS)[number], string> = {
  delighted: '😄',
  happy: '🙂',
  calm: '😌',
  confused: '😕',
  disappointed: '😞',
  annoyed: '😒',
  angry: '😠',
};

const END_LABELS: Partial<Record<Question['type'], [MessageKey, MessageKey]>> = {
  nps: ['survey.nps.low', 'survey.nps.high'],
  csat: ['survey.csat.low', 'survey.csat.high'],
  ces: ['survey.ces.low', 'survey.ces.high'],
  rating: ['survey.rating.low', 'survey.rating.high'],
};

export type QuestionView = {
  lang: string;
  question: Question;
  /** The stored answer, shown selected when the respondent comes back to the question. */
  value?: AnswerValue;
  error?: string;
  progress: { n: number; total: number | null };
  action: string;
  hidden: Record<string, string>;
  backHref?: string;
  isLast: boolean;
  title?: string;
  intro?: string;
  staff?: { id: string; name: string }[];
};

const choice = (type: 'radio' | 'checkbox', value: string, checked: boolean, label: string, extra = '') =>
  `<label class="opt"><input type="${type}" name="a" value="${esc(value)}"${checked ? ' checked' : ''}${extra}><span>${label}</span></label>`;

function inputs(v: QuestionView, describedBy: string): string {
  const { question: q, lang, value } = v;
  const is = (x: string | number) =>
    Array.isArray(value) ? value.includes(String(x)) : value !== undefined && String(value) === String(x);
  const range = scoreRange(q);
  if (range) {
    const options: string[] = [];
    for (let n = range[0]; n <= range[1]; n++) options.push(choice('radio', String(n), is(n), String(n)));
    const ends = END_LABELS[q.type]!;
    return `<div class="opts">${options.join('')}</div><div class="ends" id="${describedBy}"><span>${range[0]} — ${esc(t(lang, ends[0]))}</span><span>${range[1]} — ${esc(t(lang, ends[1]))}</span></div>`;
  }
  switch (q.type) {
    case 'emotion':
      return `<div class="opts col">${EMOTIONS.map((e) => choice('radio', e, is(e), `<span class="face" aria-hidden="true">${EMOJI[e]}</span>${esc(t(lang, `survey.emotion.${e}`))}`)).join('')}</div>`;
    case 'single':
    case 'multi':
      return `<div class="opts col">${(q.options ?? []).map((o) => choice(q.type === 'single' ? 'radio' : 'checkbox', o.id, is(o.id), esc(localize(o.text, lang)))).join('')}</div>`;
    case 'staff': {
      const staff = v.staff ?? [];
      if (staff.length <= 8)
        return `<div class="opts col">${staff.map((s) => choice('radio', s.id, is(s.id), esc(s.name))).join('')}</div>`;
      return `<select name="a" id="a-${esc(q.id)}" aria-labelledby="l-${esc(q.id)}"><option value="">${esc(t(lang, 'survey.staff.choose'))}</option>${staff
        .map((s) => `<option value="${esc(s.id)}"${is(s.id) ? ' selected' : ''}>${esc(s.name)}</option>`)
        .join('')}</select>`;
    }
    case 'referral_source': {
      const who = typeof value === 'string' ? parseReferralAnswer(value).who : null;
      const channels = REFERRAL_CHANNELS.map((c) =>
        choice('radio', c, who !== null ? c === 'referral' : is(c), esc(t(lang, `survey.referral.${c}`))),
      ).join('');
      return `<div class="opts col">${channels}</div><label class="who" for="w-${esc(q.id)}">${esc(t(lang, 'survey.referral.who'))}</label><input type="text" name="who" id="w-${esc(q.id)}" maxlength="${REFERRER_MAX}" autocomplete="off" value="${esc(who ?? '')}">`;
    }
    case 'better_elsewhere':
      return `<input type="text" name="a" id="a-${esc(q.id)}" maxlength="${BETTER_ELSEWHERE_MAX}" autocomplete="off" aria-labelledby="l-${esc(q.id)}"${v.error ? ' aria-invalid="true"' : ''}${q.required ? ' required' : ''} placeholder="${esc(t(lang, 'survey.betterElsewhere.placeholder'))}" value="${esc(typeof value === 'string' ? value : '')}">`;
    case 'text': {
      const max = q.maxLength ?? TEXT_MAX_DEFAULT;
      const counter = esc(t(lang, 'survey.counter', { count: '{count}', max: '{max}' }));
      return `<textarea name="a" id="a-${esc(q.id)}" maxlength="${max}" rows="5" aria-labelledby="l-${esc(q.id)}"${v.error ? ' aria-invalid="true"' : ''}${q.required ? ' required' : ''}>${esc(typeof value === 'string' ? value : '')}</textarea><p class="mut" id="cnt" data-f="${counter}" aria-live="polite" hidden></p>`;
    }
    default:
      return '';
  }
}

/** One question on its own page: a real form that works without JavaScript. */
export function renderQuestion(v: QuestionView): string {
  const { question: q, lang } = v;
  const id = esc(q.id);
  const describedBy = [v.error ? `err-${id}` : '', q.hint ? `h-${id}` : '', scoreRange(q) ? `e-${id}` : '']
    .filter(Boolean)
    .join(' ');
  const hidden = Object.entries(v.hidden)
    .map(([k, val]) => `<input type="hidden" name="${esc(k)}" value="${esc(val)}">`)
    .join('');
  const auto = scoreRange(q) || q.type === 'emotion' ? ' data-auto="1"' : '';
  const required = q.required ? ` <span class="mut">(${esc(t(lang, 'survey.required'))})</span>` : '';
  return `<div class="card">${v.title ? `<h1>${esc(v.title)}</h1>` : ''}${v.intro ? `<p>${esc(v.intro)}</p>` : ''}<p class="mut">${esc(v.progress.total === null ? t(lang, 'survey.progressOpen', { n: v.progress.n }) : t(lang, 'survey.progress', { n: v.progress.n, total: v.progress.total }))}</p>
<form method="post" action="${esc(v.action)}" novalidate${auto}>${hidden}<fieldset${describedBy ? ` aria-describedby="${describedBy}"` : ''}><legend id="l-${id}">${esc(localize(q.text, lang))}${required}</legend>${q.hint ? `<p class="mut" id="h-${id}">${esc(localize(q.hint, lang))}</p>` : ''}${v.error ? `<p class="err" id="err-${id}" role="alert">${esc(v.error)}</p>` : ''}${inputs(v, `e-${id}`)}</fieldset>
<div class="nav">${v.backHref ? `<a href="${esc(v.backHref)}">${esc(t(lang, 'survey.back'))}</a>` : ''}<button type="submit">${esc(t(lang, v.isLast ? 'survey.submit' : 'survey.next'))}</button></div></form></div>`;
}

export type ThanksView = {
  lang: string;
  thanks?: string;
  reviewUrl?: string | null;
  /** The location's review sites, when the survey shows them. */
  reviewSites?: { platform: string; url: string }[];
  referralText?: string | null;
};

const NAMED_PLATFORMS = ['google', 'yandex_maps', '2gis', 'facebook', 'tripadvisor'] as const;
const platformName = (lang: string, platform: string, url: URL) =>
  (NAMED_PLATFORMS as readonly string[]).includes(platform)
    ? t(lang, `web.adv.platform.${platform as (typeof NAMED_PLATFORMS)[number]}`)
    : url.hostname.replace(/^www\./, '');

/** The same thank-you for every respondent, whatever their score: review sites forbid gating. */
export function renderThanks(v: ThanksView): string {
  let review = '';
  const url = safeLogo(v.reviewUrl);
  if (url) {
    review = `<p>${esc(t(v.lang, 'survey.thanks.review', { site: url.hostname.replace(/^www\./, '') }))}</p><p><a href="${esc(url.href)}" rel="noopener noreferrer" target="_blank">${esc(t(v.lang, 'survey.thanks.reviewLink'))}</a></p>`;
  }
  const sites = (v.reviewSites ?? []).flatMap((site) => {
    const u = safeLogo(site.url);
    return u
      ? [
          `<li><a href="${esc(u.href)}" rel="noopener noreferrer" target="_blank">${esc(platformName(v.lang, site.platform, u))}</a></li>`,
        ]
      : [];
  });
  if (sites.length) review += `<p>${esc(t(v.lang, 'survey.thanks.reviewSites'))}</p><ul>${sites.join('')}</ul>`;
  return `<div class="card"><h1>${esc(t(v.lang, 'survey.thanks.title'))}</h1><p>${esc(v.thanks ?? t(v.lang, 'survey.thanks.body'))}</p>${review}${v.referralText ? `<p>${esc(v.referralText)}</p>` : ''}</div>`;
}

export type MessageKind = 'notFound' | 'expired' | 'closed' | 'already' | 'error';

export function renderMessage(
  lang: string,
  kind: MessageKind,
  detail?: string,
  link?: { href: string; text: string },
): string {
  return `<div class="card"><h1>${esc(t(lang, `survey.${kind}.title`))}</h1><p>${esc(t(lang, `survey.${kind}.body`))}</p>${detail ? `<p class="err" role="alert">${esc(detail)}</p>` : ''}${link ? `<p><a href="${esc(link.href)}">${esc(link.text)}</a></p>` : ''}</div>`;
}
