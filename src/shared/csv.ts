/** CSV writing for the server's exports and the dashboard's downloads alike. */

/** Excel reads UTF-8 only after a byte-order mark. */
export const CSV_BOM = '\uFEFF';

/**
 * Text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * apostrophe, so a comment like `=HYPERLINK(…)` stays text in Excel and LibreOffice (OWASP CSV
 * injection). A plain number written as text ("-5", "-2.5") is left alone.
 */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && !/^-\d+([.,]\d+)?$/.test(s) ? `'${s}` : s;
}

/** One RFC 4180 line (CRLF); `;` suits Excel in locales whose list separator is `;` (ru, bg). */
export function csvLine(fields: string[], delimiter: ',' | ';' = ','): string {
  const quote = (s: string) => (/["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replaceAll('"', '""')}"` : s);
  return fields.map(quote).join(delimiter) + '\r\n';
}
