import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough, Readable } from 'node:stream';
import zlib from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { requestRebuild } from '../analytics/index.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseHeader,
  selectFor,
  tableLine,
  type BackupHeader,
} from './backup-format.ts';
import { backupTables, copiedColumns } from './backup-tables.ts';

async function lastMigration(client: pg.PoolClient): Promise<string> {
  const { rows } = await client.query<{ hash: string }>(
    `select hash from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  return rows[0]?.hash ?? '';
}

/**
 * Writes a consistent backup (one REPEATABLE READ snapshot) of all organisations, or of one: every
 * table with an `org_id` (backup-tables.ts). The derived tables (rollups, cells, cubes) and their
 * pending marks are copied from the same snapshot as the rows they derive from, so they arrive
 * consistent; the sweepers then carry on with whatever was still pending. Returns rows per table.
 */
export async function backup(
  pool: pg.Pool,
  file: string,
  opts: { orgId?: string } = {},
): Promise<Record<string, number>> {
  const client = await pool.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query('begin isolation level repeatable read read only');
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migration: await lastMigration(client),
      orgId: opts.orgId ?? null,
      tables: await backupTables(client),
    };
    const out = new PassThrough();
    const written = pipeline(out, zlib.createGzip(), fs.createWriteStream(`${file}.partial`));
    out.write(`${JSON.stringify(header)}\n`);
    for (const table of header.tables) {
      const columns = await copiedColumns(client, table);
      out.write(tableLine(table, columns));
      const copy = client.query(copyTo(`copy (${selectFor(table, columns, opts.orgId ?? null)}) to stdout`));
      let rows = 0;
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        for (const byte of chunk) if (byte === 10) rows++;
        if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      }
      out.write('\\.\n');
      counts[table] = rows;
    }
    out.end();
    await written;
    await client.query('commit');
    fs.renameSync(`${file}.partial`, file); // a half-written backup never has the final name
    return counts;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    fs.rmSync(`${file}.partial`, { force: true });
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Restores a backup in one transaction: everything or nothing. A full backup needs an empty
 * database; one organisation's backup needs that organisation to be absent. The tables' own
 * triggers are off while rows arrive: they maintain derived tables, which come in the backup
 * already consistent, and counting restored rows again would double them. Foreign keys stay checked.
 */
export async function restore(
  pool: pg.Pool,
  file: string,
): Promise<{ header: BackupHeader; counts: Record<string, number> }> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) throw new Error('The backup file is empty');
  const header = parseHeader(first.value);
  const client = await pool.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query('begin');
    if ((await lastMigration(client)) !== header.migration) {
      throw new Error(
        'The backup was taken with a different database schema version; restore it with the same Zabota version',
      );
    }
    const existing = header.orgId
      ? await client.query('select 1 from orgs where id = $1', [header.orgId])
      : await client.query('select 1 from orgs limit 1');
    if (existing.rowCount) {
      throw new Error(
        header.orgId
          ? `Organisation ${header.orgId} already exists here`
          : 'This database already has organisations; restore a full backup into an empty data directory',
      );
    }
    const known = await backupTables(client);
    for (const table of known) await client.query(`alter table "${table}" disable trigger user`);
    for (;;) {
      const next = await it.next();
      if (next.done) break;
      const { table, columns } = JSON.parse(next.value) as { table: string; columns: string[] };
      if (!known.includes(table)) throw new Error(`Unknown table in backup: ${table}`);
      const here = await copiedColumns(client, table);
      if (columns.some((c) => !here.includes(c)))
        throw new Error(`The backup's columns of ${table} are not this schema's`);
      const cols = columns.map((c) => `"${c}"`).join(', ');
      const sink = client.query(copyFrom(`copy "${table}" (${cols}) from stdin`));
      let rows = 0;
      async function* tableRows() {
        for (;;) {
          const row = await it.next();
          if (row.done) throw new Error(`The backup ends inside table ${table}`);
          if (row.value === '\\.') return;
          rows++;
          yield `${row.value}\n`;
        }
      }
      await pipeline(Readable.from(tableRows()), sink);
      counts[table] = rows;
    }
    for (const table of known) await client.query(`alter table "${table}" enable trigger user`);
    // Derived cells come from the same snapshot as their rows; a rebuild is asked for all the same, so a
    // file from another version's cells, or an edited one, still gives figures equal to a count of the rows.
    const restored = await client.query<{ id: string }>(
      header.orgId ? 'select id from orgs where id = $1' : 'select id from orgs',
      header.orgId ? [header.orgId] : [],
    );
    await requestRebuild(
      client,
      restored.rows.map((r) => r.id),
      'restore',
    );
    await client.query('commit');
    return { header, counts };
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
    lines.close();
  }
}
