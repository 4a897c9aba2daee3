import type { Db } from '../../platform/db/database.ts';
import { responses } from '../responses/responses.schema.ts';
import { surveysRepo, SURVEY_TEMPLATES } from '../surveys/index.ts';
import { generateFeedback, SURVEYED_TOUCHPOINTS, type FeedbackVisit } from './demo-feedback.ts';
import { effortAnswers, EFFORT_SURVEYS, type EffortKind } from './demo-effort.ts';
import { generateRelationship } from './demo-relationship.ts';

const RECENT_DAYS = 10;

/**
 * Writes the demo's post-visit survey and its answers. Answers older than ten days are marked as
 * already seen by the case rules, so the demo opens cases only for the recent unhappy patients
 * (a full but workable inbox), while every answer still counts in the dashboards. A relationship
 * survey tied to no touchpoint gives driver analysis its outcome (demo-relationship.ts).
 */
export async function writeDemoFeedback(
  db: Db,
  orgId: string,
  o: {
    visits: FeedbackVisit[];
    ids: { touchpoints: Map<string, string>; locations: Map<string, string>; staff: Map<string, string> };
    now?: Date;
    seed?: number;
  },
): Promise<number> {
  const template = SURVEY_TEMPLATES.find((t) => t.key === 'post_visit_nps')!.definition;
  const survey = await surveysRepo.insert(db, {
    ...template,
    orgId,
    slug: `demo-${crypto.randomUUID().slice(0, 12)}`,
    title: template.title ?? null,
    touchpointIds: Object.keys(SURVEYED_TOUCHPOINTS).flatMap((k) =>
      o.ids.touchpoints.has(k) ? [o.ids.touchpoints.get(k)!] : [],
    ),
  });
  const answers = generateFeedback(o.visits, {
    now: o.now,
    seed: o.seed,
    weakLocation: 'plovdiv',
    weakStaff: ['plovdiv-receptionist-1', 'sofia-dentist-3'],
  });
  const byId = new Map(o.visits.map((v) => [v.id, v]));
  const recent = (o.now ?? new Date()).getTime() - RECENT_DAYS * 86_400_000;
  const rows = answers.map((a) => {
    const v = byId.get(a.visitId)!;
    const staffId = v.staffKey ? (o.ids.staff.get(v.staffKey) ?? null) : null;
    return {
      orgId,
      surveyId: survey.id,
      interactionId: v.id,
      customerId: v.customerId,
      touchpointId: o.ids.touchpoints.get(v.touchpointKey) ?? null,
      locationId: o.ids.locations.get(v.locationKey) ?? null,
      staffId,
      channel: a.channel,
      language: a.language,
      status: 'complete' as const,
      answers: {
        nps: a.nps,
        ...(a.wrong ? { wrong: a.wrong } : {}),
        ...(a.emotion ? { feel: a.emotion } : {}),
        ...(staffId ? { who: staffId } : {}),
        ...(a.comment ? { comment: a.comment } : {}),
      },
      nps: a.nps,
      emotion: a.emotion,
      comment: a.comment,
      submittedAt: a.submittedAt,
      casesCheckedAt: a.submittedAt.getTime() < recent ? new Date() : null,
    };
  });
  // One recent unhappy answer left on a QR poster by someone who gave no name but agreed to a call
  // back: its case shows whom to call ("may we contact you?").
  const anonymous = rows.findLast((r) => r.channel === 'qr' && r.nps <= 6 && r.casesCheckedAt === null);
  if (anonymous)
    Object.assign(anonymous, {
      customerId: null,
      interactionId: null,
      contact: {
        phone: '+359 88 555 0142',
        consentAt: anonymous.submittedAt.toISOString(),
        source: `/s/p/${survey.slug} (qr)`,
      },
    });
  for (let i = 0; i < rows.length; i += 1000) await db.insert(responses).values(rows.slice(i, i + 1000));

  const effortSurveys = new Map<EffortKind, string>();
  for (const kind of Object.keys(EFFORT_SURVEYS) as EffortKind[]) {
    const t = SURVEY_TEMPLATES.find((x) => x.key === EFFORT_SURVEYS[kind].template)!.definition;
    const { id } = await surveysRepo.insert(db, {
      ...t,
      orgId,
      slug: `demo-${crypto.randomUUID().slice(0, 12)}`,
      title: t.title ?? null,
    });
    effortSurveys.set(kind, id);
  }
  const effort = effortAnswers(answers, (id) => byId.get(id)!.touchpointKey).map((a) => {
    const v = byId.get(a.visitId)!;
    return {
      orgId,
      surveyId: effortSurveys.get(a.kind)!,
      interactionId: v.id,
      customerId: v.customerId,
      touchpointId: o.ids.touchpoints.get(v.touchpointKey) ?? null,
      locationId: o.ids.locations.get(v.locationKey) ?? null,
      staffId: v.staffKey ? (o.ids.staff.get(v.staffKey) ?? null) : null,
      channel: a.channel,
      language: a.language,
      status: 'complete' as const,
      answers: { [a.kind]: a.score },
      [a.kind]: a.score,
      submittedAt: a.submittedAt,
      casesCheckedAt: new Date(),
    };
  });
  for (let i = 0; i < effort.length; i += 1000) await db.insert(responses).values(effort.slice(i, i + 1000));

  const relationship = await surveysRepo.insert(db, {
    orgId,
    name: 'Relationship (NPS)',
    languages: ['en', 'ru', 'bg'],
    slug: `demo-${crypto.randomUUID().slice(0, 12)}`,
    title: { en: 'Bright Smile and you', ru: 'Bright Smile и вы', bg: 'Bright Smile и вие' },
    questions: [
      {
        id: 'nps',
        type: 'nps',
        required: true,
        text: {
          en: 'How likely are you to recommend Bright Smile to a friend?',
          ru: 'Насколько вероятно, что вы порекомендуете Bright Smile другу?',
          bg: 'Колко вероятно е да препоръчате Bright Smile на приятел?',
        },
      },
    ],
  });
  const loyal = generateRelationship(answers, o.visits, { now: o.now, seed: o.seed }).map((a) => ({
    orgId,
    surveyId: relationship.id,
    customerId: a.customerId,
    channel: 'email' as const,
    language: a.language,
    status: 'complete' as const,
    answers: { nps: a.nps },
    nps: a.nps,
    submittedAt: a.submittedAt,
    casesCheckedAt: a.submittedAt.getTime() < recent ? new Date() : null,
  }));
  for (let i = 0; i < loyal.length; i += 1000) await db.insert(responses).values(loyal.slice(i, i + 1000));
  return rows.length + effort.length + loyal.length;
}
