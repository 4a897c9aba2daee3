import { z } from 'zod';
import { CUSTOMER_FIELDS, INTERACTION_FIELDS, RESPONSE_FIELDS } from './import-fields.ts';

/** Largest CSV the dashboard may send in one request; bigger files go through `zabota import`. */
export const CSV_MAX_BYTES = 10 * 1024 * 1024;
/** JSON escaping can grow a CSV a little; the request itself may be this large. */
export const BODY_MAX_BYTES = CSV_MAX_BYTES + 2 * 1024 * 1024;
export const PREVIEW_ROWS = 20;

const fieldName = z.union([
  z.enum([...new Set([...CUSTOMER_FIELDS, ...INTERACTION_FIELDS, ...RESPONSE_FIELDS])]),
  z
    .string()
    .regex(/^answers\.[A-Za-z][A-Za-z0-9_-]{0,63}$/, { error: 'Must be a field, or answers.<question id>' })
    .describe('Responses: the answer to a question of the survey'),
]);

export const importRequest = z
  .object({
    csv: z
      .string()
      .min(1, { error: 'The CSV is empty' })
      .describe("The file's text: a header line, then rows; `,` `;` or tab delimited"),
    mapping: z
      .record(z.string(), fieldName.nullable())
      .optional()
      .describe(
        'CSV header → field; null or absent headers are not imported. Without it, the suggested mapping is used.',
      ),
  })
  .meta({ id: 'ImportRequest' });

export const responseImportRequest = importRequest
  .extend({
    surveyId: z.uuid().describe('The survey the rows answer: its question ids and texts name the answer columns'),
    partial: z.boolean().default(false).describe('Keep rows that miss required answers, as partial responses'),
  })
  .meta({ id: 'ResponseImportRequest' });

const fieldErrors = z.record(z.string(), z.string());
const rowValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()).describe('The choices of a multiple-choice answer'),
]);

export const importPreview = z
  .object({
    headers: z.array(z.string()),
    fields: z.array(fieldName).describe('The fields this import can fill'),
    suggestedMapping: z.record(z.string(), fieldName.nullable()),
    mapping: z.record(z.string(), fieldName.nullable()).describe('The mapping the rows below were read with'),
    rows: z
      .array(
        z.object({
          line: z.number().int(),
          values: z.record(z.string(), rowValue),
          errors: fieldErrors.optional(),
          invalid: z
            .record(z.string(), z.string())
            .optional()
            .describe("Each refused field's cell text, as written in the file"),
        }),
      )
      .describe('The first 20 rows'),
    totalRows: z.number().int(),
    errorRows: z.number().int(),
  })
  .meta({ id: 'ImportPreview' });

export const importSummary = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    existing: z.number().int().describe('Rows whose externalId was imported before: left unchanged'),
    errorRows: z.number().int(),
    errors: z
      .array(
        z.object({
          line: z.number().int(),
          fields: fieldErrors,
          values: z
            .record(z.string(), z.string())
            .optional()
            .describe("Each refused field's cell text, as written in the file"),
        }),
      )
      .describe('Rows not imported, by CSV line (the first 1,000)'),
  })
  .meta({ id: 'ImportSummary' });

export type ImportRequest = z.infer<typeof importRequest>;
export type ResponseImportRequest = z.infer<typeof responseImportRequest>;
