import { translate, type MessageKey } from '../../shared/i18n/translate.ts';
import { langQuery, page, type Page } from '../insights/index.ts';
import { esc } from '../survey-page/index.ts';
import type { PulseItem } from './pulse.schema.ts';

/** The pulse answer page at `/e/{token}`: the eNPS question, up to four items, a comment. Pure HTML. */
export type AnswerView = {
  lang: string;
  path: string;
  business: string;
  threshold: number;
  items: PulseItem[];
  error?: boolean;
};

export function answerPage(v: AnswerView): Page {
  const t = (k: MessageKey, vars?: Record<string, string | number>) => translate(v.lang, k, vars);
  const scale = (name: string, from: number, to: number, required: boolean) =>
    `<div class="scale">${Array.from({ length: to - from + 1 }, (_, i) => from + i)
      .map(
        (n) =>
          `<label><input type="radio" name="${esc(name)}" value="${n}"${required && n === from ? ' required' : ''}> ${n}</label>`,
      )
      .join('')}</div>`;
  const items = v.items
    .map(
      (item) =>
        `<fieldset><legend>${esc(item.text[v.lang] ?? item.text.en)}</legend>${scale(`item_${item.id}`, 1, 5, false)}
         <p class="muted">1 = ${esc(t('voice.pulse.disagree'))} · 5 = ${esc(t('voice.pulse.agree'))}</p></fieldset>`,
    )
    .join('');
  const body = `<form class="card" method="post" action="${esc(v.path)}${langQuery(v)}">
    <h1>${esc(t('voice.pulse.title'))}</h1><p class="muted">${esc(t('voice.pulse.anonymity', { t: v.threshold }))}</p>
    ${v.error ? `<p class="err" role="alert">${esc(t('voice.pulse.required'))}</p>` : ''}
    <fieldset><legend>${esc(t('voice.pulse.enps', { business: v.business }))}</legend>${scale('score', 0, 10, true)}
    <p class="muted">0 = ${esc(t('voice.pulse.unlikely'))} · 10 = ${esc(t('voice.pulse.likely'))}</p></fieldset>
    ${items ? `<h2>${esc(t('voice.pulse.items'))}</h2>${items}` : ''}
    <label for="comment">${esc(t('voice.pulse.comment'))}</label><textarea id="comment" name="comment" rows="3" maxlength="2000"></textarea>
    <p><button type="submit">${esc(t('voice.pulse.submit'))}</button></p></form>`;
  return page(v.lang, t('voice.pulse.title'), v.business, body, v.path, v.error ? 400 : 200);
}

export function thanksPage(
  lang: string,
  path: string,
  business: string,
  comment: string | null,
  replies: { body: string }[],
): Page {
  const t = (k: MessageKey) => translate(lang, k);
  const body = `<div class="card ok" role="status"><p>${esc(t('voice.pulse.thanks'))}</p>${
    comment ? `<p class="muted">${esc(t('voice.pulse.keepLink'))}</p><blockquote>${esc(comment)}</blockquote>` : ''
  }</div>${
    replies.length
      ? `<section class="card"><h2>${esc(t('voice.pulse.replies'))}</h2><ul>${replies.map((r) => `<li class="post">${esc(r.body)}</li>`).join('')}</ul></section>`
      : ''
  }`;
  return page(lang, t('voice.pulse.title'), business, body, path);
}

export const invalidPage = (lang: string, path: string): Page =>
  page(
    lang,
    translate(lang, 'voice.pulse.title'),
    'Zabota',
    `<div class="card"><p>${esc(translate(lang, 'voice.pulse.invalid'))}</p></div>`,
    path,
    404,
  );

export const tooManyPage = (lang: string, path: string): Page =>
  page(
    lang,
    translate(lang, 'voice.pulse.title'),
    'Zabota',
    `<div class="card"><p class="err" role="alert">${esc(translate(lang, 'voice.pulse.tooMany'))}</p></div>`,
    path,
    429,
  );
