import type { Actor } from '../../platform/auth/actor.ts';
import { sha256 } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { formPage, invalidLinkPage, type BoardPost, type FormView } from './form-page.ts';
import { isClosed, KINDS, suggestDuplicates, type Kind } from './insight-rules.ts';
import { insightCreate } from './insights.contract.ts';
import * as repo from './insights.repo.ts';
import * as service from './insights.service.ts';
import { pageLanguage, type Page } from './page-layout.ts';

/** What the staff form does for the holder of a personal link: post, vote, comment, and see outcomes. */
type Holder = NonNullable<Awaited<ReturnType<typeof repo.linkHolder>>>;
export type FormInput = { token: string; lang?: string; body?: Record<string, unknown>; posted?: string };

const authorKeyOf = (token: string) => sha256(`author:${token}`);

const boardPost = (r: repo.InsightRow): BoardPost => {
  const v = service.view(r);
  return {
    id: v.id,
    kind: v.kind,
    title: v.title,
    status: v.status,
    votes: v.votes,
    voted: v.voted,
    anonymous: v.anonymous,
    authorName: v.author?.name ?? null,
    outcome: v.outcome,
  };
};

const actorOf = (h: Holder): Actor => ({
  orgId: h.org_id,
  role: h.role,
  staffId: h.staff_id,
  locationIds: h.location_ids,
  via: 'session',
});

async function holder(deps: service.InsightDeps, token: string) {
  return token.length <= 200 ? repo.linkHolder(deps.db, sha256(token)) : undefined;
}

async function render(
  deps: service.InsightDeps,
  h: Holder,
  input: FormInput,
  extra: Pick<FormView, 'errors' | 'values' | 'posted'> = {},
): Promise<Page> {
  const lang = pageLanguage(input.lang, h.language, h.default_language);
  const limit = 30;
  const [choices, recent, mineNamed, mineAnon] = await Promise.all([
    repo.choices(deps.db, h.org_id),
    repo.list(deps.db, h.org_id, h.staff_id, { audience: 'staff', limit }),
    repo.list(deps.db, h.org_id, h.staff_id, { authorId: h.staff_id, limit }),
    repo.list(deps.db, h.org_id, h.staff_id, { authorKey: authorKeyOf(input.token), limit }),
  ]);
  const mine = [...mineNamed, ...mineAnon].sort((a, b) => b.id.localeCompare(a.id));
  const mineIds = new Set(mine.map((r) => r.id));
  return formPage({
    lang,
    path: `/i/${input.token}`,
    business: h.org_name,
    name: h.name,
    ...choices,
    defaultLocation: h.location_ids[0] ?? null,
    board: recent.filter((r) => !isClosed(r.status) && !mineIds.has(r.id)).map(boardPost),
    mine: mine.map(boardPost),
    ...extra,
  });
}

export async function show(deps: service.InsightDeps, input: FormInput): Promise<Page> {
  const h = await holder(deps, input.token);
  if (!h) return invalidLinkPage(pageLanguage(input.lang), `/i/${input.token}`);
  let posted: FormView['posted'];
  if (input.posted && /^[0-9a-f-]{36}$/.test(input.posted)) {
    const row = await repo.get(deps.db, h.org_id, input.posted, h.staff_id);
    if (row) {
      const candidates = (await repo.candidates(deps.db, h.org_id)).filter((c) => c.id !== row.id);
      const similar = suggestDuplicates(row, candidates, 3);
      const rows = await Promise.all(similar.map((c) => repo.get(deps.db, h.org_id, c.id, h.staff_id)));
      posted = { similar: rows.filter((r): r is repo.InsightRow => !!r).map(boardPost) };
    }
  }
  return render(deps, h, input, { posted });
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export async function post(deps: service.InsightDeps, input: FormInput): Promise<Page> {
  const h = await holder(deps, input.token);
  if (!h) return invalidLinkPage(pageLanguage(input.lang), `/i/${input.token}`);
  const lang = pageLanguage(input.lang, h.language, h.default_language);
  const b = input.body ?? {};
  const values = Object.fromEntries(
    ['kind', 'title', 'body', 'locationId', 'touchpointId', 'customer', 'anonymous'].map((k) => [k, str(b[k])]),
  );
  const errors: Record<string, string> = {};
  let customerId: string | undefined;
  if (values.customer) {
    customerId = await repo.customerByEmail(deps.db, h.org_id, values.customer);
    if (!customerId) errors.customer = translate(lang, 'voice.form.customerUnknown');
  }
  const parsed = insightCreate.safeParse({
    kind: (KINDS as readonly string[]).includes(values.kind!) ? (values.kind as Kind) : values.kind,
    title: values.title,
    body: values.body || null,
    locationId: values.locationId || null,
    touchpointId: values.touchpointId || null,
    anonymous: values.anonymous === '1',
    onBehalfOfCustomerId: customerId ?? null,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] = translate(lang, 'voice.form.required');
  if (Object.keys(errors).length || !parsed.success) return render(deps, h, input, { errors, values });
  try {
    const { row } = await service.create(deps, actorOf(h), parsed.data, { authorKey: authorKeyOf(input.token) });
    // The checked language, not the query as typed: it goes into the Location header.
    return { redirect: `/i/${input.token}?posted=${row.id}${input.lang ? `&lang=${lang}` : ''}` };
  } catch (e) {
    if (e instanceof AppError && e.fields) return render(deps, h, input, { errors: e.fields, values });
    throw e;
  }
}

export async function vote(deps: service.InsightDeps, input: FormInput, id: string): Promise<Page> {
  const h = await holder(deps, input.token);
  if (!h) return invalidLinkPage(pageLanguage(input.lang), `/i/${input.token}`);
  await service.vote(deps.db, actorOf(h), id).catch((e: unknown) => {
    if (!(e instanceof AppError)) throw e;
  });
  return { redirect: `/i/${input.token}` };
}

export async function comment(deps: service.InsightDeps, input: FormInput, id: string): Promise<Page> {
  const h = await holder(deps, input.token);
  if (!h) return invalidLinkPage(pageLanguage(input.lang), `/i/${input.token}`);
  const body = str(input.body?.body).slice(0, 2000);
  if (body)
    await service.comment(deps.db, actorOf(h), id, body).catch((e: unknown) => {
      if (!(e instanceof AppError)) throw e;
    });
  return { redirect: `/i/${input.token}` };
}
