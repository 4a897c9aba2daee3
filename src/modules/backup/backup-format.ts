/**
 * The backup file: gzip of a JSON header line, then for each table a `table` line followed by
 * its rows in PostgreSQL's COPY text format and the `\.` terminator. COPY keeps every type exact
 * (numerics, arrays, timestamps) and is the fastest way in and out of PostgreSQL.
 */
export const BACKUP_FORMAT = 'zabota-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The last migration applied when the backup was taken; restore needs the same schema. */
  migration: string;
  orgId: string | null;
  tables: string[];
};

export function tableLine(table: string, columns: string[]): string {
  return `${JSON.stringify({ table, columns })}\n`;
}

export function parseHeader(line: string): BackupHeader {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch {
    throw new Error('Not a Zabota backup (the first line is not a backup header)');
  }
  const h = header as Partial<BackupHeader>;
  if (h.format !== BACKUP_FORMAT) throw new Error('Not a Zabota backup');
  if (h.version !== BACKUP_VERSION)
    throw new Error(
      `Backup format version ${String(h.version)} is not supported (this Zabota reads version ${BACKUP_VERSION})`,
    );
  return h as BackupHeader;
}

/** The rows of one table that belong in the backup: all of them, or one organisation's. */
export function selectFor(table: string, columns: string[], orgId: string | null): string {
  const cols = columns.map((c) => `"${c}"`).join(', ');
  if (!orgId) return `select ${cols} from "${table}"`;
  const key = table === 'orgs' ? 'id' : 'org_id';
  return `select ${cols} from "${table}" where "${key}" = '${orgId.replace(/[^0-9a-f-]/gi, '')}'`;
}
