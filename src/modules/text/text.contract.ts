import { z } from 'zod';
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
    weight: z.number().optional().describe('Sentiment only: the contribution after negation, intensifiers and contrast'),
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
