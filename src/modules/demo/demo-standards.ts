import type { Db } from '../../platform/db/database.ts';
import {
  actionPlan,
  levels,
  DEFAULT_QUESTIONS,
  PLAN_TEMPLATES,
  selfAssessmentRepo as assessments,
} from '../self-assessment/index.ts';
import { auditsRepo, failed, points, scoreAudit, type Answer, standardsRepo as repo } from '../standards/index.ts';
import { trainingRepo as training } from '../training/index.ts';
import { trainingAssignments } from '../training/training.schema.ts';

type T = { en: string; ru: string; bg: string };
const STANDARDS: { key: string; touchpoint: string; title: T; lesson: boolean; critical?: boolean; weight: number }[] =
  [
    {
      key: 'greet',
      touchpoint: 'check_in',
      weight: 3,
      lesson: true,
      title: {
        en: 'Greet every patient within 10 seconds',
        ru: 'Приветствовать пациента в течение 10 секунд',
        bg: 'Поздрав към всеки пациент до 10 секунди',
      },
    },
    {
      key: 'name',
      touchpoint: 'check_in',
      weight: 2,
      lesson: true,
      title: {
        en: 'Use the patient’s name',
        ru: 'Обращаться к пациенту по имени',
        bg: 'Обръщение към пациента по име',
      },
    },
    {
      key: 'wait',
      touchpoint: 'waiting_room',
      weight: 2,
      lesson: false,
      title: {
        en: 'Tell the patient how long the wait is',
        ru: 'Сообщать, сколько ждать',
        bg: 'Казваме колко ще е чакането',
      },
    },
    {
      key: 'clean',
      touchpoint: 'waiting_room',
      weight: 1,
      lesson: false,
      critical: true,
      title: { en: 'Waiting room clean and tidy', ru: 'Зона ожидания чистая', bg: 'Чакалнята е чиста и подредена' },
    },
  ];

/** A small deterministic generator, so the same seed gives the same six months. */
const rng = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};

/**
 * Standards, a checklist, lessons with quizzes, six months of monthly walk-throughs per location
 * (getting better as the lessons are passed), the training history they caused, a published staff
 * notice and a completed self-assessment, so every standards screen shows data at first sight.
 */
export async function writeDemoStandards(
  db: Db,
  orgId: string,
  ids: {
    ownerId: string;
    locations: Map<string, string>;
    touchpoints: Map<string, string>;
    staffByLocation: Map<string, string[]>;
  },
  opts: { now?: Date; seed?: number } = {},
) {
  const now = opts.now ?? new Date();
  const random = rng(opts.seed ?? 7);
  const standardIds = new Map<string, string>();
  for (const s of STANDARDS) {
    const row = await repo.insertStandard(db, {
      orgId,
      touchpointId: ids.touchpoints.get(s.touchpoint) ?? null,
      title: s.title,
      why: {
        en: 'Patients judge the whole visit by the first minute.',
        ru: 'Пациенты судят о визите по первой минуте.',
        bg: 'Пациентите съдят за посещението по първата минута.',
      },
    });
    standardIds.set(s.key, row.id);
  }
  const lessonIds = new Map<string, string>();
  for (const s of STANDARDS.filter((x) => x.lesson)) {
    const lesson = await training.insertLesson(db, {
      orgId,
      standardId: standardIds.get(s.key)!,
      title: s.title,
      body: {
        en: `${s.title.en}: why it matters and how to do it.`,
        ru: `${s.title.ru}: зачем и как.`,
        bg: `${s.title.bg}: защо и как.`,
      },
      quiz: [
        {
          id: 'q1',
          kind: 'single',
          text: { en: 'When does this apply?', ru: 'Когда это нужно?', bg: 'Кога важи това?' },
          options: [
            { id: 'a', text: { en: 'With every patient', ru: 'С каждым пациентом', bg: 'С всеки пациент' } },
            { id: 'b', text: { en: 'When there is time', ru: 'Когда есть время', bg: 'Когато има време' } },
          ],
          correct: ['a'],
        },
      ],
    });
    lessonIds.set(s.key, lesson.id);
  }
  const checklist = await repo.insertChecklist(db, {
    orgId,
    name: 'Reception walk-through',
    touchpointId: ids.touchpoints.get('check_in') ?? null,
  });
  await repo.replaceItems(
    db,
    orgId,
    checklist.id,
    STANDARDS.map((s) => ({
      standardId: standardIds.get(s.key)!,
      text: s.title,
      weight: s.weight,
      critical: !!s.critical,
      // A critical item always applies: "not applicable" is no way out of it.
      naAllowed: !s.critical,
    })),
  );
  // Every location has its monthly walk-through on the 1st, made by the schedule job.
  for (const locationId of ids.locations.values())
    await repo.insertSchedule(db, {
      orgId,
      checklistId: checklist.id,
      locationId,
      touchpointId: ids.touchpoints.get('check_in') ?? null,
      kind: 'manager',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
      startsOn: `${now.toISOString().slice(0, 7)}-01`,
      assigneeRole: 'manager',
    });
  const items = await repo.itemsOf(db, orgId, [checklist.id]);
  await repo.publishNotice(db, orgId, {
    en: 'We run mystery visits to learn how our service feels. They are not for discipline.',
    ru: 'Мы проводим тайные визиты, чтобы понять, каким видят наш сервис. Они не для наказаний.',
    bg: 'Правим тайни посещения, за да разберем как се усеща обслужването ни. Не са за наказания.',
  });

  let audits = 0;
  for (const [locationKey, locationId] of ids.locations) {
    for (let month = 6; month >= 1; month--) {
      const at = new Date(now.getTime() - month * 30 * 86_400_000 + Math.floor(random() * 5) * 86_400_000);
      // Compliance improves as the months go by and the lessons are learned.
      const passChance = 0.55 + (6 - month) * 0.07;
      const answers = new Map<string, Answer>();
      for (const item of items)
        answers.set(item.id, { result: random() < passChance || item.critical ? 'pass' : 'fail' });
      const result = scoreAudit(
        items.map((i) => ({ id: i.id, kind: i.kind, weight: i.weight, critical: i.critical })),
        answers,
      );
      const audit = await auditsRepo.insert(db, {
        orgId,
        checklistId: checklist.id,
        locationId,
        touchpointId: ids.touchpoints.get('check_in') ?? null,
        createdById: ids.ownerId,
        // Walk-throughs alternate between the morning and the evening shift, so figures by shift show data.
        shift: month % 2 ? 'morning' : 'evening',
        kind: 'manager',
        status: 'submitted',
        score: result.score,
        passed: result.passed,
        criticalFailed: result.criticalFailed,
        failedItemIds: result.failedItemIds,
        submittedAt: at,
        createdAt: at,
      });
      audits++;
      for (const item of items) {
        const a = answers.get(item.id)!;
        await auditsRepo.upsertAnswer(db, {
          orgId,
          auditId: audit.id,
          itemId: item.id,
          result: 'result' in a ? a.result : null,
          points: points(item.kind, a),
          weight: item.weight,
          failed: failed(item.kind, a),
          answeredAt: at,
        });
      }
      const rows = [];
      for (const itemId of result.failedItemIds) {
        const standard = STANDARDS.find(
          (s) => standardIds.get(s.key) === items.find((i) => i.id === itemId)?.standardId,
        );
        const lessonId = standard ? lessonIds.get(standard.key) : undefined;
        if (!lessonId) continue;
        for (const staffId of ids.staffByLocation.get(locationKey) ?? []) {
          const passedAt = new Date(at.getTime() + (2 + Math.floor(random() * 6)) * 86_400_000);
          const done = passedAt < now;
          rows.push({
            orgId,
            lessonId,
            staffId,
            locationId,
            auditId: audit.id,
            itemId,
            status: done ? ('passed' as const) : ('assigned' as const),
            dueAt: new Date(at.getTime() + 7 * 86_400_000),
            attempts: done ? 1 : 0,
            bestScore: done ? 100 : null,
            passedAt: done ? passedAt : null,
            createdAt: at,
          });
        }
      }
      if (rows.length) await db.insert(trainingAssignments).values(rows).onConflictDoNothing();
    }
  }

  const answers = Object.fromEntries(
    DEFAULT_QUESTIONS.map((q, i) => [q.id, (['standards', 'listening'].includes(q.dimension) ? 3 : 1) + (i % 2)]),
  );
  const computed = levels(DEFAULT_QUESTIONS, answers);
  const taken = new Date(now.getTime() - 20 * 86_400_000);
  const assessment = await assessments.insert(db, {
    orgId,
    questions: DEFAULT_QUESTIONS,
    answers,
    levels: computed.dimensions,
    overall: computed.overall,
    completedAt: taken,
    createdById: ids.ownerId,
    createdAt: taken,
  });
  await assessments.insertItems(
    db,
    actionPlan(computed.dimensions, PLAN_TEMPLATES, taken).map((p) => ({
      orgId,
      assessmentId: assessment.id,
      dimension: p.dimension,
      title: p.title,
      ownerId: ids.ownerId,
      dueAt: p.dueAt,
    })),
  );
  return { standards: STANDARDS.length, audits };
}
