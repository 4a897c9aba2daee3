import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import {
  analyzeRequest,
  analyzeResponse,
  ITEMS_MAX,
  labelCorrection,
  labelResult,
  relabelStatus,
  taxonomyBody,
  taxonomyResponse,
  textSettingsResponse,
  textSettingsUpdate,
  topicsQuery,
  topicsResponse,
} from './text.contract.ts';
import * as service from './text.service.ts';

/** The analyser over HTTP, the organisation's taxonomy and corrections, and topic analytics. */
export const textRoutes =
  ({ pool }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['text'];
    app.post(
      '/text/analyze',
      {
        config: { permission: 'text:analyze' },
        schema: {
          tags,
          summary: 'Sentiment, emotion and topics of a comment (or of up to 1,000 comments)',
          description: `Send \`{text, lang?}\` or \`{items: [{id, text, lang?}]}\` (at most ${ITEMS_MAX} items). Language is detected (ru, bg, en, other) unless given. Topics come from the organisation's taxonomy; evidence gives the words behind each label with character offsets.`,
          body: analyzeRequest,
          response: { 200: analyzeResponse, ...errorResponses },
        },
      },
      async (req) => service.analyzeRequestFor(pool, req.actor!, req.body),
    );
    app.get(
      '/text/taxonomy',
      {
        config: { permission: 'text:analyze' },
        schema: {
          tags,
          summary: "The organisation's topics and their terms",
          response: { 200: taxonomyResponse, ...errorResponses },
        },
      },
      (req) => service.getTaxonomy(pool, req.actor!),
    );
    app.put(
      '/text/taxonomy',
      {
        config: { permission: 'text:manage' },
        schema: {
          tags,
          summary: "Replace the organisation's topics",
          description:
            'Past comments (except manually labelled ones) are relabelled in the background; follow it with GET /text/relabel-status.',
          body: taxonomyBody,
          response: { 200: taxonomyResponse, ...errorResponses },
        },
      },
      (req) => service.putTaxonomy(pool, req.actor!, req.body),
    );
    app.get(
      '/text/relabel-status',
      {
        config: { permission: 'text:analyze' },
        schema: {
          tags,
          summary: 'Progress of the latest background relabel',
          response: { 200: relabelStatus, ...errorResponses },
        },
      },
      (req) => service.relabelStatus(pool, req.actor!),
    );
    app.get(
      '/text/topics',
      {
        config: { permission: 'metrics:read' },
        schema: {
          tags,
          summary: 'Topics × sentiment: the topics that drive detractors, with examples',
          querystring: topicsQuery,
          response: { 200: topicsResponse, ...errorResponses },
        },
      },
      (req) => service.topicStats(pool, req.actor!, req.query),
    );
    app.get(
      '/text/settings',
      {
        config: { permission: 'text:manage' },
        schema: {
          tags,
          summary: 'The optional external classifier',
          response: { 200: textSettingsResponse, ...errorResponses },
        },
      },
      (req) => service.getSettings(pool, req.actor!),
    );
    app.put(
      '/text/settings',
      {
        config: { permission: 'org:write' },
        schema: {
          tags,
          summary: 'Switch an OpenAI-compatible classifier on or off',
          description:
            'The built-in analyser stays the fallback: a failure or an answer slower than 2 s labels with it.',
          body: textSettingsUpdate,
          response: { 200: textSettingsResponse, ...errorResponses },
        },
      },
      (req) => service.putSettings(pool, req.actor!, req.body),
    );
    app.post(
      '/responses/:id/labels',
      {
        config: { permission: 'responses:annotate' },
        schema: {
          tags: ['responses', 'text'],
          summary: "Correct a comment's labels",
          description:
            "Stored as a manual label (kept when comments are relabelled); the organisation's analyser learns term overrides from the difference.",
          params: idParam,
          body: labelCorrection,
          response: { 200: labelResult, ...errorResponses },
        },
      },
      (req) => service.correctLabels(pool, req.actor!, req.params.id, req.body),
    );
  };
