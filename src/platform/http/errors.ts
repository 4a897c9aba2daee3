import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode } from '../errors.ts';
import { localizeIssue, localizeKnown, requestLanguage, type ValidationIssue } from './error-language.ts';
import type { Language } from '../../shared/domain.ts';

const STATUS: Record<AppErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export const errorBody = (code: string, message: string, fields?: Record<string, string>): ErrorBody => ({
  error: fields && Object.keys(fields).length ? { code, message, fields } : { code, message },
});

/** Field path → message in the caller's language, e.g. `items.3.occurredAt: Invalid ISO datetime`. */
function validationFields(
  err: { validation: (ValidationIssue & { instancePath?: string })[] },
  part: string | undefined,
  language: Language,
) {
  const fields: Record<string, string> = {};
  for (const v of err.validation) {
    const path = (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const key = path || part || 'body';
    fields[key] ??= localizeIssue(language, v);
  }
  return fields;
}

const localizeFields = (language: Language, fields: Record<string, string> | undefined) =>
  fields && Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localizeKnown(language, v)]));

const PG_CODES: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'conflict', message: 'A record with the same unique value already exists' },
  '23503': {
    status: 409,
    code: 'conflict',
    message: 'The record is referenced by other records or references a missing one',
  },
  '22P02': { status: 400, code: 'invalid', message: 'A value has the wrong format' },
  '22001': { status: 400, code: 'invalid', message: 'A value is too long' },
  '22003': { status: 400, code: 'invalid', message: 'A number is out of range' },
};

const isPgError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && 'severity' in e && typeof (e as { code?: unknown }).code === 'string';

/** One place maps every error to `{error: {code, message, fields}}`; nothing internal leaks. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { cause?: unknown }, req, reply) => {
    const language = requestLanguage(req);
    if (err instanceof AppError) {
      return reply
        .status(STATUS[err.code])
        .send(errorBody(err.code, localizeKnown(language, err.message), localizeFields(language, err.fields)));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const part = err.validationContext;
      const summary = localizeKnown(language, `The request ${part ?? 'body'} is invalid`);
      return reply.status(400).send(errorBody('invalid', summary, validationFields(err, part, language)));
    }
    // Drizzle wraps the driver's error; PostgreSQL's own code is on the cause.
    const dbErr = (isPgError(err) ? err : isPgError(err.cause) ? err.cause : undefined) as
      { code: string; constraint?: string } | undefined;
    const pg = dbErr ? PG_CODES[dbErr.code] : undefined;
    if (pg) {
      const detail = dbErr?.constraint;
      return reply
        .status(pg.status)
        .send(errorBody(pg.code, localizeKnown(language, pg.message), detail ? { constraint: detail } : undefined));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        status === 413
          ? 'payload_too_large'
          : status === 415
            ? 'unsupported_media_type'
            : status === 429
              ? 'rate_limited'
              : status === 404
                ? 'not_found'
                : 'invalid';
      return reply.status(status).send(errorBody(code, err.message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('internal', 'Something went wrong on our side; it has been logged'));
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send(errorBody('not_found', `No route ${req.method} ${req.url.split('?')[0]}`)),
  );
}
