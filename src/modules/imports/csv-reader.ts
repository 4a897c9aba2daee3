import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/**
 * Streaming CSV reading with the line number of each record, so errors can say "line 7". Accepts
 * what spreadsheets export: a UTF-8 BOM, `,` `;` or tab delimiters (guessed from the header
 * line), quoted fields with delimiters and line breaks inside, CRLF or LF.
 */

export type CsvRecord = { line: number; cells: string[] };
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/** The delimiter that occurs most often outside quotes in the first line; `,` when none does. */
export function detectDelimiter(sample: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of sample.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}

/**
 * Text chunks with CR and CRLF turned into LF (a CR at the end of a chunk waits for the next one),
 * and the BOM dropped: after this, every line ends in exactly one `\n`, which line counting needs.
 */
async function* normalisedText(chunks: AsyncIterable<string | Buffer> | Iterable<string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  let pendingCr = false;
  for await (const chunk of chunks) {
    let text: string =
      (pendingCr ? '\r' : '') + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    pendingCr = text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    if (text) yield text.replace(/\r\n?/g, '\n');
  }
  const rest = decoder.decode() + (pendingCr ? '\n' : '');
  if (rest) yield rest;
}

/**
 * Reads records from chunks of CSV text; blank lines are skipped but counted. The first record is
 * the header. Throws `CsvSyntaxError` (with the line) on an unclosed quote.
 */
export async function* readCsv(input: AsyncIterable<string | Buffer> | string): AsyncGenerator<CsvRecord> {
  const text = normalisedText(typeof input === 'string' ? [input] : input);
  // The delimiter is guessed from the header line, so hold the first chunk back until we have it.
  let head = '';
  let done = false;
  while (!head.includes('\n') && !done) {
    const next = await text.next();
    if (next.done) done = true;
    else head += next.value;
  }
  const delimiter = detectDelimiter(head);
  async function* all() {
    if (head) yield head;
    if (!done) for await (const t of text) yield t;
  }
  const source = Readable.from(all(), { objectMode: false });
  // Records parsed just before an error never reach the loop below, so the line where the last
  // good record ended is noted as records are parsed: the bad record starts on the next line.
  let parsedUpTo = 0;
  const parser = source.pipe(
    parse({
      delimiter,
      record_delimiter: '\n',
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      on_record: (record, context) => ((parsedUpTo = context.lines), record),
    }),
  );
  let line = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const start = line;
      for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) line++;
      if (record.every((c) => c.trim() === '')) continue;
      yield { line: start, cells: record };
    }
  } catch (e) {
    const err = e as { code?: string; lines?: number; message?: string };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw new CsvSyntaxError(parsedUpTo + 1, 'a quoted field is not closed');
    if (err.code?.startsWith('CSV_')) throw new CsvSyntaxError(err.lines ?? line, err.message ?? 'not valid CSV');
    throw e;
  }
}
