import type { Actor } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/policy.ts';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction, type Tx } from '../../platform/db/transaction.ts';
import { invalid } from '../../platform/errors.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { qrSvg } from '../channels/index.ts';
import { label, orgText } from '../text/index.ts';
import { boardLinkMail, ideaStatusMail } from './customer-board-emails.ts';
import { boardPage, invalidBoardLinkPage, publicName, type BoardView } from './customer-board-page.ts';
import * as boardRepo from './customer-board.repo.ts';
import type { Status } from './insight-rules.ts';
import * as repo from './insights.repo.ts';
import type { InsightDeps } from './deps.ts';
import { pageLanguage, type Page } from './page-layout.ts';

/** The customer idea board: what the holder of a `/c/{token}` link can do, and the staff side of those links. */
export type BoardInput = { token: string; lang?: string; body?: Record<string, unknown>; posted?: boolean };
type Holder = NonNullable<Awaited<ReturnType<typeof boardRepo.linkHolder>>>;

const holder = (db: Db, token: string) =>
  token.length <= 200 ? boardRepo.linkHolder(db, sha256(token)) : Promise.resolve(undefined);
const pathOf = (input: BoardInput) => `/c/${input.token}`;
const langOf = (input: BoardInput, h?: Holder) => pageLanguage(input.lang, h?.language, h?.default_language);

async function render(
  db: Db,
  h: Holder,
  input: BoardInput,
  extra: Pick<BoardView, 'errors' | 'values' | 'posted' | 'status'> = {},
): Promise<Page> {
  const rows = await boardRepo.board(db, h.org_id, h.customer_id);
  return boardPage({
    lang: langOf(input, h),
    path: pathOf(input),
    business: h.org_name,
    name: publicName(h.name)?.split(' ')[0] ?? '',
    ideas: rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      status: r.status,
      votes: r.votes,
      voted: r.voted,
      mine: r.customer_id === h.customer_id,
      author: r.anonymous ? null : publicName(r.customer_name),
      outcome: r.outcome,
    })),
    ...extra,
  });
}

export async function show(deps: InsightDeps, input: BoardInput): Promise<Page> {
  const h = await holder(deps.db, input.token);
  if (!h) return invalidBoardLinkPage(langOf(input), pathOf(input));
  return render(deps.db, h, input, { posted: input.posted });
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const backTo = (input: BoardInput, extra = '') => {
  const q = [extra, input.lang ? `lang=${encodeURIComponent(input.lang)}` : ''].filter(Boolean).join('&');
  return `${pathOf(input)}${q ? `?${q}` : ''}`;
};

/** A customer's own idea: public on their organisation's board, the customer record as its author. */
export async function post(deps: InsightDeps, input: BoardInput): Promise<Page> {
  const h = await holder(deps.db, input.token);
  if (!h) return invalidBoardLinkPage(langOf(input), pathOf(input));
  const lang = langOf(input, h);
  const b = input.body ?? {};
  const values = { title: str(b.title), body: str(b.body), anonymous: str(b.anonymous) === '1' ? '1' : '' };
  const errors: Record<string, string> = {};
  if (values.title.length < 3 || values.title.length > 200) errors.title = translate(lang, 'ideas.page.required');
  if (values.body.length > 4000) errors.body = translate(lang, 'ideas.page.problem');
  if (Object.keys(errors).length) return render(deps.db, h, input, { errors, values });
  const topics = (await label(await orgText(deps.pool, h.org_id), `${values.title}. ${values.body}`)).topics;
  await repo.insert(deps.db, {
    orgId: h.org_id,
    audience: 'customer',
    kind: 'idea',
    title: values.title,
    body: values.body || null,
    anonymous: values.anonymous === '1',
    onBehalfOfCustomerId: h.customer_id,
    topics,
  });
  return { redirect: backTo(input, 'posted=1') };
}

/** One vote per customer per idea: voting again, or on one's own idea, changes nothing. */
export async function vote(deps: InsightDeps, input: BoardInput, id: string): Promise<Page> {
  const h = await holder(deps.db, input.token);
  if (!h) return invalidBoardLinkPage(langOf(input), pathOf(input));
  await boardRepo.vote(deps.db, h.org_id, id, h.customer_id);
  return { redirect: backTo(input) };
}

export const tooManyPage = (token: string, lang: string): Page =>
  boardPage({
    lang,
    path: `/c/${token}`,
    business: 'Zabota',
    name: '',
    ideas: [],
    errors: { form: translate(lang, 'ideas.page.tooMany') },
    status: 429,
  });

/** A new board link for a customer (the old one stops working), emailed to them when asked. */
export async function issueLink(
  deps: InsightDeps,
  actor: Actor,
  input: { customerId: string; send: boolean },
  baseUrl: string,
) {
  assertCan(actor, 'insights:manage');
  const c = await boardRepo.customer(deps.db, actor.orgId, input.customerId);
  if (!c) throw invalid('Unknown customer', { customerId: 'Not found in this organisation' });
  if (input.send && !c.email) throw invalid('The customer has no email', { send: 'Add their email first' });
  const token = newToken('c_');
  const url = `${baseUrl}/c/${token}`;
  const org = await repo.orgInfo(deps.db, actor.orgId);
  const link = await inTransaction(deps.pool, async (tx) => {
    const l = await boardRepo.issueLink(tx.db, actor.orgId, c.id, sha256(token));
    if (input.send && c.email)
      await deps.jobs.send(
        'mail.send',
        boardLinkMail({ email: c.email, name: c.name, language: c.language ?? org.default_language }, url, {
          name: org.name,
          orgId: actor.orgId,
        }),
        { db: tx.enqueueOn },
      );
    return l;
  });
  const qr = `data:image/svg+xml;base64,${Buffer.from(await qrSvg(url)).toString('base64')}`;
  return { customerId: c.id, url, qr, sent: input.send, createdAt: link.createdAt.toISOString() };
}

export async function revokeLinks(db: Db, actor: Actor, customerId: string) {
  assertCan(actor, 'insights:manage');
  return { revoked: await boardRepo.revokeLinks(db, actor.orgId, customerId) };
}

/**
 * Tells the idea's customer and every customer who voted that its status changed, in their
 * language, in the caller's transaction (the change and the mails commit together).
 */
export async function notifyCustomers(
  tx: Tx,
  jobs: Jobs,
  orgId: string,
  idea: { id: string; title: string; status: Status; outcome: string | null },
) {
  const people = await boardRepo.recipients(tx.db, orgId, idea.id);
  if (!people.length) return 0;
  const org = await repo.orgInfo(tx.db, orgId);
  for (const p of people)
    await jobs.send(
      'mail.send',
      ideaStatusMail({ email: p.email, name: p.name, language: p.language ?? org.default_language }, idea, {
        name: org.name,
        orgId,
      }),
      { db: tx.enqueueOn },
    );
  return people.length;
}

export const shippedIdeas = (db: Db, orgId: string, from: Date, to: Date) => boardRepo.shipped(db, orgId, from, to);
export const ideasPostedIn = (db: Db, orgId: string, from: Date, to: Date) => boardRepo.postedIn(db, orgId, from, to);
export const ideasShippedPerQuarter = (db: Db, orgId: string, from: Date, to: Date) =>
  boardRepo.shippedPerQuarter(db, orgId, from, to);
export const ideasByCustomer = (db: Db, orgId: string) => boardRepo.ideasByCustomer(db, orgId);
