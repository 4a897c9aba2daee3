/**
 * The respondent page: one question per page, each answer stored as soon as it is posted.
 *
 * Links
 * - Personal link `/s/{token}`: the token of an invitation, bound to its customer and interaction.
 *   Unknown token → 404, expired (or the survey closed) → 410, each as a friendly page in the
 *   respondent's language. Opening marks the invitation opened. The response stays editable
 *   question by question (Back, or the same question posted again) until the respondent submits
 *   the last question shown to them: then the invitation is marked answered and the token is
 *   closed. After that the link shows the thank-you page, and any new submission is refused with a
 *   polite "already answered, thank you" page (409) that changes nothing.
 * - Public link `/s/p/{slug}` (QR codes, website widget): optional `l` location, `t` touchpoint,
 *   `st` staff member (ids of other organisations, or malformed, are ignored), `c` = `qr` or
 *   `widget` (the response's channel; `widget` pages may be framed). The first answer creates the
 *   response with a random resume token (only its hash is stored); the token travels in a hidden
 *   field and in the redirect URL, so later answers update the same response.
 *
 * Every answer posts to the page's own path (`application/x-www-form-urlencoded`: `q` question id,
 * `a` answer, repeated for multiple choice, `r` resume token) and gets a 303 to the next visible
 * question, or to the thank-you page. A bad answer re-renders the question with the message (400)
 * and stores nothing. Language: `?lang=`, then the response's, the customer's, the browser's.
 */
import type { Emit } from '../../platform/events.ts';
import { AppError } from '../../platform/errors.ts';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ResponseChannel } from '../../shared/domain.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { referralAnswer } from '../../shared/referral-answer.ts';
import {
  BETTER_ELSEWHERE_MAX,
  isFreeText,
  type Answers,
  type AnswerValue,
  type Question,
} from '../../shared/survey-definition.ts';
import { invitationsRepo, type InvitationRow } from '../invitations/index.ts';
import { orgsRepo } from '../orgs/index.ts';
import { continueResponse, ingest, type SurveyRecord, type ResponseWriter, responsesRepo } from '../responses/index.ts';
import { reviewLinks } from '../reviews/index.ts';
import {
  surveysRepo,
  acceptLanguages,
  conditionHolds,
  isEmptyAnswer,
  localize,
  pickLanguage,
  visibleQuestions,
} from '../surveys/index.ts';
import { scoreRange } from '../../shared/score-range.ts';
import { publicLinkForAnswer } from './link-cache.ts';
import { chooseLanguage, isBlank, nextQuestion, previousQuestion, progress, questionToShow } from './flow.ts';
import {
  renderDocument,
  renderMessage,
  renderQuestion,
  renderThanks,
  type Branding,
  type MessageKind,
} from './render.ts';
import { checkContact, CONTACT_Q, renderContact, type ContactForm } from './contact-page.ts';
import * as repo from './survey-page.repo.ts';
import type { AnswerForm } from './survey-page.contract.ts';

export type Outcome = { status: number; html: string; csp: string } | { status: 303; redirect: string };
/** Where stored answers go: `emit` announces completed responses, `writer` group-commits new ones. */
/** `source` remembers where a new public response came from, to mark floods (floods module). */
export type Sinks = {
  emit?: Emit;
  writer?: ResponseWriter;
  source?: (r: { orgId: string; surveyId: string; responseId: string; client: string }) => Promise<unknown>;
};
export type PageInput = {
  query: Record<string, string | undefined>;
  acceptLanguage?: string;
  /** The posted form, its shape already checked at the edge (survey-page.contract.ts). */
  body?: AnswerForm;
  /** The client's address, as the configured proxy trust gives it. */
  client?: string;
};

const UI_LANGUAGES = ['en', 'ru', 'bg'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type StoredResponse = { id: string; orgId: string; answers: Answers; language: string };

type Link = {
  kind: 'personal' | 'public';
  survey: SurveyRecord;
  branding: Branding;
  invitation?: InvitationRow;
  response?: StoredResponse;
  resumeToken?: string;
  channel: ResponseChannel;
  ids: { locationId: string | null; touchpointId: string | null; staffId: string | null };
  basePath: string;
  /** Query carried from page to page (context ids, channel hint, chosen language). */
  keep: Record<string, string>;
  lang: string;
  embeddable: boolean;
};

const uiLanguage = (input: PageInput) =>
  pickLanguage(UI_LANGUAGES, [input.query.lang, ...acceptLanguages(input.acceptLanguage)]);

export function messagePage(
  status: number,
  lang: string,
  kind: MessageKind,
  branding: Branding | null = null,
  detail?: string,
): Outcome {
  const main = renderMessage(lang, kind, detail);
  return { status, ...renderDocument({ lang, branding, title: translate(lang, `survey.${kind}.title`) }, main) };
}

const hrefOf = (link: Link, extra: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...link.keep, ...(link.resumeToken ? { r: link.resumeToken } : {}), ...extra }))
    if (v !== undefined) params.set(k, v);
  const qs = params.toString();
  return qs ? `${link.basePath}?${qs}` : link.basePath;
};

function page(link: Link, status: number, main: string, stay: Record<string, string> = {}): Outcome {
  const title = (link.survey.title && localize(link.survey.title, link.lang)) || link.branding.name;
  const languages = link.survey.languages.map((code) => ({
    code,
    current: code === link.lang,
    href: hrefOf(link, { ...stay, lang: code }),
  }));
  return {
    status,
    ...renderDocument(
      { lang: link.lang, branding: link.branding, title, languages, embeddable: link.embeddable },
      main,
    ),
  };
}

const brandingOf = (org: { name: string; logoUrl: string | null; brandColor: string }): Branding => ({
  name: org.name,
  logoUrl: org.logoUrl,
  brandColor: org.brandColor,
});

async function loadPersonal(db: Db, token: string, input: PageInput): Promise<Link | Outcome> {
  const invitation = token.length <= 200 ? await invitationsRepo.findByToken(db, token) : undefined;
  const survey = invitation && (await surveysRepo.getAnyOrg(db, invitation.surveyId));
  // The survey is looked up through the invitation's organisation: a token never opens another's.
  if (!invitation || !survey || survey.orgId !== invitation.orgId || survey.status === 'draft')
    return messagePage(404, uiLanguage(input), 'notFound');
  const [org, response, customerLang] = await Promise.all([
    orgsRepo.get(db, invitation.orgId),
    responsesRepo.findByInvitation(db, invitation.id),
    invitation.customerId ? repo.customerLanguage(db, invitation.orgId, invitation.customerId) : null,
  ]);
  const lang = chooseLanguage(survey.languages, {
    query: input.query.lang,
    stored: response?.language,
    customer: customerLang,
    acceptLanguage: input.acceptLanguage,
  });
  const branding = brandingOf(org!);
  const answered = invitation.answeredAt !== null || invitation.status === 'answered';
  if (!answered && (invitation.expiresAt.getTime() < Date.now() || invitation.status === 'expired'))
    return messagePage(410, lang, 'expired', branding);
  if (!answered && survey.status === 'closed') return messagePage(410, lang, 'closed', branding);
  return {
    kind: 'personal',
    survey,
    branding,
    invitation,
    response: response && {
      id: response.id,
      orgId: response.orgId,
      answers: response.answers,
      language: response.language,
    },
    channel: invitation.channel === 'email' || invitation.channel === 'widget' ? invitation.channel : 'link',
    ids: { locationId: null, touchpointId: null, staffId: null },
    basePath: `/s/${encodeURIComponent(token)}`,
    keep: input.query.lang && survey.languages.includes(input.query.lang) ? { lang: input.query.lang } : {},
    lang,
    embeddable: false,
  };
}

/** `forAnswer`: an answer is being posted, so the link may come from the short-lived cache. */
async function loadPublic(db: Db, slug: string, input: PageInput, forAnswer = false): Promise<Link | Outcome> {
  const token = input.body?.r || input.query.r;
  const uuidOrNull = (v: string | undefined) => (v && UUID.test(v) ? v : null);
  const wanted = {
    locationId: uuidOrNull(input.query.l),
    touchpointId: uuidOrNull(input.query.t),
    staffId: uuidOrNull(input.query.st),
  };
  const [found, response] = await Promise.all([
    slug.length <= 100
      ? forAnswer
        ? publicLinkForAnswer(db, slug, wanted)
        : repo.publicLink(db, slug, wanted)
      : undefined,
    token && token.length <= 200 ? responsesRepo.findByResumeToken(db, sha256(token)) : undefined,
  ]);
  if (!found || found.survey.status === 'draft') return messagePage(404, uiLanguage(input), 'notFound');
  const { survey } = found;
  const branding = brandingOf(found.org);
  const lang = chooseLanguage(survey.languages, {
    query: input.query.lang,
    stored: response?.language,
    acceptLanguage: input.acceptLanguage,
  });
  if (token && (!response || response.surveyId !== survey.id)) return messagePage(404, lang, 'notFound', branding);
  if (survey.status === 'closed') return messagePage(410, lang, 'closed', branding);
  // Ids of another organisation (or none at all) are dropped, not reported: a QR code keeps working.
  const ids = {
    locationId: found.locationOk ? wanted.locationId : null,
    touchpointId: found.touchpointOk ? wanted.touchpointId : null,
    staffId: found.staffOk ? wanted.staffId : null,
  };
  const hint = input.query.c === 'qr' || input.query.c === 'widget' ? input.query.c : undefined;
  const keep: Record<string, string> = {};
  if (ids.locationId) keep.l = ids.locationId;
  if (ids.touchpointId) keep.t = ids.touchpointId;
  if (ids.staffId) keep.st = ids.staffId;
  if (hint) keep.c = hint;
  if (input.query.lang && survey.languages.includes(input.query.lang)) keep.lang = input.query.lang;
  return {
    kind: 'public',
    survey,
    branding,
    response: response && {
      id: response.id,
      orgId: response.orgId,
      answers: response.answers,
      language: response.language,
    },
    resumeToken: response ? token : undefined,
    channel: hint ?? 'public',
    ids,
    basePath: `/s/p/${encodeURIComponent(slug)}`,
    keep,
    lang,
    embeddable: hint === 'widget',
  };
}

const isClosed = (link: Link) =>
  link.kind === 'personal' && (link.invitation!.answeredAt !== null || link.invitation!.status === 'answered');

/** Where the respondent was served: the link's location, the survey's, or the invited interaction's. */
async function linkLocation(db: Db, link: Link): Promise<string | null> {
  const locationId = link.ids.locationId ?? link.survey.locationId;
  if (locationId || !link.invitation?.interactionId) return locationId ?? null;
  return (
    (await responsesRepo.interactionContext(db, link.survey.orgId, link.invitation.interactionId))?.locationId ?? null
  );
}

/**
 * The thank-you page. It never reads the answers: review links (the survey's one link, and with the
 * option on, the location's review sites) are the same for every respondent, whatever their score.
 */
async function thanks(db: Db, link: Link): Promise<Outcome> {
  const { survey, lang } = link;
  const locationId = survey.settings.showReviewSites ? await linkLocation(db, link) : null;
  const main = renderThanks({
    lang,
    thanks: survey.thanks ? localize(survey.thanks, lang) : undefined,
    reviewUrl: survey.settings.reviewUrl,
    reviewSites: locationId ? await reviewLinks(db, survey.orgId, locationId) : [],
    referralText: survey.settings.referralText ? localize(survey.settings.referralText, lang) : null,
  });
  return page(link, 200, main, link.kind === 'public' ? { done: '1' } : {});
}

/** Might another question still come after this one, whatever it is answered? */
function mayHaveMore(qs: Question[], answers: Answers, current: Question): boolean {
  const at = qs.indexOf(current);
  return qs
    .slice(at + 1)
    .some((x) => !x.showIf || qs.findIndex((y) => y.id === x.showIf!.question) >= at || conditionHolds(x, answers));
}

async function questionPage(
  db: Db,
  link: Link,
  q: Question,
  answers: Answers,
  status = 200,
  error?: string,
  value?: AnswerValue,
): Promise<Outcome> {
  const qs = link.survey.questions;
  const prev = previousQuestion(qs, answers, q.id);
  let staff: { id: string; name: string }[] | undefined;
  if (q.type === 'staff') staff = await repo.staffChoices(db, link.survey.orgId, await linkLocation(db, link));
  const shown = value ?? answers[q.id] ?? (q.type === 'staff' && link.ids.staffId ? link.ids.staffId : undefined);
  const pos = progress(qs, answers, q.id);
  const main = renderQuestion({
    lang: link.lang,
    question: q,
    value: shown,
    error,
    progress: pos,
    action: hrefOf({ ...link, resumeToken: undefined }, {}),
    hidden: { q: q.id, ...(link.resumeToken ? { r: link.resumeToken } : {}) },
    backHref: prev ? hrefOf(link, { q: prev.id }) : undefined,
    isLast: !mayHaveMore(qs, answers, q),
    title: link.survey.title ? localize(link.survey.title, link.lang) : undefined,
    intro: pos.n === 1 && link.survey.intro ? localize(link.survey.intro, link.lang) : undefined,
    staff,
  });
  return page(link, status, main, { q: q.id });
}

/** An anonymous respondent on a public or QR link who gave a detractor score: someone to call back, if they agree. */
function mayAskContact(link: Link, answers: Answers): boolean {
  // A response stored from this page: loaded from its resume token, or just created (token only).
  if (link.kind !== 'public' || (!link.response && !link.resumeToken)) return false;
  return link.survey.questions.some(
    (q) => q.type === 'nps' && typeof answers[q.id] === 'number' && (answers[q.id] as number) <= 6,
  );
}

function contactPage(link: Link, status = 200, values?: ContactForm, error?: string): Outcome {
  const main = renderContact({
    lang: link.lang,
    action: hrefOf({ ...link, resumeToken: undefined }, {}),
    hidden: link.resumeToken ? { r: link.resumeToken } : {},
    skipHref: hrefOf({ ...link, resumeToken: undefined }, { done: '1' }),
    values,
    error,
  });
  return page(link, status, main, { contact: '1' });
}

async function answerContact(db: Db, link: Link, body: Record<string, unknown>): Promise<Outcome> {
  const done: Outcome = { status: 303, redirect: hrefOf({ ...link, resumeToken: undefined }, { done: '1' }) };
  if (!link.response || !mayAskContact(link, link.response.answers)) return done;
  const form: ContactForm = {
    email: typeof body.email === 'string' ? body.email.slice(0, 320) : undefined,
    phone: typeof body.phone === 'string' ? body.phone.slice(0, 64) : undefined,
    consent: body.consent === 'yes',
  };
  const checked = checkContact(link.lang, form);
  if (!checked.ok) return contactPage(link, 400, form, checked.error);
  await responsesRepo.setContact(db, link.response.orgId, link.response.id, {
    ...checked.contact,
    consentAt: new Date().toISOString(),
    source: `${link.basePath} (${link.channel})`,
  });
  return done;
}

async function show(db: Db, link: Link, input: PageInput): Promise<Outcome> {
  if (isClosed(link) || (link.kind === 'public' && input.query.done === '1')) return thanks(db, link);
  if (input.query.contact === '1' && link.response && mayAskContact(link, link.response.answers))
    return contactPage(link);
  const answers = link.response?.answers ?? {};
  const q =
    questionToShow(link.survey.questions, answers, input.query.q) ??
    visibleQuestions(link.survey.questions, answers).at(-1)!;
  return questionPage(db, link, q, answers);
}

function answerError(lang: string, q: Question, raw: unknown): string {
  const range = scoreRange(q);
  if (range) return translate(lang, 'survey.error.range', { min: range[0], max: range[1] });
  if (isFreeText(q.type) && typeof raw === 'string')
    return translate(lang, 'survey.error.tooLong', {
      max: q.type === 'text' ? (q.maxLength ?? 5000) : BETTER_ELSEWHERE_MAX,
      length: raw.replace(/\r\n/g, '\n').trim().length,
    });
  if (
    q.type === 'single' ||
    q.type === 'multi' ||
    q.type === 'emotion' ||
    q.type === 'staff' ||
    q.type === 'referral_source'
  )
    return translate(lang, 'survey.error.choice');
  return translate(lang, 'survey.error.invalid');
}

/** A channel and, in the same form, who recommended us: naming someone means a recommendation. */
function referralRaw(body: Record<string, unknown>): string | undefined {
  const who = typeof body.who === 'string' ? body.who : undefined;
  if (typeof body.a !== 'string' && !who?.trim()) return undefined;
  return referralAnswer(typeof body.a === 'string' ? body.a : 'referral', who);
}

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
};

/**
 * Stores one answer as the respondent posted it: ingest and continueResponse are its one check
 * against the survey (a bad answer comes back as a field error on `answers.<question id>`).
 */
async function store(db: Db, link: Link, q: Question, value: unknown, sinks: Sinks, client?: string): Promise<Answers> {
  const { survey } = link;
  if (link.response)
    return (await continueResponse(db, survey, link.response, { [q.id]: value }, true, sinks.emit)).answers;
  if (isEmptyAnswer(q, value)) return {};
  const resumeToken = link.kind === 'public' ? newToken() : undefined;
  const inv = link.invitation;
  try {
    const { row } = await ingest(
      db,
      { orgId: survey.orgId, survey, channel: link.channel, partial: true, emit: sinks.emit, writer: sinks.writer },
      {
        answers: { [q.id]: value },
        language: link.lang,
        invitationId: inv?.id ?? null,
        customerId: inv?.customerId ?? null,
        interactionId: inv?.interactionId ?? null,
        ...(link.kind === 'public' ? link.ids : {}),
        resumeTokenHash: resumeToken ? sha256(resumeToken) : null,
      },
    );
    link.resumeToken = resumeToken;
    if (link.kind === 'public' && client && sinks.source)
      await sinks.source({ orgId: survey.orgId, surveyId: survey.id, responseId: row.id, client });
    return row.answers;
  } catch (e) {
    // Two first answers through one personal link at once: the second joins the first's response.
    if (!inv || !isUniqueViolation(e)) throw e;
    const existing = await responsesRepo.findByInvitation(db, inv.id);
    if (!existing) throw e;
    link.response = { id: existing.id, orgId: existing.orgId, answers: existing.answers, language: existing.language };
    return store(db, link, q, value, sinks, client);
  }
}

async function answer(db: Db, link: Link, input: PageInput, sinks: Sinks): Promise<Outcome> {
  if (isClosed(link)) return messagePage(409, link.lang, 'already', link.branding);
  const body = input.body ?? {};
  const qs = link.survey.questions;
  if (body.q === CONTACT_Q) return answerContact(db, link, body);
  const q = qs.find((x) => x.id === body.q);
  const stored = link.response?.answers ?? {};
  if (!q)
    return messagePage(400, link.lang, 'error', link.branding, translate(link.lang, 'survey.error.unknownQuestion'));
  if (questionToShow(qs, stored, q.id)?.id !== q.id)
    return questionPage(
      db,
      link,
      questionToShow(qs, stored) ?? q,
      stored,
      400,
      translate(link.lang, 'survey.error.invalid'),
    );
  const raw = q.type === 'referral_source' ? referralRaw(body) : body.a;
  const again = (error: string) => questionPage(db, link, q, stored, 400, error, raw);
  if (q.required && isBlank(typeof raw === 'string' ? raw.trim() : raw))
    return again(translate(link.lang, 'survey.error.required'));

  let answers: Answers;
  try {
    answers = await store(db, link, q, raw, sinks, input.client);
  } catch (e) {
    if (e instanceof AppError && e.code === 'invalid') {
      if (e.fields?.[`answers.${q.id}`]) return again(answerError(link.lang, q, raw));
      return messagePage(400, link.lang, 'error', link.branding);
    }
    throw e;
  }
  const next = nextQuestion(qs, answers, q.id);
  if (next) return { status: 303, redirect: hrefOf(link, { q: next.id }) };
  if (link.kind === 'personal' && (link.response || Object.keys(answers).length))
    await invitationsRepo.markAnswered(db, link.invitation!.id);
  // The resume token stays in the link: it names the response the contact will be stored on.
  if (mayAskContact(link, answers)) return { status: 303, redirect: hrefOf(link, { contact: '1' }) };
  return { status: 303, redirect: hrefOf({ ...link, resumeToken: undefined }, { done: '1' }) };
}

export async function showPersonal(db: Db, token: string, input: PageInput): Promise<Outcome> {
  const link = await loadPersonal(db, token, input);
  if ('status' in link) return link;
  if (!link.invitation!.openedAt) await invitationsRepo.markOpened(db, link.invitation!.id);
  return show(db, link, input);
}

/** `sinks.emit` announces `response.created` (webhooks) when the respondent completes the survey. */
export async function answerPersonal(db: Db, token: string, input: PageInput, sinks: Sinks = {}): Promise<Outcome> {
  const link = await loadPersonal(db, token, input);
  return 'status' in link ? link : answer(db, link, input, sinks);
}

export async function showPublic(db: Db, slug: string, input: PageInput): Promise<Outcome> {
  const link = await loadPublic(db, slug, input);
  return 'status' in link ? link : show(db, link, input);
}

export async function answerPublic(db: Db, slug: string, input: PageInput, sinks: Sinks = {}): Promise<Outcome> {
  const link = await loadPublic(db, slug, input, true);
  return 'status' in link ? link : answer(db, link, input, sinks);
}

export { uiLanguage };
