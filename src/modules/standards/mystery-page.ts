import { esc, renderDocument, type Rendered } from '../survey-page/index.ts';
import { translate, type MessageKey } from '../../shared/i18n/translate.ts';

export type ShopperItem = {
  id: string;
  kind: 'pass_fail' | 'scale';
  naAllowed: boolean;
  text: string;
  value?: string;
  comment?: string;
};

const t = (lang: string, key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);

/** The shopper's form: plain HTML radios posted back as a form, so it works without JavaScript. */
export function renderShopperForm(
  lang: string,
  v: { scenario: string | null; items: ShopperItem[]; error?: string; missing?: Set<string> },
): Rendered {
  const options = (item: ShopperItem): [string, string][] => [
    ...(item.kind === 'scale'
      ? ['1', '2', '3', '4', '5'].map((n): [string, string] => [n, n])
      : [['pass', t(lang, 'mystery.pass')] as [string, string], ['fail', t(lang, 'mystery.fail')] as [string, string]]),
    ...(item.naAllowed ? [['na', t(lang, 'mystery.na')] as [string, string]] : []),
  ];
  const items = v.items
    .map((item, i) => {
      const radios = options(item)
        .map(
          ([value, label]) =>
            `<label class="opt"><input type="radio" name="item.${esc(item.id)}" value="${esc(value)}"${item.value === value ? ' checked' : ''}> ${esc(label)}</label>`,
        )
        .join('');
      const hint = item.kind === 'scale' ? `<p class="hint">${esc(t(lang, 'mystery.scale'))}</p>` : '';
      const missing = v.missing?.has(item.id) ? ' aria-invalid="true"' : '';
      return `<fieldset class="q"${missing}><legend>${i + 1}. ${esc(item.text)}</legend>${hint}<div class="opts">${radios}</div><label>${esc(t(lang, 'mystery.comment'))}<textarea name="comment.${esc(item.id)}" maxlength="2000" rows="2">${esc(item.comment ?? '')}</textarea></label></fieldset>`;
    })
    .join('');
  const scenario = v.scenario
    ? `<section><h2>${esc(t(lang, 'mystery.scenario'))}</h2><p>${esc(v.scenario)}</p></section>`
    : '';
  const error = v.error ? `<p class="err" role="alert">${esc(v.error)}</p>` : '';
  const main = `<div class="card"><h1>${esc(t(lang, 'mystery.title'))}</h1>${scenario}${error}<form method="post">${items}<button type="submit">${esc(t(lang, 'mystery.submit'))}</button></form></div>`;
  return renderDocument({ lang, branding: null, title: t(lang, 'mystery.title') }, main);
}

export function renderShopperMessage(
  lang: string,
  kind: 'thanks' | 'early' | 'closed' | 'notFound',
  vars?: Record<string, string>,
): Rendered {
  const main = `<div class="card"><h1>${esc(t(lang, `mystery.${kind}.title`))}</h1><p>${esc(t(lang, `mystery.${kind}.body`, vars))}</p></div>`;
  return renderDocument({ lang, branding: null, title: t(lang, `mystery.${kind}.title`) }, main);
}
