import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepReferrals } from '../src/modules/referrals/index.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Walks every registered API route and proves that a caller of organisation B can neither read nor
 * change organisation A's rows: with A's ids in the path or the body, B gets a 4xx and nothing of
 * A in the answer, and A's data is the same afterwards. A route missing from `BODIES` fails the
 * test, so a new route cannot slip past this check.
 */

type Seed = {
  location: string;
  staff: string;
  touchpoint: string;
  customer: string;
  interaction: string;
  apiKey: string;
  survey: string;
  response: string;
  case: string;
  rule: string;
  rootCause: string;
  invitation: string;
  invitationToken: string;
  webhook: string;
  connector: string;
  insight: string;
  pulseSurvey: string;
  pulseComment: string;
  standard: string;
  checklist: string;
  item: string;
  schedule: string;
  audit: string;
  photo: string;
  lesson: string;
  assignment: string;
  assessment: string;
  actionItem: string;
  reviewSource: string;
  review: string;
  reviewRequest: string;
  referralProgram: string;
  referral: string;
  nameCredit: string;
  tier: string;
  gesture: string;
  gestureTask: string;
  names: string[];
};

const now = '2026-05-01T10:00:00Z';
const csv = (s: Seed) => `external_id,occurred_at,customer,location\nX1,${now},${s.customer},${s.location}\n`;

/** A body that would be valid if the ids were the caller's own, so only isolation can refuse it. */
const BODIES: Record<string, (s: Seed) => unknown> = {
  'GET /api/v1/setup': () => undefined,
  'POST /api/v1/setup': () => ({
    orgName: 'Evil',
    ownerName: 'E',
    ownerEmail: 'e@example.com',
    ownerPassword: 'password123',
  }),
  'GET /api/v1/org': () => undefined,
  'PATCH /api/v1/org': () => ({ name: 'Renamed by B' }),
  'POST /api/v1/auth/login': () => ({ email: 'nobody@example.com', password: 'wrong-password' }),
  'POST /api/v1/auth/logout': () => undefined,
  'POST /api/v1/auth/accept-invite': () => ({ token: 'not-a-real-token-123', password: 'password123' }),
  'GET /api/v1/auth/me': () => undefined,
  'PUT /api/v1/auth/me/language': () => ({ language: 'bg' }),
  'GET /api/v1/org/mail': () => undefined,
  'PUT /api/v1/org/mail': () => ({ host: '127.0.0.1', port: 2525, fromAddress: 'b@example.com' }),
  'DELETE /api/v1/org/mail': () => undefined,
  'POST /api/v1/org/mail/test': () => ({ to: 'b@example.com' }),
  'GET /api/v1/api-keys': () => undefined,
  'POST /api/v1/api-keys': (s) => ({ name: 'x', role: 'owner', staffId: s.staff }),
  'DELETE /api/v1/api-keys/:id': () => undefined,
  'GET /api/v1/locations': () => undefined,
  'GET /api/v1/locations/:id': () => undefined,
  'POST /api/v1/locations': () => ({ name: 'B location' }),
  'PATCH /api/v1/locations/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/locations/:id': () => undefined,
  'GET /api/v1/staff': () => undefined,
  'GET /api/v1/staff/:id': () => undefined,
  'POST /api/v1/staff': (s) => ({
    name: 'B staff',
    email: `b-${Math.random()}@example.com`,
    role: 'staff',
    locationIds: [s.location],
    sendInvite: false,
  }),
  'PATCH /api/v1/staff/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/staff/:id': () => undefined,
  'GET /api/v1/touchpoints': () => undefined,
  'GET /api/v1/touchpoints/:id': () => undefined,
  'POST /api/v1/touchpoints': () => ({ name: `B tp ${Math.random()}`, kind: 'service', stage: 'service' }),
  'PATCH /api/v1/touchpoints/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/touchpoints/:id': () => undefined,
  'GET /api/v1/customers': () => undefined,
  'GET /api/v1/customers/:id': () => undefined,
  'POST /api/v1/customers': (s) => ({ name: 'B customer', referrerId: s.customer }),
  'PATCH /api/v1/customers/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/customers/:id': () => undefined,
  'GET /api/v1/interactions': () => undefined,
  'GET /api/v1/interactions/:id': () => undefined,
  'POST /api/v1/interactions': (s) => ({
    occurredAt: now,
    customerId: s.customer,
    touchpointId: s.touchpoint,
    locationId: s.location,
    staffId: s.staff,
  }),
  'POST /api/v1/interactions/batch': (s) => ({
    items: [{ occurredAt: now, customerId: s.customer, locationId: s.location }],
  }),
  'PATCH /api/v1/interactions/:id': () => ({ note: 'Changed by B' }),
  'DELETE /api/v1/interactions/:id': () => undefined,
  'GET /api/v1/survey-templates': () => undefined,
  'GET /api/v1/surveys': () => undefined,
  'GET /api/v1/surveys/:id': () => undefined,
  'GET /api/v1/surveys/:id/export': () => undefined,
  'GET /api/v1/surveys/:id/results': () => undefined,
  'POST /api/v1/surveys': (s) => ({ ...SURVEY, touchpointIds: [s.touchpoint], locationId: s.location }),
  'PATCH /api/v1/surveys/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/surveys/:id': () => undefined,
  'GET /api/v1/responses': () => undefined,
  'GET /api/v1/responses/:id': () => undefined,
  'POST /api/v1/responses': (s) => ({ surveyId: s.survey, answers: { nps: 3 }, customerId: s.customer }),
  'PATCH /api/v1/responses/:id': () => ({ tags: ['by-b'] }),
  'POST /api/v1/responses/:id/notes': () => ({ body: 'Note by B' }),
  'GET /api/v1/responses/export': () => undefined,
  'GET /api/v1/webhooks': () => undefined,
  'GET /api/v1/webhooks/:id': () => undefined,
  'POST /api/v1/webhooks': () => ({ url: 'https://beta.example/hook', events: ['response.created'] }),
  'PATCH /api/v1/webhooks/:id': () => ({ description: 'Changed by B', active: true }),
  'DELETE /api/v1/webhooks/:id': () => undefined,
  'POST /api/v1/webhooks/:id/rotate-secret': () => undefined,
  'GET /api/v1/webhooks/:id/deliveries': () => undefined,
  'POST /api/v1/webhooks/:id/test': () => undefined,
  'GET /api/v1/channels': () => undefined,
  'PUT /api/v1/channels/fallback-order': () => ({ order: ['sms', 'email'] }),
  'GET /api/v1/channels/telegram': () => undefined,
  'PUT /api/v1/channels/telegram': () => ({}),
  'DELETE /api/v1/channels/telegram': () => undefined,
  'POST /api/v1/channels/telegram/test': () => ({}),
  'GET /api/v1/channels/viber': () => undefined,
  'PUT /api/v1/channels/viber': () => ({}),
  'DELETE /api/v1/channels/viber': () => undefined,
  'POST /api/v1/channels/viber/test': () => ({}),
  'GET /api/v1/channels/whatsapp': () => undefined,
  'PUT /api/v1/channels/whatsapp': () => ({ token: 'beta-wa-token', phoneNumberId: '123456', template: 'visit' }),
  'DELETE /api/v1/channels/whatsapp': () => undefined,
  'POST /api/v1/channels/whatsapp/test': () => ({}),
  'GET /api/v1/channels/sms': () => undefined,
  'PUT /api/v1/channels/sms': () => ({ url: 'https://sms.beta.example/send', body: 'to={to}&text={text}' }),
  'DELETE /api/v1/channels/sms': () => undefined,
  'POST /api/v1/channels/sms/test': () => ({}),
  'GET /api/v1/customers/:id/channels': () => undefined,
  'PUT /api/v1/customers/:id/channels': () => ({
    preferred: 'sms',
    addresses: [{ channel: 'sms', address: '+10000000', consent: true, consentSource: 'B form' }],
  }),
  'GET /api/v1/customers/:id/messages': () => undefined,
  'GET /api/v1/invitations/:id/messages': () => undefined,
  'GET /api/v1/customers/:id/deliveries': () => undefined,
  'GET /api/v1/invitations/:id/deliveries': () => undefined,
  'GET /api/v1/review-requests/:id/deliveries': () => undefined,
  'GET /api/v1/cases/:id/messages': () => undefined,
  'POST /api/v1/cases/:id/messages': () => ({ text: 'B writes to your customer' }),
  'GET /api/v1/connectors': () => undefined,
  'GET /api/v1/connectors/:id': () => undefined,
  'POST /api/v1/connectors': () => ({
    kind: 'csv_url',
    name: 'B sheet',
    settings: { url: 'http://127.0.0.1:9/sheet.csv' },
  }),
  'PATCH /api/v1/connectors/:id': () => ({ name: 'Changed by B', settings: { url: 'https://beta.example/x.csv' } }),
  'DELETE /api/v1/connectors/:id': () => undefined,
  'POST /api/v1/connectors/:id/sync': () => undefined,
  'GET /api/v1/connectors/:id/runs': () => undefined,
  'POST /api/v1/connector-hooks/:token': () => ({ resource: 'record', status: 'create', data: { id: 1 } }),
  'GET /api/v1/connector-oauth/amocrm': () => undefined,
  'GET /api/v1/floods': () => undefined,
  'POST /api/v1/floods/exclude': (s) => ({ surveyId: s.survey }),
  'POST /api/v1/invitations': (s) => ({
    surveyId: s.survey,
    customerId: s.customer,
    interactionId: s.interaction,
    channel: 'link',
  }),
  'GET /api/v1/invitations': () => undefined,
  'GET /api/v1/invitations/:id': () => undefined,
  'GET /api/v1/surveys/:id/invitation-stats': () => undefined,
  'GET /api/v1/surveys/:id/qr': () => undefined,
  'GET /api/v1/surveys/:id/qr/print': () => undefined,
  'POST /api/v1/text/analyze': () => ({ items: [{ id: 'x', text: 'Fine, thanks' }] }),
  'GET /api/v1/text/taxonomy': () => undefined,
  'PUT /api/v1/text/taxonomy': () => ({
    topics: [
      { id: 'price', kind: 'product', terms: { en: ['price'] } },
      { id: 'other', kind: 'brand', terms: {} },
    ],
  }),
  'GET /api/v1/text/relabel-status': () => undefined,
  'GET /api/v1/text/topics': () => undefined,
  'GET /api/v1/text/settings': () => undefined,
  'PUT /api/v1/text/settings': () => ({ external: { enabled: false } }),
  'POST /api/v1/responses/:id/labels': () => ({ sentiment: 'positive', topics: ['price'] }),
  'GET /api/v1/metrics/summary': () => undefined,
  'GET /api/v1/metrics/timeseries': () => undefined,
  'GET /api/v1/metrics/breakdown': () => undefined,
  'GET /api/v1/metrics/drivers': () => undefined,
  'GET /api/v1/metrics/staff/:id': () => undefined,
  'GET /api/v1/retention/summary': () => undefined,
  'GET /api/v1/retention/cohorts': () => undefined,
  'GET /api/v1/retention/rfm': () => undefined,
  'GET /api/v1/retention/experience': () => undefined,
  'GET /api/v1/reports/dashboard.pdf': () => undefined,
  'GET /api/v1/cases': () => undefined,
  'GET /api/v1/cases/:id': () => undefined,
  'POST /api/v1/cases': (s) => ({
    title: 'B case',
    source: 'phone',
    customerId: s.customer,
    locationId: s.location,
    ownerId: s.staff,
  }),
  'PATCH /api/v1/cases/:id': () => ({ title: 'Changed by B' }),
  'POST /api/v1/cases/:id/events': () => ({ type: 'note', body: 'Note by B' }),
  'GET /api/v1/case-stats': () => undefined,
  'GET /api/v1/case-rules': () => undefined,
  'POST /api/v1/case-rules': (s) => ({
    name: 'B rule',
    conditions: { touchpointIds: [s.touchpoint] },
    assignment: { strategy: 'fixed', staffId: s.staff },
  }),
  'PATCH /api/v1/case-rules/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/case-rules/:id': () => undefined,
  'GET /api/v1/root-causes': () => undefined,
  'POST /api/v1/root-causes': () => ({ name: { en: 'B cause' }, kind: 'service' }),
  'PATCH /api/v1/root-causes/:id': () => ({ name: { en: 'Changed by B' } }),
  'POST /api/v1/imports/customers/preview': (s) => ({ csv: `external_id,name,referrer\nC1,B,${s.customer}\n` }),
  'POST /api/v1/imports/customers': (s) => ({ csv: `external_id,name,referrer\nC1,B,${s.customer}\n` }),
  'POST /api/v1/imports/interactions/preview': (s) => ({ csv: csv(s) }),
  'POST /api/v1/imports/interactions': (s) => ({ csv: csv(s) }),
  'GET /api/v1/imports/:kind/sample': () => undefined,
  'POST /api/v1/imports/responses/preview': (s) => ({ csv: 'nps,why\n9,B\n', surveyId: s.survey }),
  'POST /api/v1/imports/responses': (s) => ({ csv: 'nps,why\n9,B\n', surveyId: s.survey }),
  'GET /api/v1/insights': () => undefined,
  'POST /api/v1/insights': (s) => ({
    kind: 'idea',
    title: 'B idea',
    locationId: s.location,
    touchpointId: s.touchpoint,
  }),
  'GET /api/v1/insights/suggestions': () => undefined,
  'GET /api/v1/insights/figures': () => undefined,
  'GET /api/v1/insights/:id': () => undefined,
  'PATCH /api/v1/insights/:id': (s) => ({ status: 'reviewing', rootCauseId: s.rootCause }),
  'POST /api/v1/insights/:id/votes': () => undefined,
  'POST /api/v1/insights/:id/comments': () => ({ body: 'Comment by B' }),
  'POST /api/v1/insight-links': (s) => ({ staffId: s.staff }),
  'POST /api/v1/insight-links/revoke': (s) => ({ staffId: s.staff }),
  'POST /api/v1/customer-idea-links': (s) => ({ customerId: s.customer, send: false }),
  'POST /api/v1/customer-idea-links/revoke': (s) => ({ customerId: s.customer }),
  'GET /api/v1/pulse-surveys': () => undefined,
  'GET /api/v1/pulse-surveys/:id': () => undefined,
  'POST /api/v1/pulse-surveys': () => ({ name: 'B pulse' }),
  'PATCH /api/v1/pulse-surveys/:id': () => ({ name: 'Changed by B' }),
  'POST /api/v1/pulse-surveys/:id/runs': () => ({ closesInDays: 3 }),
  'GET /api/v1/metrics/enps': () => undefined,
  'GET /api/v1/metrics/enps/locations': () => undefined,
  'GET /api/v1/pulse-comments': () => undefined,
  'POST /api/v1/pulse-comments/:id/replies': () => ({ body: 'Reply by B' }),
  'GET /api/v1/standards': () => undefined,
  'GET /api/v1/standards/:id': () => undefined,
  'POST /api/v1/standards': (s) => ({ title: { en: 'B standard' }, touchpointId: s.touchpoint }),
  'PATCH /api/v1/standards/:id': () => ({ title: { en: 'Changed by B' } }),
  'DELETE /api/v1/standards/:id': () => undefined,
  'GET /api/v1/checklists': () => undefined,
  'GET /api/v1/checklists/:id': () => undefined,
  'POST /api/v1/checklists': (s) => ({ name: 'B list', items: [{ text: { en: 'x' }, standardId: s.standard }] }),
  'PATCH /api/v1/checklists/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/checklists/:id': () => undefined,
  'GET /api/v1/audit-schedules': () => undefined,
  'GET /api/v1/audit-schedules/:id': () => undefined,
  'POST /api/v1/audit-schedules': (s) => ({
    checklistId: s.checklist,
    locationId: s.location,
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    startsOn: '2026-06-01',
  }),
  'PATCH /api/v1/audit-schedules/:id': () => ({ active: false }),
  'DELETE /api/v1/audit-schedules/:id': () => undefined,
  'GET /api/v1/audits': () => undefined,
  'GET /api/v1/audits/:id': () => undefined,
  'POST /api/v1/audits': (s) => ({ checklistId: s.checklist, locationId: s.location, kind: 'manager' }),
  'PUT /api/v1/audits/:id/answers/:itemId': () => ({ result: 'fail' }),
  'POST /api/v1/audits/:id/submit': () => undefined,
  'POST /api/v1/audits/:id/answers/:itemId/photos': () => undefined,
  'GET /api/v1/audit-photos/:id': () => undefined,
  'GET /api/v1/metrics/training': () => undefined,
  'DELETE /api/v1/audit-photos/:id': () => undefined,
  'GET /api/v1/staff-notices': () => undefined,
  'POST /api/v1/staff-notices': () => ({ body: { en: 'B notice' } }),
  'GET /api/v1/metrics/compliance': () => undefined,
  'GET /api/v1/lessons': () => undefined,
  'GET /api/v1/lessons/:id': () => undefined,
  'POST /api/v1/lessons': (s) => ({ title: { en: 'B lesson' }, standardId: s.standard }),
  'PATCH /api/v1/lessons/:id': () => ({ title: { en: 'Changed by B' } }),
  'GET /api/v1/training-assignments': () => undefined,
  'POST /api/v1/training-assignments': (s) => ({
    lessonId: s.lesson,
    staffIds: [s.staff],
    dueAt: '2026-07-01T00:00:00Z',
  }),
  'POST /api/v1/training-assignments/:id/attempts': () => ({ answers: { q1: ['a'] } }),
  'GET /api/v1/self-assessments': () => undefined,
  'GET /api/v1/self-assessments/:id': () => undefined,
  'POST /api/v1/self-assessments': () => ({ answers: { 'standards.1': 2 } }),
  'PATCH /api/v1/self-assessments/:id': () => ({ answers: { 'standards.1': 0 }, complete: true }),
  'GET /api/v1/action-items': () => undefined,
  'PATCH /api/v1/action-items/:id': (s) => ({ status: 'done', ownerId: s.staff }),
  'GET /api/v1/review-sources': () => undefined,
  'GET /api/v1/review-sources/:id': () => undefined,
  'POST /api/v1/review-sources': (s) => ({ locationId: s.location, platform: 'other', url: 'https://beta.example/r' }),
  'PATCH /api/v1/review-sources/:id': () => ({ url: 'https://beta.example/changed' }),
  'DELETE /api/v1/review-sources/:id': () => undefined,
  'POST /api/v1/review-sources/:id/sync': () => undefined,
  'GET /api/v1/review-requests': () => undefined,
  'GET /api/v1/reviews': () => undefined,
  'POST /api/v1/reviews/import': (s) =>
    `source,location,rating,text,author,date,externalId\n2gis,${s.location},2,B,B,2026-05-01,alpha-review\n`,
  'POST /api/v1/reviews/:id/reply': () => ({ text: 'Reply by B' }),
  'PATCH /api/v1/reviews/:id': (s) => ({ customerId: s.customer }),
  'PUT /api/v1/reviews/:id/draft': () => ({ text: 'Draft by B' }),
  'DELETE /api/v1/reviews/:id/draft': () => undefined,
  'GET /api/v1/reviews/:id/replies': () => undefined,
  'GET /api/v1/reviews/:id/suggestions': () => undefined,
  'GET /api/v1/review-settings': () => undefined,
  'PUT /api/v1/review-settings': () => ({ delayHours: 5 }),
  'PUT /api/v1/customers/:id/review-insider': () => ({ insider: true }),
  'GET /api/v1/metrics/reputation': () => undefined,
  'GET /api/v1/referral-programs': () => undefined,
  'POST /api/v1/referral-programs': () => ({ name: 'B program', referrerReward: 'x', friendReward: 'y' }),
  'PATCH /api/v1/referral-programs/:id': () => ({ name: 'Changed by B' }),
  'GET /api/v1/customers/:id/referral-code': () => undefined,
  'GET /api/v1/referrals': () => undefined,
  'POST /api/v1/referrals': (s) => ({ referredId: s.customer, method: 'staff', referrerId: s.customer }),
  'PATCH /api/v1/referrals/:id': () => ({ decision: 'block' }),
  'GET /api/v1/referral-name-credits': () => undefined,
  'PATCH /api/v1/referral-name-credits/:id': (s) => ({ decision: 'credit', referrerId: s.customer }),
  'GET /api/v1/metrics/word-of-mouth': () => undefined,
  'GET /api/v1/metrics/recognition': () => undefined,
  'GET /api/v1/lead-users': () => undefined,
  'POST /api/v1/lead-users/:id/invitations': () => ({ details: 'B invites' }),
  'GET /api/v1/points/settings': () => undefined,
  'PUT /api/v1/points/settings': () => ({ enabled: true }),
  'GET /api/v1/points/ledger': () => undefined,
  'POST /api/v1/points/ledger': (s) => ({
    customerId: s.customer,
    kind: 'earn',
    points: 5,
    sourceType: 'manual',
    sourceId: 'b-1',
  }),
  'GET /api/v1/tiers': () => undefined,
  'POST /api/v1/tiers': () => ({ name: 'B tier', rank: 1, criteria: { minVisits: 3 } }),
  'POST /api/v1/tiers/preview': (s) => ({ tiers: [{ id: s.tier, name: 'B', rank: 1, criteria: { minVisits: 1 } }] }),
  'PATCH /api/v1/tiers/:id': () => ({ name: 'Changed by B' }),
  'DELETE /api/v1/tiers/:id': () => undefined,
  'GET /api/v1/customers/:id/loyalty': () => undefined,
  'PATCH /api/v1/customers/:id/loyalty': () => ({ remember: 'Changed by B' }),
  'GET /api/v1/gestures': () => undefined,
  'POST /api/v1/gestures': (s) => ({
    name: 'B gesture',
    kind: 'surprise',
    trigger: 'tier_entry',
    triggerTierId: s.tier,
  }),
  'PATCH /api/v1/gestures/:id': () => ({ name: 'Changed by B' }),
  'GET /api/v1/gesture-tasks': () => undefined,
  'POST /api/v1/gesture-tasks': (s) => ({ gestureId: s.gesture, customerId: s.customer }),
  'POST /api/v1/gesture-tasks/:id/deliver': (s) => ({ staffId: s.staff, interactionId: s.interaction }),
  'POST /api/v1/gesture-tasks/:id/skip': () => ({ reason: 'B says no' }),
};

const SURVEY = {
  name: 'Alpha survey',
  languages: ['en'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
    { id: 'why', type: 'text', text: { en: 'Why?' } },
  ],
};

/** Which of A's ids goes into `:id`, by the path's first segment. */
const idFor = (url: string, s: Seed): string => {
  const resource = url.split('/')[3];
  const map: Record<string, string> = {
    locations: s.location,
    staff: s.staff,
    metrics: s.staff /* metrics/staff/:id */,
    touchpoints: s.touchpoint,
    customers: s.customer,
    interactions: s.interaction,
    'api-keys': s.apiKey,
    surveys: s.survey,
    responses: s.response,
    cases: s.case,
    'case-rules': s.rule,
    'root-causes': s.rootCause,
    invitations: s.invitation,
    webhooks: s.webhook,
    connectors: s.connector,
    insights: s.insight,
    'pulse-surveys': s.pulseSurvey,
    'pulse-comments': s.pulseComment,
    standards: s.standard,
    checklists: s.checklist,
    'audit-schedules': s.schedule,
    audits: s.audit,
    'audit-photos': s.photo,
    lessons: s.lesson,
    'training-assignments': s.assignment,
    'self-assessments': s.assessment,
    'action-items': s.actionItem,
    'review-sources': s.reviewSource,
    'referral-programs': s.referralProgram,
    referrals: s.referral,
    'referral-name-credits': s.nameCredit,
    reviews: s.review,
    'review-requests': s.reviewRequest,
    tiers: s.tier,
    'lead-users': s.customer,
    gestures: s.gesture,
    'gesture-tasks': s.gestureTask,
  };
  const id = resource ? map[resource] : undefined;
  if (!id) throw new Error(`No seeded id for ${url}`);
  return id;
};

let t: TestApp;
let a: Awaited<ReturnType<TestApp['newOrg']>>;
let b: Awaited<ReturnType<TestApp['newOrg']>>;
let seed: Seed;

async function snapshotOfA(): Promise<string> {
  const parts = await Promise.all(
    [
      'org',
      'locations',
      'staff',
      'touchpoints',
      'customers',
      'interactions',
      'api-keys',
      'surveys',
      'responses',
      `responses/${seed.response}`,
      'invitations',
      'cases?view=all',
      `cases/${seed.case}`,
      'case-rules',
      'root-causes',
      'webhooks',
      `webhooks/${seed.webhook}/deliveries`,
      'connectors',
      `connectors/${seed.connector}/runs`,
      'insights',
      `insights/${seed.insight}`,
      'pulse-surveys',
      'pulse-comments',
      'standards',
      'checklists',
      'audit-schedules',
      `audits/${seed.audit}`,
      'staff-notices',
      'lessons',
      'training-assignments',
      'metrics/compliance',
      `self-assessments/${seed.assessment}`,
      'action-items',
      'review-sources',
      'reviews',
      `reviews/${seed.review}/replies`,
      'review-settings',
      'referral-programs',
      'referrals',
      'referral-name-credits',
      'channels',
      `customers/${seed.customer}/channels`,
      `customers/${seed.customer}/messages`,
      'tiers',
      'gestures',
      'gesture-tasks',
      `customers/${seed.customer}/loyalty`,
    ].map((p) => a.as.get(`/api/v1/${p}`)),
  );
  // lastUsedAt moves whenever A's own key is used; it is not A's data changing.
  return parts.map((r) => r.body.replace(/"lastUsedAt":"[^"]*"/g, '')).join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  a = await t.newOrg('Alpha clinic');
  b = await t.newOrg('Beta clinic');
  const location = (await a.as.post('/api/v1/locations', { name: 'Alpha Central' })).json();
  const member = (
    await a.as.post('/api/v1/staff', {
      name: 'Alpha Dentist',
      email: 'dentist@alpha.example',
      locationIds: [location.id],
      sendInvite: false,
    })
  ).json();
  const touchpoint = (
    await a.as.post('/api/v1/touchpoints', { name: 'Alpha Reception', kind: 'service', stage: 'service' })
  ).json();
  const customer = (
    await a.as.post('/api/v1/customers', { name: 'Alpha Customer', email: 'customer@alpha.example', externalId: 'C1' })
  ).json();
  const interaction = (
    await a.as.post('/api/v1/interactions', {
      occurredAt: now,
      customerId: customer.id,
      touchpointId: touchpoint.id,
      locationId: location.id,
      staffId: member.id,
      note: 'Alpha note',
    })
  ).json();
  const key = (await a.as.post('/api/v1/api-keys', { name: 'Alpha integration', role: 'manager' })).json();
  const survey = (await a.as.post('/api/v1/surveys', SURVEY)).json();
  const response = (
    await a.as.post('/api/v1/responses', {
      surveyId: survey.id,
      customerId: customer.id,
      answers: { nps: 2, why: 'Alpha comment' },
    })
  ).json();
  await a.as.post(`/api/v1/responses/${response.id}/notes`, { body: 'Alpha internal note' });
  const invitation = (
    await a.as.post('/api/v1/invitations', {
      surveyId: survey.id,
      customerId: customer.id,
      interactionId: interaction.id,
      channel: 'link',
    })
  ).json();
  const theCase = (
    await a.as.post('/api/v1/cases', {
      title: 'Alpha case',
      source: 'phone',
      customerId: customer.id,
      locationId: location.id,
      note: 'Alpha case note',
    })
  ).json();
  await a.as.call('PUT', '/api/v1/channels/sms', {
    url: 'https://sms.alpha.example/send',
    body: 'to={to}&text={text}&key={secret}',
    secret: 'alpha-sms-secret-key',
  });
  await a.as.call('PUT', `/api/v1/customers/${customer.id}/channels`, {
    preferred: 'sms',
    addresses: [{ channel: 'sms', address: '+359000111222', consent: true, consentSource: 'Alpha consent form' }],
  });
  const rule = (
    await a.as.post('/api/v1/case-rules', { name: 'Alpha rule', conditions: { keywords: ['alpha'] } })
  ).json();
  const rootCause = (await a.as.get('/api/v1/root-causes')).json().items[0];
  // Paused, so no delivery attempt changes A's data while the test runs.
  const webhook = (
    await a.as.post('/api/v1/webhooks', {
      url: 'https://alpha.example/hook',
      events: ['response.created'],
      active: false,
      description: 'Alpha webhook',
    })
  ).json();
  const connector = (
    await a.as.post('/api/v1/connectors', {
      kind: 'yclients',
      name: 'Alpha connector',
      settings: {
        baseUrl: 'http://127.0.0.1:9',
        companyIds: [1],
        partnerToken: 'alpha-partner-token',
        userToken: 'alpha-user-token',
      },
    })
  ).json();
  const insight = (
    await a.as.post('/api/v1/insights', {
      kind: 'irritant',
      title: 'Alpha irritant',
      locationId: location.id,
      touchpointId: touchpoint.id,
    })
  ).json();
  const pulse = (await a.as.post('/api/v1/pulse-surveys', { name: 'Alpha pulse', threshold: 3 })).json();
  // An answer written as the answer page writes it: A's comment must not reach B by any route.
  const run = (await a.as.post(`/api/v1/pulse-surveys/${pulse.id}/runs`, {})).json();
  const pulseComment = crypto.randomUUID();
  await t.database.pool.query(
    `insert into pulse_responses (id, org_id, run_id, role, score, comment, submitted_on) values ($1, $2, $3, 'staff', 9, 'Alpha pulse comment', current_date)`,
    [pulseComment, a.orgId, run.id],
  );
  const standard = (
    await a.as.post('/api/v1/standards', { title: { en: 'Alpha standard' }, touchpointId: touchpoint.id })
  ).json();
  const checklist = (
    await a.as.post('/api/v1/checklists', {
      name: 'Alpha checklist',
      items: [{ text: { en: 'Alpha item' }, standardId: standard.id }],
    })
  ).json();
  const schedule = (
    await a.as.post('/api/v1/audit-schedules', {
      checklistId: checklist.id,
      locationId: location.id,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
      startsOn: '2026-06-01',
    })
  ).json();
  const audit = (
    await a.as.post('/api/v1/audits', { checklistId: checklist.id, locationId: location.id, kind: 'manager' })
  ).json();
  await a.as.call('PUT', `/api/v1/audits/${audit.id}/answers/${checklist.items[0].id}`, {
    comment: 'Alpha remark',
    result: 'pass',
  });
  const boundary = 'alpha-photo';
  const photo = (
    await a.as.call(
      'POST',
      `/api/v1/audits/${audit.id}/answers/${checklist.items[0].id}/photos`,
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\nAlpha pixels\r\n--${boundary}--\r\n`,
        'latin1',
      ),
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    )
  ).json();
  await a.as.post('/api/v1/staff-notices', { body: { en: 'Alpha notice' } });
  const lesson = (
    await a.as.post('/api/v1/lessons', { title: { en: 'Alpha lesson' }, standardId: standard.id })
  ).json();
  const assignment = (
    await a.as.post('/api/v1/training-assignments', {
      lessonId: lesson.id,
      staffIds: [member.id],
      dueAt: '2026-07-01T00:00:00Z',
    })
  ).json().items[0];
  const assessment = (
    await a.as.post('/api/v1/self-assessments', {
      answers: { 'standards.1': 1, 'listening.1': 3, 'recovery.1': 2, 'loyalty.1': 4 },
      complete: true,
    })
  ).json();
  const reviewSource = (
    await a.as.post('/api/v1/review-sources', {
      locationId: location.id,
      platform: 'yandex_maps',
      url: 'https://alpha.example/reviews',
    })
  ).json();
  await a.as.post(
    '/api/v1/reviews/import',
    `source,location,rating,text,author,date,externalId\nyandex_maps,${location.id},5,Alpha review text,Alpha Author,2026-05-01,alpha-review\n`,
    { 'content-type': 'text/csv' },
  );
  const review = (await a.as.get('/api/v1/reviews')).json().items[0];
  const reviewRequest = crypto.randomUUID();
  await t.database.pool.query(
    `insert into review_requests (id, org_id, customer_id, interaction_id, location_id, status, language, token_hash, scheduled_for)
     values ($1, $2, $3, $4, $5, 'sent', 'en', $6, now())`,
    [reviewRequest, a.orgId, customer.id, interaction.id, location.id, 'alpha-review-request-hash'],
  );
  const referralProgram = (
    await a.as.post('/api/v1/referral-programs', {
      name: 'Alpha program',
      referrerReward: 'Alpha gift',
      friendReward: 'Alpha welcome',
    })
  ).json();
  const friend = (await a.as.post('/api/v1/customers', { name: 'Alpha Friend' })).json();
  const referral = (
    await a.as.post('/api/v1/referrals', { referredId: friend.id, method: 'staff', referrerId: customer.id })
  ).json();
  // "Who recommended you?" answered with a name only: a name credit waiting for A's staff.
  const heard = (
    await a.as.post('/api/v1/surveys', {
      name: 'Alpha heard',
      languages: ['en'],
      questions: [{ id: 'heard', type: 'referral_source', text: { en: 'Who recommended you?' } }],
    })
  ).json();
  const newcomer = (await a.as.post('/api/v1/customers', { name: 'Alpha Newcomer' })).json();
  await a.as.post('/api/v1/responses', {
    surveyId: heard.id,
    customerId: newcomer.id,
    answers: { heard: 'referral:Alpha Customer' },
  });
  await sweepReferrals(t.database.pool);
  const nameCredit = (await a.as.get('/api/v1/referral-name-credits')).json().items[0];
  const tier = (
    await a.as.post('/api/v1/tiers', { name: 'Alpha tier', rank: 1, criteria: { minVisits: 1 }, perks: 'Alpha perk' })
  ).json();
  const gesture = (
    await a.as.post('/api/v1/gestures', {
      name: 'Alpha gesture',
      kind: 'surprise',
      trigger: 'manual',
      tierIds: [tier.id],
    })
  ).json();
  const gestureTask = (
    await a.as.post('/api/v1/gesture-tasks', {
      gestureId: gesture.id,
      customerId: customer.id,
      locationId: location.id,
    })
  ).json();
  await a.as.patch(`/api/v1/customers/${customer.id}/loyalty`, { remember: 'Alpha remember', tierId: tier.id });
  seed = {
    tier: tier.id,
    gesture: gesture.id,
    gestureTask: gestureTask.id,
    insight: insight.id,
    pulseSurvey: pulse.id,
    pulseComment,
    assessment: assessment.id,
    actionItem: assessment.plan[0].id,
    standard: standard.id,
    checklist: checklist.id,
    item: checklist.items[0].id,
    schedule: schedule.id,
    audit: audit.id,
    photo: photo.id,
    lesson: lesson.id,
    assignment: assignment.id,
    referralProgram: referralProgram.id,
    referral: referral.id,
    nameCredit: nameCredit.id,
    reviewSource: reviewSource.id,
    review: review.id,
    reviewRequest,
    location: location.id,
    staff: member.id,
    touchpoint: touchpoint.id,
    customer: customer.id,
    interaction: interaction.id,
    apiKey: key.id,
    survey: survey.id,
    response: response.id,
    case: theCase.id,
    rule: rule.id,
    rootCause: rootCause.id,
    invitation: invitation.id,
    invitationToken: invitation.url?.split('/s/')[1],
    webhook: webhook.id,
    connector: connector.id,
    names: [
      'Alpha connector',
      'alpha-user-token',
      'alpha-partner-token',
      new URL(connector.hookUrl ?? 'https://x/none').pathname.split('/').pop()!,
      'Alpha Central',
      'Alpha Dentist',
      'Alpha Reception',
      'Alpha Customer',
      'Alpha note',
      'Alpha integration',
      'Alpha clinic',
      'customer@alpha.example',
      'Alpha survey',
      'Alpha comment',
      'Alpha internal note',
      survey.slug,
      'Alpha case',
      'Alpha rule',
      'Alpha webhook',
      'Alpha irritant',
      'Alpha pulse',
      'Alpha standard',
      'Alpha checklist',
      'Alpha item',
      'Alpha remark',
      'Alpha notice',
      'Alpha lesson',
      'Alpha review text',
      'Alpha program',
      'Alpha Friend',
      'Alpha Author',
      'Alpha tier',
      'Alpha perk',
      'Alpha gesture',
      'Alpha remember',
      'alpha.example',
      webhook.secret,
      'alpha-sms-secret-key',
      '+359000111222',
      'Alpha consent form',
    ],
  };
  for (const [k, id] of Object.entries(seed)) expect(id, k).toBeTruthy();
});
afterAll(() => t.close());

describe('organisation isolation on every API route', () => {
  it('has a test body for every registered route', () => {
    const missing = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).filter((k) => !(k in BODIES));
    expect(missing, 'add these routes to BODIES in test/isolation.int.test.ts').toEqual([]);
  });

  it("never lets organisation B read or change organisation A's rows", async () => {
    const before = await snapshotOfA();
    const secrets = [...Object.values(seed).filter((v): v is string => typeof v === 'string'), ...seed.names];
    for (const route of t.app.apiRoutes) {
      const key = `${route.method} ${route.url}`;
      const url = route.url
        .replace(':id', route.url.includes(':id') ? idFor(route.url, seed) : '')
        .replace(':itemId', seed.item);
      const body = BODIES[key]!(seed);
      const res = await b.as.call(route.method as 'GET', url, body);
      // Echoing an id B itself sent (e.g. a CSV preview) is not a leak; anything else of A's is.
      const sent = JSON.stringify(body ?? '') + url;
      const leaked = secrets.filter((s) => res.body.includes(s) && !sent.includes(s));
      expect(leaked, `${key} answered ${res.statusCode} with A's data`).toEqual([]);
      if (route.url.includes(':id')) expect(res.statusCode, `${key} with A's id`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${key} must not fail on the server`).toBeLessThan(500);
    }
    expect(await snapshotOfA()).toBe(before);
  });

  it('answers 401 on every non-public route without credentials', async () => {
    for (const route of t.app.apiRoutes.filter((r) => r.permission)) {
      const url = route.url.replaceAll(/:id|:itemId/g, '00000000-0000-7000-8000-000000000000');
      const res = await t.app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });
});

describe("a manager sees only their locations' referrals and figures", () => {
  it('scopes the referral list and the word-of-mouth figures to where the new customer first came', async () => {
    const west = (await a.as.post('/api/v1/locations', { name: 'Alpha West' })).json();
    const east = (await a.as.post('/api/v1/locations', { name: 'Alpha East' })).json();
    const manager = (
      await a.as.post('/api/v1/staff', {
        name: 'Alpha West Manager',
        email: 'west@alpha.example',
        role: 'manager',
        locationIds: [west.id],
      })
    ).json();
    const asManager = t.as(await t.keyFor(a.orgId, 'manager', manager.id));
    const referrer = (await a.as.post('/api/v1/customers', { name: 'Alpha Referrer' })).json();
    // Referred first, then the first visit (a customer who came before cannot be referred).
    const friendAt = async (name: string, locationId: string | null) => {
      const friend = (await a.as.post('/api/v1/customers', { name })).json();
      const claimed = await a.as.post('/api/v1/referrals', {
        referredId: friend.id,
        method: 'staff',
        referrerId: referrer.id,
      });
      expect(claimed.statusCode, claimed.body).toBe(200);
      if (locationId)
        await a.as.post('/api/v1/interactions', {
          occurredAt: new Date().toISOString(),
          customerId: friend.id,
          locationId,
        });
      return friend.id as string;
    };
    const westFriend = await friendAt('West Friend', west.id);
    const eastFriend = await friendAt('East Friend', east.id);
    const notYetByOwner = await friendAt('Unseen Friend', null);
    // Before any visit, the manager sees the referral they entered themselves at the counter.
    const notYetByManager = (await a.as.post('/api/v1/customers', { name: 'Counter Friend' })).json().id as string;
    expect(
      (
        await asManager.post('/api/v1/referrals', {
          referredId: notYetByManager,
          method: 'staff',
          referrerId: referrer.id,
        })
      ).statusCode,
    ).toBe(200);

    const seen = (await asManager.get('/api/v1/referrals')).json().items as { referredId: string }[];
    expect(seen.map((r) => r.referredId).sort()).toEqual([westFriend, notYetByManager].sort());
    const all = (await a.as.get('/api/v1/referrals')).json().items as { referredId: string }[];
    expect(all.map((r) => r.referredId)).toEqual(expect.arrayContaining([eastFriend, notYetByOwner]));

    const q = `from=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}`;
    const mine = (await asManager.get(`/api/v1/metrics/word-of-mouth?${q}`)).json();
    expect(mine).toMatchObject({ newCustomers: 1, referredNewCustomers: 1 });
    expect(Object.values(mine.referrals as Record<string, number>).reduce((s, n) => s + n, 0)).toBe(2);
    const east$ = (await asManager.get(`/api/v1/metrics/word-of-mouth?${q}&locationId=${east.id}`)).json();
    expect(east$).toMatchObject({ newCustomers: 0, referredNewCustomers: 0 });
    const owner = (await a.as.get(`/api/v1/metrics/word-of-mouth?${q}`)).json();
    expect(owner.referredNewCustomers).toBeGreaterThanOrEqual(2);
  });
});
