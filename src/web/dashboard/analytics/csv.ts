import { CSV_BOM, csvLine, neutralise } from '../../../shared/csv.ts';
import { downloadText } from '../lib/features.ts';

export type Cell = string | number | null | undefined;

const text = (v: Cell): string =>
  v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : neutralise(v);

/** CSV text with a BOM (so Excel reads UTF-8), RFC 4180 quoting; ";" where the locale's Excel expects it. */
export function toCsv(rows: Cell[][], delimiter: ',' | ';' = ','): string {
  return CSV_BOM + rows.map((r) => csvLine(r.map(text), delimiter)).join('');
}

export function downloadCsv(filename: string, rows: Cell[][], delimiter: ',' | ';' = ','): void {
  downloadText(filename, toCsv(rows, delimiter), 'text/csv;charset=utf-8');
}
