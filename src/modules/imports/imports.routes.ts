import { emitter } from '../../platform/events.ts';
import { webhookListeners } from '../webhooks/index.ts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localizeFieldMessages, requestLanguage } from '../../platform/http/error-language.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { errorBody, errorResponses } from '../../platform/http/openapi.ts';
import { z } from 'zod';
import { IMPORT_KINDS, type ImportKind } from './import-fields.ts';
import {
  BODY_MAX_BYTES,
  CSV_MAX_BYTES,
  importPreview,
  importRequest,
  importSummary,
  PREVIEW_ROWS,
  responseImportRequest,
  type ImportRequest,
} from './imports.contract.ts';
import * as service from './imports.service.ts';

const describeKind: Record<ImportKind, string> = {
  customers:
    'Rows with an externalId that was imported before are left unchanged (`existing`); rows without one are always created.',
  interactions:
    "Touchpoint and location by id or name, staff by id or email, the customer by customerExternalId or customerEmail. Dates without an offset are read in the organisation's time zone. Rows with an externalId that was imported before are left unchanged; rows without one are always created.",
  responses:
    "Answers collected elsewhere, for one survey: a column per question, headed by the question's id or its text in any of the survey's languages (or mapped to `answers.<question id>`). Choices by option id or text, several separated by `;` or `|`. Each row is checked and stored like `POST /responses` (channel `import`); rows missing required answers are refused unless `partial`. submittedAt without an offset is read in the organisation's time zone; the customer by customerExternalId or customerEmail (existing customers only). Rows with an externalId that was imported before are left unchanged; rows without one are always created.",
};

function checkSize(body: ImportRequest): void {
  if (Buffer.byteLength(body.csv) > CSV_MAX_BYTES) {
    throw new AppError(
      'payload_too_large',
      `The CSV is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB: import it with the command line (npx zabota import), which streams files of any size`,
    );
  }
}

const common = { config: { permission: 'imports:run' as const }, bodyLimit: BODY_MAX_BYTES };
const previewSchema = (kind: ImportKind) => ({
  tags: ['imports'],
  summary: `Preview a CSV of ${kind}: mapping, first rows, errors; writes nothing`,
  response: { 200: importPreview, 413: errorBody, ...errorResponses },
});
const importSchema = (kind: ImportKind) => ({
  tags: ['imports'],
  summary: `Import a CSV of ${kind}`,
  description: describeKind[kind],
  response: { 200: importSummary, 413: errorBody, ...errorResponses },
});
type RowErrors = { errors?: Record<string, string> };
/** Row errors in the reader's language, as the API's own field errors are. */
const inLanguage = <R extends RowErrors>(req: FastifyRequest, rows: R[]): R[] => {
  const language = requestLanguage(req);
  return rows.map((r) => (r.errors ? { ...r, errors: localizeFieldMessages(language, r.errors) } : r));
};
const summaryOf = (req: FastifyRequest, s: service.ImportSummary) => ({
  rows: s.rows,
  created: s.created,
  existing: s.existing,
  errorRows: s.errorRows,
  errors: s.errors.map((e) => ({ ...e, fields: localizeFieldMessages(requestLanguage(req), e.fields) })),
});
const previewOf = async <P extends { rows: RowErrors[] }>(req: FastifyRequest, p: Promise<P>) => {
  const preview = await p;
  return { ...preview, rows: inLanguage(req, preview.rows) };
};

/** CSV import endpoints for the dashboard (column mapping, preview, per-row errors). */
export const importRoutes =
  ({ db, jobs }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const emit = emitter(jobs, webhookListeners(db));
    for (const kind of ['customers', 'interactions'] as const) {
      app.post(
        `/imports/${kind}/preview`,
        { ...common, schema: { ...previewSchema(kind), body: importRequest } },
        async (req) => {
          checkSize(req.body);
          return previewOf(
            req,
            service.previewImport(db, req.actor!, kind, req.body.csv, req.body.mapping, PREVIEW_ROWS),
          );
        },
      );
      app.post(
        `/imports/${kind}`,
        { ...common, schema: { ...importSchema(kind), body: importRequest } },
        async (req) => {
          checkSize(req.body);
          return summaryOf(
            req,
            await service.runImport(db, req.actor!, kind, req.body.csv, { mapping: req.body.mapping }),
          );
        },
      );
    }
    app.get(
      '/imports/:kind/sample',
      {
        config: { permission: 'imports:run' },
        schema: {
          tags: ['imports'],
          summary: 'A small CSV of this kind that the import reads as it is (responses: for the survey given)',
          params: z.object({ kind: z.enum(IMPORT_KINDS) }),
          querystring: z.object({ surveyId: z.uuid().optional() }),
          produces: ['text/csv'],
          response: { 200: z.string(), ...errorResponses },
        },
      },
      async (req, reply) => {
        const { kind } = req.params;
        const csv = await service.sampleCsv(db, req.actor!, kind, req.query.surveyId);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="zabota-${kind}-sample.csv"`)
          .send(`${csv}\n`);
      },
    );
    app.post(
      '/imports/responses/preview',
      { ...common, schema: { ...previewSchema('responses'), body: responseImportRequest } },
      async (req) => {
        checkSize(req.body);
        const { csv, mapping, surveyId, partial } = req.body;
        return previewOf(
          req,
          service.previewImport(db, req.actor!, 'responses', csv, mapping, PREVIEW_ROWS, { surveyId, partial }),
        );
      },
    );
    app.post(
      '/imports/responses',
      { ...common, schema: { ...importSchema('responses'), body: responseImportRequest } },
      async (req) => {
        checkSize(req.body);
        const { csv, mapping, surveyId, partial } = req.body;
        return summaryOf(
          req,
          await service.runImport(db, req.actor!, 'responses', csv, { mapping, surveyId, partial, emit }),
        );
      },
    );
  };
