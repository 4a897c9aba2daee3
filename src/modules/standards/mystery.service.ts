import { sha256 } from '../../platform/auth/secrets.ts';
import type { Rendered } from '../survey-page/index.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './audits.repo.ts';
import { saveAnswer, submitAudit, type SubmitDeps } from './audits.service.ts';
import { windowState } from './lockout.ts';
import { renderShopperForm, renderShopperMessage, type ShopperItem } from './mystery-page.ts';
import type { StandardsDeps } from './standards.service.ts';
import * as standardsRepo from './standards.repo.ts';

export type Page = Rendered & { status: number };
const LANGS = ['en', 'ru', 'bg'];

export function shopperLanguage(query: string | undefined, acceptLanguage: string | undefined): string {
  const wanted = [query, ...(acceptLanguage ?? '').split(',').map((p) => p.split(';')[0]!.trim().slice(0, 2))];
  return wanted.find((l): l is string => !!l && LANGS.includes(l)) ?? 'en';
}

const pick = (texts: Record<string, string>, lang: string) => texts[lang] || texts.en || Object.values(texts)[0] || '';

/** The visit behind a token, if its window is open and its report not yet sent; otherwise the page to show. */
async function open(deps: StandardsDeps, token: string, lang: string, now: Date) {
  const visit = await repo.visitByToken(deps.db, sha256(token));
  const audit = visit && (await repo.get(deps.db, visit.orgId, visit.auditId));
  if (!visit || !audit) return { page: { status: 404, ...renderShopperMessage(lang, 'notFound') } };
  const state = windowState(now, visit.validFrom, visit.validTo);
  if (state === 'early')
    return {
      page: {
        status: 403,
        ...renderShopperMessage(lang, 'early', { date: visit.validFrom.toISOString().slice(0, 10) }),
      },
    };
  if (state === 'closed' || audit.status === 'submitted')
    return { page: { status: 410, ...renderShopperMessage(lang, 'closed') } };
  const items = (await standardsRepo.itemsOf(deps.db, visit.orgId, [audit.checklistId])).filter((i) =>
    audit.itemIds ? audit.itemIds.includes(i.id) : true,
  );
  return { visit, audit, items };
}

export async function show(deps: StandardsDeps, token: string, lang: string, now = new Date()): Promise<Page> {
  const o = await open(deps, token, lang, now);
  if ('page' in o) return o.page!;
  const answers = new Map((await repo.answersOf(deps.db, o.audit.orgId, o.audit.id)).map((a) => [a.itemId, a]));
  const items: ShopperItem[] = o.items.map((i) => {
    const a = answers.get(i.id);
    return {
      id: i.id,
      kind: i.kind,
      naAllowed: i.naAllowed,
      text: pick(i.text, lang),
      value: a ? (a.value !== null ? String(a.value) : (a.result ?? undefined)) : undefined,
      comment: a?.comment ?? undefined,
    };
  });
  return { status: 200, ...renderShopperForm(lang, { scenario: o.visit.scenario, items }) };
}

/** Keeps every answer given (so nothing is lost), then sends the report once all are there. */
export async function answer(
  deps: SubmitDeps,
  token: string,
  lang: string,
  body: Record<string, unknown>,
  now = new Date(),
): Promise<Page> {
  const o = await open(deps, token, lang, now);
  if ('page' in o) return o.page!;
  const items: ShopperItem[] = [];
  const missing = new Set<string>();
  for (const i of o.items) {
    const raw = body[`item.${i.id}`];
    const value = typeof raw === 'string' ? raw : undefined;
    const commentRaw = body[`comment.${i.id}`];
    const comment = typeof commentRaw === 'string' ? commentRaw.trim().slice(0, 2000) : '';
    items.push({ id: i.id, kind: i.kind, naAllowed: i.naAllowed, text: pick(i.text, lang), value, comment });
    if (!value) {
      missing.add(i.id);
      continue;
    }
    const scale = Number(value);
    const parsed =
      value === 'na'
        ? { result: 'na' as const }
        : i.kind === 'scale'
          ? Number.isInteger(scale) && scale >= 1 && scale <= 5
            ? { value: scale }
            : null
          : value === 'pass' || value === 'fail'
            ? { result: value as 'pass' | 'fail' }
            : null;
    if (!parsed) {
      missing.add(i.id);
      continue;
    }
    try {
      await saveAnswer(deps.db, o.audit, i.id, { ...parsed, comment: comment || null });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      missing.add(i.id);
    }
  }
  if (missing.size)
    return {
      status: 400,
      ...renderShopperForm(lang, {
        scenario: o.visit.scenario,
        items,
        missing,
        error: translate(lang, 'mystery.missing'),
      }),
    };
  await submitAudit(deps, o.audit.orgId, o.audit.id, () => true);
  return { status: 200, ...renderShopperMessage(lang, 'thanks') };
}
