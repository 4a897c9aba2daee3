import { translate, type MessageKey } from '../../shared/i18n/translate.ts';
import { esc } from '../survey-page/index.ts';
import { KINDS, type Status } from './insight-rules.ts';
import { langQuery, page, type Page } from './page-layout.ts';

/** The staff member's one-screen form and board at `/i/{token}`. Pure HTML: no database, no HTTP. */
export type BoardPost = {
  id: string;
  kind: string;
  title: string;
  status: Status;
  votes: number;
  voted: boolean;
  anonymous: boolean;
  authorName: string | null;
  outcome: string | null;
};
export type FormView = {
  lang: string;
  path: string;
  business: string;
  name: string;
  locations: { id: string; name: string }[];
  touchpoints: { id: string; name: string }[];
  defaultLocation: string | null;
  board: BoardPost[];
  mine: BoardPost[];
  posted?: { similar: BoardPost[] };
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

const options = (items: { id: string; name: string }[], selected: string | null | undefined, none: string) =>
  `<option value="">${esc(none)}</option>` +
  items
    .map((i) => `<option value="${esc(i.id)}"${i.id === selected ? ' selected' : ''}>${esc(i.name)}</option>`)
    .join('');

function postItem(v: FormView, p: BoardPost, withActions: boolean): string {
  const t = (k: MessageKey, vars?: Record<string, string | number>) => translate(v.lang, k, vars);
  const who = p.anonymous ? t('voice.form.anonymousMark') : (p.authorName ?? '');
  const open = p.status === 'new' || p.status === 'reviewing' || p.status === 'planned';
  const actions =
    withActions && open
      ? `<div class="row">${
          p.voted
            ? `<span class="badge">${esc(t('voice.form.voted'))}</span>`
            : `<form method="post" action="${esc(v.path)}/votes/${esc(p.id)}${langQuery(v)}"><button class="small" type="submit">${esc(t('voice.form.vote'))}</button></form>`
        }</div>
        <form method="post" action="${esc(v.path)}/comments/${esc(p.id)}${langQuery(v)}"><label for="c-${esc(p.id)}" class="muted">${esc(t('voice.form.comment'))}</label>
        <div class="row"><input type="text" id="c-${esc(p.id)}" name="body" maxlength="2000" required><button class="small" type="submit">${esc(t('voice.form.send'))}</button></div></form>`
      : '';
  return `<li class="post" data-insight="${esc(p.id)}"><div><span class="badge">${esc(t(`voice.kind.${p.kind}` as MessageKey))}</span> <strong>${esc(p.title)}</strong></div>
    <div class="muted">${esc(who)} · ${esc(t(`voice.status.${p.status}`))} · ${esc(t('voice.votes', { n: p.votes }))}</div>
    ${p.outcome ? `<p><b>${esc(t('voice.form.outcome'))}:</b> ${esc(p.outcome)}</p>` : ''}${actions}</li>`;
}

export function formPage(v: FormView): Page {
  const t = (k: MessageKey, vars?: Record<string, string | number>) => translate(v.lang, k, vars);
  const val = v.values ?? {};
  const err = (f: string) => (v.errors?.[f] ? `<p class="err" id="e-${f}">${esc(v.errors[f])}</p>` : '');
  const kind = val.kind ?? 'irritant';
  const posted = v.posted
    ? `<div class="card ok" role="status"><p>${esc(t('voice.form.posted'))}</p>${
        v.posted.similar.length
          ? `<p>${esc(t('voice.form.similar'))}</p><ul>${v.posted.similar.map((p) => postItem(v, p, true)).join('')}</ul>`
          : ''
      }</div>`
    : '';
  const form = `<form class="card" method="post" action="${esc(v.path)}${langQuery(v)}">
    <h1>${esc(t('voice.form.title'))}</h1><p class="muted">${esc(t('voice.form.hello', { name: v.name }))}</p>
    ${v.errors ? `<p class="err" role="alert">${esc(t('voice.form.problem'))}</p>` : ''}
    <fieldset><legend>${esc(t('voice.form.kind'))}</legend>${KINDS.map(
      (k) =>
        `<label class="opt"><input type="radio" name="kind" value="${k}"${k === kind ? ' checked' : ''}> ${esc(t(`voice.kind.${k}`))}</label>`,
    ).join('')}</fieldset>${err('kind')}
    <label for="title">${esc(t('voice.form.titleLabel'))}</label><input type="text" id="title" name="title" maxlength="200" required value="${esc(val.title)}">${err('title')}
    <label for="body">${esc(t('voice.form.body'))}</label><textarea id="body" name="body" rows="3" maxlength="4000">${esc(val.body)}</textarea>
    <label for="locationId">${esc(t('voice.form.location'))}</label><select id="locationId" name="locationId">${options(v.locations, val.locationId ?? v.defaultLocation, t('voice.form.none'))}</select>
    <label for="touchpointId">${esc(t('voice.form.touchpoint'))}</label><select id="touchpointId" name="touchpointId">${options(v.touchpoints, val.touchpointId, t('voice.form.none'))}</select>
    <label for="customer">${esc(t('voice.form.customer'))}</label><input type="email" id="customer" name="customer" maxlength="320" value="${esc(val.customer)}">${err('customer')}
    <label class="opt"><input type="checkbox" name="anonymous" value="1"${val.anonymous ? ' checked' : ''}> ${esc(t('voice.form.anonymous'))}</label>
    <p class="muted">${esc(t('voice.form.anonymousHint'))}</p>
    <button type="submit">${esc(t('voice.form.submit'))}</button></form>`;
  const mine = v.mine.length
    ? `<section class="card"><h2>${esc(t('voice.form.mine'))}</h2><ul>${v.mine.map((p) => postItem(v, p, false)).join('')}</ul></section>`
    : '';
  const board = v.board.length
    ? `<section class="card"><h2>${esc(t('voice.form.board'))}</h2><ul>${v.board.map((p) => postItem(v, p, true)).join('')}</ul></section>`
    : '';
  return page(v.lang, t('voice.form.title'), v.business, posted + form + mine + board, v.path, v.errors ? 400 : 200);
}

export const invalidLinkPage = (lang: string, path: string): Page =>
  page(
    lang,
    translate(lang, 'voice.form.title'),
    'Zabota',
    `<div class="card"><p>${esc(translate(lang, 'voice.form.invalidLink'))}</p></div>`,
    path,
    404,
  );

export const tooManyFormPage = (lang: string, path: string): Page =>
  page(
    lang,
    translate(lang, 'voice.form.title'),
    'Zabota',
    `<div class="card"><p class="err" role="alert">${esc(translate(lang, 'ideas.page.tooMany'))}</p></div>`,
    path,
    429,
  );
