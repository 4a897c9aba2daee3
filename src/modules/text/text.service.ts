import { bandSql } from '../../shared/metrics.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type pg from 'pg';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { ownRecordsOnly } from '../../platform/auth/policy.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { literallyRefused } from '../../platform/http/outbound.ts';
import { classifierPolicy } from './external.ts';
import { newId } from '../../platform/db/ids.ts';
import { analyze } from './analyzer/analyze.ts';
import { compileMatcher } from './analyzer/compile.ts';
import { DEFAULT_TAXONOMY } from './analyzer/taxonomy.ts';
import { TEXT_LANGS, type Analysis, type Overrides, type Taxonomy, type TextLang } from './analyzer/types.ts';
import { invalidate, orgText } from './org-text.ts';
import { deriveOverrides, type OverrideRow } from './overrides.ts';
import type {
  AnalyzeRequest,
  AnalyzeResponse,
  LabelCorrection,
  TaxonomyBody,
  TextSettingsUpdate,
  TopicsQuery,
} from './text.contract.ts';

type Q = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** The taxonomy and term overrides an organisation analyses with (compiled once per version, see org-text.ts). */
export async function taxonomyFor(pool: Q, actor: Actor): Promise<{ taxonomy: Taxonomy; overrides?: Overrides }> {
  const o = await orgText(pool, actor.orgId);
  return { taxonomy: o.taxonomy, overrides: o.overrides };
}

export async function analyzeRequestFor(pool: Q, actor: Actor, req: AnalyzeRequest): Promise<AnalyzeResponse> {
  const { taxonomy, overrides } = await taxonomyFor(pool, actor);
  const run = (text: string, lang: TextLang | undefined): Analysis => analyze(text, { lang, taxonomy, overrides });
  if ('items' in req) return { items: req.items.map((item) => ({ id: item.id, ...run(item.text, item.lang) })) };
  return run(req.text, req.lang);
}

const bumpVersion = (c: Q, orgId: string) =>
  c.query(
    `insert into text_settings (org_id, version) values ($1, 1) on conflict (org_id) do update set version = text_settings.version + 1, updated_at = now()`,
    [orgId],
  );

// ---- Taxonomy and relabelling ----

export async function getTaxonomy(pool: Q, actor: Actor) {
  const o = await orgText(pool, actor.orgId);
  const copy = (l: readonly string[] | undefined) => (l ? [...l] : undefined);
  return {
    topics: o.taxonomy.topics.map((t) => ({
      id: t.id,
      kind: t.kind,
      terms: { en: copy(t.terms.en), ru: copy(t.terms.ru), bg: copy(t.terms.bg) },
    })),
    fallback: o.taxonomy.fallback ?? 'other',
    isDefault: !o.custom,
    version: Math.max(o.version, 0),
  };
}

/** Every term must compile (roots of at least 3 letters …); the fallback must be one of the topics. */
function validateTaxonomy(body: TaxonomyBody): Taxonomy {
  const ids = new Set<string>();
  for (const t of body.topics) {
    if (ids.has(t.id)) throw invalid('Topic ids must be unique', { topics: `${t.id} appears twice` });
    ids.add(t.id);
  }
  const fallback = body.fallback ?? 'other';
  if (!ids.has(fallback))
    throw invalid('The fallback topic must be one of the topics', {
      fallback: `add a topic "${fallback}" or choose another fallback`,
    });
  const taxonomy: Taxonomy = { topics: body.topics.map((t) => ({ id: t.id, kind: t.kind, terms: t.terms })), fallback };
  for (const lang of TEXT_LANGS) {
    try {
      compileMatcher(lang, taxonomy, undefined);
    } catch (e) {
      throw invalid('A term cannot be used', { topics: `${lang}: ${(e as Error).message}` });
    }
  }
  return taxonomy;
}

/** Saves the taxonomy and sends the organisation's past comments (not the manually labelled ones) back to the labelling sweeper. */
export async function putTaxonomy(pool: pg.Pool, actor: Actor, body: TaxonomyBody) {
  const taxonomy = validateTaxonomy(body);
  const run = await inTransaction(pool, async ({ client: c }) => {
    await c.query(
      `insert into text_settings (org_id, taxonomy, version) values ($1, $2, 1)
       on conflict (org_id) do update set taxonomy = excluded.taxonomy, version = text_settings.version + 1, updated_at = now()`,
      [actor.orgId, JSON.stringify(taxonomy)],
    );
    return enqueueRelabel(c, actor.orgId);
  });
  invalidate(actor.orgId);
  return { ...(await getTaxonomy(pool, actor)), relabel: run };
}

/** Marks the organisation's comments for relabelling and opens a run that counts them. */
export async function enqueueRelabel(c: pg.PoolClient, orgId: string) {
  // Runs still going are superseded by this one: it relabels everything again.
  await c.query(`update text_relabel_runs set finished_at = now() where org_id = $1 and finished_at is null`, [orgId]);
  const { rowCount } = await c.query(
    `update responses set text_analyzed_at = null
      where org_id = $1 and comment is not null and text_source is distinct from 'manual'`,
    [orgId],
  );
  const total = rowCount ?? 0;
  const { rows } = await c.query<RunRow>(
    `insert into text_relabel_runs (id, org_id, total, finished_at) values ($1, $2, $3, case when $3 = 0 then now() end) returning id, total, started_at, finished_at`,
    [newId(), orgId, total],
  );
  return runDto(rows[0]!, total === 0 ? 0 : total);
}

type RunRow = { id: string; total: number; started_at: Date; finished_at: Date | null };
const runDto = (r: RunRow, remaining: number) => ({
  id: r.id,
  total: r.total,
  done: r.finished_at ? r.total : Math.max(0, r.total - remaining),
  startedAt: r.started_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
  state: r.finished_at ? ('done' as const) : ('running' as const),
});

export async function relabelStatus(pool: Q, actor: Actor) {
  const { rows } = await pool.query<RunRow>(
    `select id, total, started_at, finished_at from text_relabel_runs where org_id = $1 order by started_at desc, id desc limit 1`,
    [actor.orgId],
  );
  const run = rows[0];
  if (!run) return { run: null };
  if (run.finished_at) return { run: runDto(run, 0) };
  const { rows: left } = await pool.query<{ n: number }>(
    `select count(*)::int as n from responses where org_id = $1 and text_analyzed_at is null and comment is not null and text_source is distinct from 'manual'`,
    [actor.orgId],
  );
  const remaining = left[0]!.n;
  if (remaining === 0) {
    const { rows: closed } = await pool.query<RunRow>(
      `update text_relabel_runs set finished_at = now() where id = $1 and finished_at is null returning id, total, started_at, finished_at`,
      [run.id],
    );
    if (closed[0]) return { run: runDto(closed[0], 0) };
  }
  return { run: runDto(run, remaining) };
}

// ---- Corrections ----

type LabelRow = {
  id: string;
  comment: string | null;
  sentiment: string | null;
  sentiment_score: number | null;
  text_emotion: string | null;
  topics: string[] | null;
  text_source: string | null;
  location_id: string | null;
  staff_id: string | null;
};

const SCORE_OF = { negative: -0.7, neutral: 0, positive: 0.7 } as const;

/**
 * A manager's correction: stored as a manual label (kept on relabel) and turned into
 * per-organisation term overrides, so similar comments are labelled the corrected way.
 */
export async function correctLabels(pool: pg.Pool, actor: Actor, responseId: string, body: LabelCorrection) {
  const o = await orgText(pool, actor.orgId);
  const ids = new Set(o.taxonomy.topics.map((t) => t.id));
  const unknown = (body.topics ?? []).filter((t) => !ids.has(t));
  if (unknown.length)
    throw invalid('Unknown topic', { topics: `not in the organisation's taxonomy: ${unknown.join(', ')}` });
  const scope = locationScope(actor);
  const result = await inTransaction(pool, async ({ client: c }) => {
    const { rows } = await c.query<LabelRow>(
      `select id, comment, sentiment, sentiment_score, text_emotion, topics, text_source, location_id, staff_id from responses where org_id = $1 and id = $2 for update`,
      [actor.orgId, responseId],
    );
    const r = rows[0];
    if (
      !r ||
      (scope && !(r.location_id && scope.includes(r.location_id))) ||
      (ownRecordsOnly(actor) && r.staff_id !== actor.staffId)
    )
      throw notFound('Response');
    if (!r.comment) throw new AppError('invalid', 'This response has no comment to label', { id: 'no comment' });
    // What the organisation's analyser says now: the correction teaches it the difference.
    const before = analyze(r.comment, { taxonomy: o.taxonomy, overrides: o.overrides });
    const learnt = deriveOverrides(r.comment, before, body, o.taxonomy, o.overrides);
    for (const l of learnt) {
      await c.query(
        `insert into text_overrides (id, org_id, lang, kind, term, weight, topic, emotion, response_id, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [newId(), actor.orgId, l.lang, l.kind, l.term, l.weight, l.topic, l.emotion, responseId, actor.staffId ?? null],
      );
    }
    if (learnt.length) await bumpVersion(c, actor.orgId);
    const sentiment = body.sentiment ?? r.sentiment ?? before.sentiment;
    const score =
      body.sentiment && body.sentiment !== r.sentiment ? SCORE_OF[body.sentiment] : (r.sentiment_score ?? before.score);
    const { rows: updated } = await c.query<{
      id: string;
      sentiment: string | null;
      sentiment_score: number | null;
      text_emotion: string | null;
      topics: string[] | null;
      text_source: string | null;
    }>(
      `update responses set sentiment = $3, sentiment_score = $4, text_emotion = $5, topics = $6, text_source = 'manual',
              text_language = coalesce(text_language, $7), text_evidence = coalesce(text_evidence, $8::jsonb), text_analyzed_at = now(), updated_at = now()
        where org_id = $1 and id = $2
        returning id, sentiment, sentiment_score, text_emotion, topics, text_source`,
      [
        actor.orgId,
        responseId,
        sentiment,
        score,
        body.emotion ?? r.text_emotion ?? before.emotion,
        body.topics ?? r.topics ?? before.topics,
        before.lang,
        JSON.stringify(before.evidence),
      ],
    );
    return { row: updated[0]!, learnt };
  });
  invalidate(actor.orgId);
  const u = result.row;
  return {
    id: u.id,
    sentiment: u.sentiment as 'negative' | 'neutral' | 'positive' | null,
    sentimentScore: u.sentiment_score,
    textEmotion: u.text_emotion,
    topics: u.topics,
    textSource: u.text_source,
    learnt: result.learnt.map((l: OverrideRow) => ({
      lang: l.lang,
      kind: l.kind,
      term: l.term,
      weight: l.weight,
      topic: l.topic,
      emotion: l.emotion,
    })),
  };
}

// ---- External classifier settings ----

export async function getSettings(pool: Q, actor: Actor) {
  const { rows } = await pool.query<{
    external_enabled: number;
    external_url: string | null;
    external_model: string | null;
    external_key: string | null;
  }>(`select external_enabled, external_url, external_model, external_key from text_settings where org_id = $1`, [
    actor.orgId,
  ]);
  const s = rows[0];
  return {
    external: {
      enabled: !!s?.external_enabled,
      url: s?.external_url ?? null,
      model: s?.external_model ?? null,
      hasKey: !!s?.external_key,
    },
  };
}

export async function putSettings(pool: Q, actor: Actor, body: TextSettingsUpdate) {
  const e = body.external;
  const current = await getSettings(pool, actor);
  const url = e.url === undefined ? current.external.url : e.url;
  if (e.enabled && !url)
    throw invalid('Give the URL of the classifier to switch it on', { 'external.url': 'required when enabled' });
  if (url && literallyRefused(url, classifierPolicy()))
    throw invalid('The classifier URL must be a public internet address', {
      'external.url': 'Private and link-local addresses are refused; loopback only when the operator allows it',
    });
  await pool.query(
    `insert into text_settings (org_id, external_enabled, external_url, external_model, external_key, version) values ($1, $2, $3, $4, $5, 1)
     on conflict (org_id) do update set external_enabled = excluded.external_enabled, external_url = excluded.external_url,
       external_model = case when $6 then excluded.external_model else text_settings.external_model end,
       external_key = case when $7 then excluded.external_key else text_settings.external_key end,
       version = text_settings.version + 1, updated_at = now()`,
    [
      actor.orgId,
      e.enabled ? 1 : 0,
      url,
      e.model ?? null,
      e.apiKey ?? null,
      e.model !== undefined,
      e.apiKey !== undefined,
    ],
  );
  invalidate(actor.orgId);
  return getSettings(pool, actor);
}

// ---- Topic analytics ----

type TopicRow = {
  topic: string;
  n: number;
  neg: number;
  neu: number;
  pos: number;
  nps_n: number;
  prom: number;
  det: number;
  prev_n: number;
};
type ExampleRow = { topic: string; id: string; comment: string; sentiment: string | null; nps: number | null };

const DAY = 86_400_000;

/**
 * Per topic over labelled comments: how often, with what sentiment, the NPS of the responses that
 * mention it, how much of the detractors' and of the promoters' talk it is, its change against the
 * previous period of the same length, and a few example comments (negative ones first).
 */
export async function topicStats(pool: Q, actor: Actor, q: TopicsQuery) {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY);
  if (from >= to) throw invalid('from must be before to', { from: 'after to' });
  const prevFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
  const scope = locationScope(actor);
  const staffOnly = ownRecordsOnly(actor) ? (actor.staffId ?? '00000000-0000-0000-0000-000000000000') : null;
  const params = [actor.orgId, prevFrom, to, scope, staffOnly, q.locationId ?? null, q.touchpointId ?? null, from];
  const base = `
    with base as (
      select id, nps, sentiment, topics, comment, submitted_at, submitted_at >= $8 as cur from responses
       where org_id = $1 and topics is not null and submitted_at >= $2 and submitted_at < $3
         and ($4::uuid[] is null or location_id = any($4::uuid[])) and ($5::uuid is null or staff_id = $5)
         and ($6::uuid is null or location_id = $6) and ($7::uuid is null or touchpoint_id = $7)
    )`;
  const [totals, topics, examples] = await Promise.all([
    pool.query<{ comments: number; det: number; prom: number; prev: number }>(
      `${base} select count(*) filter (where cur)::int as comments, count(*) filter (where cur and ${bandSql.detractor('nps')})::int as det,
              count(*) filter (where cur and ${bandSql.promoter('nps')})::int as prom, count(*) filter (where not cur)::int as prev from base`,
      params,
    ),
    pool.query<TopicRow>(
      `${base} select t.topic, count(*) filter (where cur)::int as n,
              count(*) filter (where cur and sentiment = 'negative')::int as neg, count(*) filter (where cur and sentiment = 'neutral')::int as neu,
              count(*) filter (where cur and sentiment = 'positive')::int as pos, count(nps) filter (where cur)::int as nps_n,
              count(*) filter (where cur and ${bandSql.promoter('nps')})::int as prom, count(*) filter (where cur and ${bandSql.detractor('nps')})::int as det,
              count(*) filter (where not cur)::int as prev_n
         from base, unnest(base.topics) as t(topic) group by t.topic`,
      params,
    ),
    pool.query<ExampleRow>(
      `${base}, ranked as (
         select t.topic, b.id, b.comment, b.sentiment, b.nps,
                row_number() over (partition by t.topic order by (b.sentiment = 'negative') desc nulls last, b.submitted_at desc, b.id desc) as rn
           from base b, unnest(b.topics) as t(topic) where b.cur)
       select topic, id, comment, sentiment, nps from ranked where rn <= 3 order by topic, rn`,
      params,
    ),
  ]);
  const o = await orgText(pool, actor.orgId);
  const kindOf = new Map(o.taxonomy.topics.map((t) => [t.id, t.kind as string]));
  const tot = totals.rows[0]!;
  const share = (n: number, of: number) => (of ? Math.round((n / of) * 10_000) / 10_000 : 0);
  const list = topics.rows
    .filter((r) => r.n > 0 || r.prev_n > 0)
    .map((r) => {
      const s = share(r.n, tot.comments);
      const ps = share(r.prev_n, tot.prev);
      return {
        topic: r.topic,
        kind: kindOf.get(r.topic) ?? null,
        count: r.n,
        share: s,
        sentiment: { negative: r.neg, neutral: r.neu, positive: r.pos },
        nps: r.nps_n ? Math.round(((r.prom - r.det) / r.nps_n) * 1000) / 10 : null,
        npsN: r.nps_n,
        detractorShare: tot.det ? share(r.det, tot.det) : null,
        promoterShare: tot.prom ? share(r.prom, tot.prom) : null,
        previous: { count: r.prev_n, share: ps },
        change: { count: r.n - r.prev_n, share: Math.round((s - ps) * 10_000) / 10_000 },
        examples: examples.rows
          .filter((e) => e.topic === r.topic)
          .map((e) => ({ id: e.id, comment: e.comment, sentiment: e.sentiment, nps: e.nps })),
        det: r.det,
      };
    })
    // The topics that drive detractors first.
    .sort((a, b) => b.det - a.det || b.count - a.count || a.topic.localeCompare(b.topic))
    .map(({ det: _det, ...rest }) => rest);
  return {
    period: { from: from.toISOString(), to: to.toISOString() },
    comments: tot.comments,
    detractors: tot.det,
    promoters: tot.prom,
    topics: list,
  };
}

export { DEFAULT_TAXONOMY };
