import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import { orgsRepo } from '../orgs/index.ts';
import { surveysRepo } from '../surveys/index.ts';
import { CSV_BOM, cellsLine, headers, neutralise, toCells, type Cell, type ExportShape } from './export-format.ts';
import type { ResponseExportQuery } from './responses.contract.ts';
import * as repo from './responses.repo.ts';
import { scopeOf } from './responses.service.ts';

/** Rows are read in keyset pages of this size, so memory stays flat however many rows match. */
const PAGE = 1000;
/** An XLSX sheet holds 1,048,576 rows; past that the export says to use CSV. */
const XLSX_MAX_ROWS = 1_048_575;

export type ExportFile = { contentType: string; filename: string; body: Readable };

async function* matchingRows(db: Db, actor: Actor, q: ResponseExportQuery) {
  const scope = scopeOf(actor);
  let cursor: string | undefined;
  for (;;) {
    const rows = await repo.list(db, actor.orgId, scope, { ...q, cursor, limit: PAGE });
    yield rows.slice(0, PAGE);
    const last = rows[PAGE - 1];
    if (rows.length <= PAGE || !last) return;
    cursor = encodeCursor(last.submittedAt.toISOString(), last.id);
  }
}

async function shapeFor(db: Db, actor: Actor, q: ResponseExportQuery): Promise<ExportShape> {
  const org = await orgsRepo.get(db, actor.orgId);
  const shape: ExportShape = { timeZone: org?.timeZone ?? 'UTC' };
  const survey = q.surveyId ? await surveysRepo.get(db, actor.orgId, q.surveyId) : undefined;
  if (!survey) return shape;
  const language = org && survey.languages.includes(org.defaultLanguage) ? org.defaultLanguage : survey.languages[0]!;
  shape.survey = { questions: survey.questions, language };
  if (survey.questions.some((x) => x.type === 'staff')) shape.staffNames = await repo.staffNames(db, actor.orgId);
  return shape;
}

function csv(rows: AsyncGenerator<repo.ResponseListRow[]>, shape: ExportShape, delimiter: ',' | ';'): Readable {
  return Readable.from(
    (async function* () {
      // The BOM makes Excel read the file as UTF-8 (Cyrillic would otherwise come out garbled).
      yield CSV_BOM + cellsLine(headers(shape), delimiter);
      for await (const page of rows) yield page.map((r) => cellsLine(toCells(r, shape), delimiter)).join('');
    })(),
  );
}

/** The `LocalTime` wall clock as a date cell: Excel has no zones, so it is stored as if UTC. */
function xlsxValue(c: Cell): string | number | Date | null {
  if (c === null || typeof c === 'number') return c;
  if (typeof c === 'string') return neutralise(c);
  return new Date(`${c.localTime.replace(' ', 'T')}Z`);
}

function xlsx(rows: AsyncGenerator<repo.ResponseListRow[]>, shape: ExportShape): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('Responses', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers(shape).map((header, i) => ({
    header,
    width: i === 1 ? 20 : 16,
    ...(i === 1 ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
  }));
  void (async () => {
    let n = 0;
    for await (const page of rows) {
      for (const r of page) {
        if (++n > XLSX_MAX_ROWS) break;
        sheet.addRow(toCells(r, shape).map(xlsxValue)).commit();
      }
      if (n > XLSX_MAX_ROWS) {
        sheet.addRow(['More rows match than one sheet holds: export CSV, or narrow the filter']).commit();
        break;
      }
      if (out.destroyed) return; // the client went away
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await book.commit();
  })().catch((e: unknown) => out.destroy(e as Error));
  return out;
}

/**
 * All responses matching the list filters (and the caller's row scope), streamed page by page:
 * nothing but one page is held in memory, whatever the number of rows.
 */
export async function exportResponses(db: Db, actor: Actor, q: ResponseExportQuery): Promise<ExportFile> {
  const shape = await shapeFor(db, actor, q);
  const rows = matchingRows(db, actor, q);
  const stamp = new Date().toISOString().slice(0, 10);
  if (q.format === 'xlsx') {
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `responses-${stamp}.xlsx`,
      body: xlsx(rows, shape),
    };
  }
  return {
    contentType: 'text/csv; charset=utf-8',
    filename: `responses-${stamp}.csv`,
    body: csv(rows, shape, q.delimiter === 'semicolon' ? ';' : ','),
  };
}
