import { z } from 'zod';
import { TOUCHPOINT_KINDS } from '../../shared/domain.ts';
import { EMOTIONS, SENTIMENTS, TEXT_LANGS } from './analyzer/types.ts';

export const TEXT_MAX_CHARS = 10_000;
export const ITEMS_MAX = 1000;

const text = z.string().max(TEXT_MAX_CHARS).describe('The comment, up to 10,000 characters');
const lang = z.enum(TEXT_LANGS).optional().describe('Skip language detection and read the text as this language');

export const evidence = z
  .object({
    kind: z.enum(['sentiment', 'emotion', 'topic']),
    label: z.string().describe('positive / negative, an emotion, or a topic id'),
    text: z.string().describe('The words that triggered the label: exactly text.slice(start, end)'),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    weight: z
      .number()
      .optional()
      .describe('Sentiment only: the contribution after negation, intensifiers and contrast'),
  })
  .meta({ id: 'TextEvidence' });

export const textAnalysis = z
  .object({
    lang: z.enum([...TEXT_LANGS, 'other']),
    sentiment: z.enum(SENTIMENTS),
    score: z.number().min(-1).max(1),
    emotion: z.enum(EMOTIONS),
    topics: z.array(z.string()).describe('Topic ids of the taxonomy; `other` when none matched'),
    evidence: z.array(evidence),
  })
  .meta({ id: 'TextAnalysis' });

const one = z.object({ text, lang }).strict();
const many = z
  .object({
    items: z
      .array(z.object({ id: z.string().min(1).max(200), text, lang }).strict())
      .min(1)
      .max(ITEMS_MAX),
  })
  .strict();

export const analyzeRequest = z.union([one, many]).meta({ id: 'TextAnalyzeRequest' });
export const analyzeResponse = z
  .union([textAnalysis, z.object({ items: z.array(textAnalysis.extend({ id: z.string() })) })])
  .meta({ id: 'TextAnalyzeResponse' });

export type AnalyzeRequest = z.infer<typeof analyzeRequest>;
export type AnalyzeResponse = z.infer<typeof analyzeResponse>;

// --- Organisation taxonomy, corrections, relabel progress, topic analytics, external classifier ---

const term = z.string().trim().min(1).max(100);
const termList = z.array(term).max(500);
export const taxonomyTopic = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'lowercase letters, digits and _'),
    kind: z.enum(TOUCHPOINT_KINDS).describe('The touchpoint kind the topic belongs to'),
    terms: z
      .object({ en: termList.optional(), ru: termList.optional(), bg: termList.optional() })
      .describe('`word`, `root*` (at least 3 letters) or a phrase'),
  })
  .meta({ id: 'TextTopic' });
export const taxonomyBody = z
  .object({
    topics: z.array(taxonomyTopic).min(1).max(100),
    fallback: z.string().max(50).optional().describe('Topic given when none matched (default: other)'),
  })
  .strict()
  .meta({ id: 'TextTaxonomyUpdate' });
export const relabelRun = z
  .object({
    id: z.uuid(),
    total: z.number(),
    done: z.number(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    state: z.enum(['running', 'done']),
  })
  .meta({ id: 'TextRelabelRun' });
export const relabelStatus = z.object({ run: relabelRun.nullable() }).meta({ id: 'TextRelabelStatus' });
export const taxonomyResponse = taxonomyBody
  .extend({ isDefault: z.boolean(), version: z.number(), relabel: relabelRun.nullable().optional() })
  .meta({ id: 'TextTaxonomy' });

export const labelCorrection = z
  .object({
    sentiment: z.enum(SENTIMENTS).optional(),
    emotion: z.enum(EMOTIONS).optional(),
    topics: z.array(z.string().max(50)).min(1).max(20).optional(),
  })
  .strict()
  .refine((v) => v.sentiment !== undefined || v.emotion !== undefined || v.topics !== undefined, {
    error: 'Give sentiment, emotion or topics',
  })
  .meta({ id: 'TextLabelCorrection' });
export const labelResult = z
  .object({
    id: z.uuid(),
    sentiment: z.enum(SENTIMENTS).nullable(),
    sentimentScore: z.number().nullable(),
    textEmotion: z.string().nullable(),
    topics: z.array(z.string()).nullable(),
    textSource: z.string().nullable(),
    learnt: z
      .array(
        z.object({
          lang: z.string(),
          kind: z.string(),
          term: z.string(),
          weight: z.number().nullable(),
          topic: z.string().nullable(),
          emotion: z.string().nullable(),
        }),
      )
      .describe('Overrides the correction added to the organisation analyser'),
  })
  .meta({ id: 'TextLabelResult' });

export const topicsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe('Default: 30 days before `to`'),
  to: z.iso.datetime({ offset: true }).optional().describe('Default: now'),
  locationId: z.uuid().optional(),
  touchpointId: z.uuid().optional(),
});
const split = z.object({ negative: z.number(), neutral: z.number(), positive: z.number() });
export const topicStats = z
  .object({
    topic: z.string(),
    kind: z.string().nullable(),
    count: z.number(),
    share: z.number().describe('Of the labelled comments in the period'),
    sentiment: split,
    nps: z.number().nullable().describe('NPS of the responses that mention the topic'),
    npsN: z.number(),
    detractorShare: z.number().nullable().describe('Share of the detractors with a labelled comment who mention it'),
    promoterShare: z.number().nullable(),
    previous: z.object({ count: z.number(), share: z.number() }),
    change: z
      .object({ count: z.number(), share: z.number() })
      .describe('This period minus the previous one of the same length'),
    examples: z
      .array(
        z.object({ id: z.uuid(), comment: z.string(), sentiment: z.string().nullable(), nps: z.number().nullable() }),
      )
      .max(3),
  })
  .meta({ id: 'TextTopicStats' });
export const topicsResponse = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    comments: z.number(),
    detractors: z.number(),
    promoters: z.number(),
    topics: z.array(topicStats),
  })
  .meta({ id: 'TextTopics' });

export const textSettingsResponse = z
  .object({
    external: z.object({
      enabled: z.boolean(),
      url: z.string().nullable(),
      model: z.string().nullable(),
      hasKey: z.boolean(),
    }),
  })
  .meta({ id: 'TextSettings' });
export const textSettingsUpdate = z
  .object({
    external: z
      .object({
        enabled: z.boolean(),
        url: z
          .url({ protocol: /^https?$/ })
          .max(500)
          .nullable()
          .optional(),
        model: z.string().max(200).nullable().optional(),
        apiKey: z.string().max(500).nullable().optional().describe('Write-only; null removes it'),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'TextSettingsUpdate' });

export type TaxonomyBody = z.infer<typeof taxonomyBody>;
export type LabelCorrection = z.infer<typeof labelCorrection>;
export type TopicsQuery = z.infer<typeof topicsQuery>;
export type TextSettingsUpdate = z.infer<typeof textSettingsUpdate>;
