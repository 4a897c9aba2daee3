import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { AppError } from '../../server/platform/errors.ts';
import { errorBody, errorResponses } from '../../server/platform/http/openapi.ts';
import { IMPORT_KINDS } from './import-fields.ts';
import { BODY_MAX_BYTES, CSV_MAX_BYTES, importPreview, importRequest, importSummary, PREVIEW_ROWS, type ImportRequest } from './imports.contract.ts';
import * as service from './imports.service.ts';

const describeKind = {
  customers: 'Rows with an externalId that was imported before are left unchanged (`existing`); rows without one are always created.',
  interactions:
    'Touchpoint and location by id or name, staff by id or email, the customer by customerExternalId or customerEmail. Dates without an offset are read in the organisation\'s time zone. Rows with an externalId that was imported before are left unchanged; rows without one are always created.',
};

function checkSize(body: ImportRequest): void {
  if (Buffer.byteLength(body.csv) > CSV_MAX_BYTES) {
    throw new AppError('payload_too_large', `The CSV is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB: import it with the command line (npx zabota import), which streams files of any size`);
  }
}

/** CSV import endpoints for the dashboard (column mapping, preview, per-row errors). */
export const importRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    for (const kind of IMPORT_KINDS) {
      const common = { config: { permission: 'imports:run' as const }, bodyLimit: BODY_MAX_BYTES };
      app.post(
        `/imports/${kind}/preview`,
        {
          ...common,
          schema: {
            tags: ['imports'],
            summary: `Preview a CSV of ${kind}: mapping, first rows, errors; writes nothing`,
            body: importRequest,
            response: { 200: importPreview, 413: errorBody, ...errorResponses },
          },
        },
        async (req) => {
          checkSize(req.body);
          return service.previewImport(db, req.actor!, kind, req.body.csv, req.body.mapping, PREVIEW_ROWS);
        },
      );
      app.post(
        `/imports/${kind}`,
        {
          ...common,
          schema: { tags: ['imports'], summary: `Import a CSV of ${kind}`, description: describeKind[kind], body: importRequest, response: { 200: importSummary, 413: errorBody, ...errorResponses } },
        },
        async (req) => {
          checkSize(req.body);
          const s = await service.runImport(db, req.actor!, kind, req.body.csv, { mapping: req.body.mapping });
          return { rows: s.rows, created: s.created, existing: s.existing, errorRows: s.errorRows, errors: s.errors };
        },
      );
    }
  };
