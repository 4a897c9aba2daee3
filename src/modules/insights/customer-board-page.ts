import { translate, type MessageKey } from '../../shared/i18n/translate.ts';
import { esc } from '../survey-page/index.ts';
import type { Status } from './insight-rules.ts';
import { langQuery, page, type Page } from './page-layout.ts';

/**
 * The customer's idea board at `/c/{token}`. Pure HTML: no database, no HTTP. Other customers are
 * shown by first name and initial only (or not at all), never by anything that reaches them.
 */
export type CustomerIdea = {
  id: string;
  title: string;
  body: string | null;
  status: Status;
  votes: number;
  voted: boolean;
  mine: boolean;
  /** "Anna P.", or null when the author chose to stay anonymous or was not a customer. */
  author: string | null;
  outcome: string | null;
};
export type BoardView = {
  lang: string;
  path: string;
  business: string;
  name: string;
  ideas: CustomerIdea[];
  posted?: boolean;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  status?: number;
};

/** "Anna Petrova" → "Anna P.": enough to be recognised by friends, not enough to be found. */
export function publicName(name: string | null | undefined): string | null {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return null;
  const [first, ...rest] = parts;
  const last = rest.at(-1);
  return last ? `${first} ${[...last][0]!.toLocaleUpperCase()}.` : first!;
}

const OPEN: readonly Status[] = ['new', 'reviewing', 'planned'];

function item(v: BoardView, i: CustomerIdea): string {
  const t = (k: MessageKey, vars?: Record<string, string | number>) => translate(v.lang, k, vars);
  const who = i.author ?? t('ideas.page.anonymousMark');
  const canVote = OPEN.includes(i.status) && !i.mine;
  const action = i.voted
    ? `<span class="badge">${esc(t('ideas.page.voted'))}</span>`
    : canVote
      ? `<form method="post" action="${esc(v.path)}/votes/${esc(i.id)}${langQuery(v)}"><button class="small" type="submit">${esc(t('ideas.page.vote'))}</button></form>`
      : '';
  return `<li class="post" data-idea="${esc(i.id)}"><strong>${esc(i.title)}</strong>${i.body ? `<p>${esc(i.body)}</p>` : ''}
    <div class="muted">${esc(who)} · <span class="badge">${esc(t(`voice.status.${i.status}`))}</span> · ${esc(t('voice.votes', { n: i.votes }))}</div>
    ${i.outcome ? `<p>${esc(i.outcome)}</p>` : ''}<div class="row">${action}</div></li>`;
}

const section = (title: string, items: string[]) =>
  items.length ? `<section class="card"><h2>${esc(title)}</h2><ul>${items.join('')}</ul></section>` : '';

export function boardPage(v: BoardView): Page {
  const t = (k: MessageKey, vars?: Record<string, string | number>) => translate(v.lang, k, vars);
  const val = v.values ?? {};
  const err = (f: string) => (v.errors?.[f] ? `<p class="err" id="e-${f}">${esc(v.errors[f])}</p>` : '');
  const posted = v.posted ? `<div class="card ok" role="status"><p>${esc(t('ideas.page.posted'))}</p></div>` : '';
  const form = `<form class="card" method="post" action="${esc(v.path)}${langQuery(v)}">
    <h1>${esc(t('ideas.page.title'))}</h1><p class="muted">${esc(t('ideas.page.hello', { name: v.name }))}</p>
    ${v.errors ? `<p class="err" role="alert">${esc(v.errors.form ?? t('ideas.page.problem'))}</p>` : ''}
    <label for="title">${esc(t('ideas.page.titleLabel'))}</label><input type="text" id="title" name="title" maxlength="200" required value="${esc(val.title)}">${err('title')}
    <label for="body">${esc(t('ideas.page.body'))}</label><textarea id="body" name="body" rows="3" maxlength="4000">${esc(val.body)}</textarea>${err('body')}
    <label class="opt"><input type="checkbox" name="anonymous" value="1"${val.anonymous ? ' checked' : ''}> ${esc(t('ideas.page.anonymous'))}</label>
    <p class="muted">${esc(t('ideas.page.anonymousHint', { business: v.business }))}</p>
    <button type="submit">${esc(t('ideas.page.submit'))}</button></form>`;
  const open = v.ideas.filter((i) => OPEN.includes(i.status));
  const board = open.length
    ? section(
        t('ideas.page.board'),
        open.map((i) => item(v, i)),
      )
    : `<section class="card"><p>${esc(t('ideas.page.empty'))}</p></section>`;
  const shipped = section(
    t('ideas.page.shipped'),
    v.ideas.filter((i) => i.status === 'done').map((i) => item(v, i)),
  );
  const mine = section(
    t('ideas.page.mine'),
    v.ideas.filter((i) => i.mine && !OPEN.includes(i.status) && i.status !== 'done').map((i) => item(v, i)),
  );
  const notice = `<p class="muted">${esc(t('ideas.page.notify'))}</p>`;
  return page(
    v.lang,
    t('ideas.page.title'),
    v.business,
    posted + form + board + shipped + mine + notice,
    v.path,
    v.status ?? (v.errors ? 400 : 200),
  );
}

export const invalidBoardLinkPage = (lang: string, path: string): Page =>
  page(
    lang,
    translate(lang, 'ideas.page.title'),
    'Zabota',
    `<div class="card"><p>${esc(translate(lang, 'ideas.page.invalidLink'))}</p></div>`,
    path,
    404,
  );
