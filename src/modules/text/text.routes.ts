import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { errorResponses } from '../../server/platform/http/openapi.ts';
import { analyzeRequest, analyzeResponse, ITEMS_MAX } from './text.contract.ts';
import * as service from './text.service.ts';

/** The built-in analyser over HTTP: pure computation, nothing is stored. */
export const textRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/text/analyze',
      {
        config: { permission: 'text:analyze' },
        schema: {
          tags: ['text'],
          summary: 'Sentiment, emotion and topics of a comment (or of up to 1,000 comments)',
          description: `Send \`{text, lang?}\` or \`{items: [{id, text, lang?}]}\` (at most ${ITEMS_MAX} items). Language is detected (ru, bg, en, other) unless given. Topics come from the organisation's taxonomy; evidence gives the words behind each label with character offsets.`,
          body: analyzeRequest,
          response: { 200: analyzeResponse, ...errorResponses },
        },
      },
      async (req) => service.analyzeRequestFor(req.actor!, req.body),
    );
  };
