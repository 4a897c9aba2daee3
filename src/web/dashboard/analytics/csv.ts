import { downloadText } from '../lib/features.ts';

export type Cell = string | number | null | undefined;

const quote = (v: Cell, delimiter: string): string => {
  if (v === null || v === undefined) return '';
  // A label that looks like a formula is kept as text, not evaluated by the spreadsheet.
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : String(v);
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV text with a BOM (so Excel reads UTF-8), RFC 4180 quoting; ";" where the locale's Excel expects it. */
export function toCsv(rows: Cell[][], delimiter = ','): string {
  return `\uFEFF${rows.map((r) => r.map((c) => quote(c, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

export function downloadCsv(filename: string, rows: Cell[][], delimiter = ','): void {
  downloadText(filename, toCsv(rows, delimiter), 'text/csv;charset=utf-8');
}
