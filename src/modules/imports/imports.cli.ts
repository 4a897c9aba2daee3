import type { Emit } from '../../platform/events.ts';
import fs from 'node:fs';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { FIELDS, type ImportKind, type Mapping } from './import-fields.ts';
import * as repo from './imports.repo.ts';
import { runImport, type ImportProgress, type ImportSummary } from './imports.service.ts';
import { describeError } from './row-mapping.ts';

export type ImportCliOptions = {
  orgId: string;
  kind: ImportKind;
  file: string;
  mappingOverrides?: Record<string, string | null>;
  dryRun: boolean;
  /** Responses: the survey the rows answer, and whether rows missing required answers are kept as partial. */
  surveyId?: string;
  partial?: boolean;
  log: (message: string) => void;
  onStart?: () => void;
  onProgress?: (bytesRead: number, p: ImportProgress) => void;
  /** Announces imported complete responses (webhooks) through the queue. */
  emit?: Emit;
};

export const ERRORS_SHOWN = 20;

/** The command line acts as the organisation's owner: it is run by whoever runs the server. */
export async function ownerActor(db: Db, orgId: string): Promise<Actor> {
  if (!(await repo.orgTimeZone(db, orgId))) throw new Error(`no organisation ${orgId}`);
  return { orgId, role: 'owner', staffId: await repo.firstOwnerId(db, orgId), locationIds: [], via: 'api_key' };
}

/** Streams the file through the import service and words the outcome for a terminal. */
export async function importCli(db: Db, o: ImportCliOptions): Promise<{ summary: ImportSummary; text: string }> {
  const actor = await ownerActor(db, o.orgId);
  const stream = fs.createReadStream(o.file, { highWaterMark: 256 * 1024 });
  let summary: ImportSummary;
  try {
    summary = await runImport(db, actor, o.kind, stream, {
      mappingOverrides: o.mappingOverrides,
      dryRun: o.dryRun,
      surveyId: o.surveyId,
      partial: o.partial,
      emit: o.emit,
      maxErrors: ERRORS_SHOWN,
      onHeaders: (headers, mapping) => {
        o.log(describeMapping(headers, mapping));
        o.onStart?.();
      },
      onProgress: (p) => o.onProgress?.(stream.bytesRead, p),
    });
  } catch (e) {
    if (e instanceof AppError) {
      const fields = Object.entries(e.fields ?? {}).map(([k, v]) => `\n  ${k}: ${v}`);
      throw new Error(`${e.message}${fields.join('')}`);
    }
    throw e;
  } finally {
    stream.destroy();
  }
  return { summary, text: summaryText(o.file, summary) };
}

export function describeMapping(headers: string[], mapping: Mapping): string {
  const used = headers.filter((h) => mapping[h]).map((h) => `${h} → ${mapping[h]}`);
  const skipped = headers.filter((h) => !mapping[h]);
  return `Columns: ${used.join(', ')}${skipped.length ? `\nNot imported: ${skipped.join(', ')} (use --map "header=field")` : ''}`;
}

export function summaryText(file: string, s: ImportSummary): string {
  const lines = s.dryRun
    ? [`Checked ${file} (dry run, nothing written): ${s.rows} rows, ${s.valid} valid, ${s.errorRows} with errors.`]
    : [
        `Imported ${file}: ${s.rows} rows.`,
        `  created:       ${s.created}`,
        `  already there: ${s.existing}`,
        `  errors:        ${s.errorRows}`,
      ];
  if (s.errorRows) {
    lines.push(
      s.errorRows > s.errors.length
        ? `First ${s.errors.length} rows with errors (not imported):`
        : 'Rows with errors (not imported):',
    );
    for (const e of s.errors) lines.push(`  ${describeError(e)}`);
  }
  return lines.join('\n');
}

const NOTES: Record<ImportKind, string[]> = {
  customers: ["consentEmail, consentSms: yes/no, 1/0, да/нет/не. language: en, ru, bg (or the language's name)."],
  interactions: [
    'occurredAt is required: ISO 8601, "2026-01-31 14:05" or "31.01.2026 14:05" (without an offset: the organisation\'s time zone).',
    'touchpoint and location: id or name; staff: id or email; the customer: customerExternalId or customerEmail.',
    'revenue: "1234.50" or "1 234,50".',
  ],
  responses: [
    'Answers: one column per question of the survey, headed by the question id (e.g. "nps") or its text in',
    'any of the survey\'s languages; or --map "header=answers.<question id>".',
    'Scores as whole numbers; choices by option id or text, several in one cell separated by ; or |',
    '(or commas); staff questions by staff id or email. Rows missing a required answer are refused',
    'unless --partial. submittedAt: like occurredAt (the time of import when absent); the customer:',
    "customerExternalId or customerEmail of an existing customer; language: one of the survey's.",
  ],
};

export function describeImportFields(kind: ImportKind): string {
  const notes = NOTES[kind];
  return [
    '',
    `Fields: ${FIELDS[kind].join(', ')}${kind === 'responses' ? ', and answers.<question id> for each question' : ''}.`,
    ...notes,
    'Headers in English, Russian or Bulgarian are recognised (e.g. "Email", "Эл. почта", "Имейл", "Телефон").',
    'A `,` `;` or tab delimiter, a UTF-8 BOM, quotes and CRLF are all fine.',
    'Importing is idempotent by externalId: rows whose externalId was imported before are left',
    'unchanged, so re-running the same file changes nothing. Rows WITHOUT an externalId are always',
    'created anew, so give each row one if you may import the file twice.',
    'The exit code is 1 when any row was refused; each is reported with its line number.',
  ].join('\n');
}
