/**
 * How fast interactions get in, on a throwaway embedded PostgreSQL (fsync on, like production):
 *   (a) the CLI path: the import service streaming a CSV file, 1,000 rows per batch;
 *   (b) the batch API: POST /api/v1/interactions/batch, 1,000 items per call, over HTTP on
 *       loopback from a few concurrent clients;
 *   (c) a bare single-row INSERT loop (one commit per row): the reference every app path must beat;
 *   (d) a bare multi-row INSERT (1,000 rows per statement): the ceiling of the database itself.
 * Usage: npm run bench:import [-- --rows 100000 --clients 4]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createCustomersBatch } from '../src/modules/customers/customers.batch.ts';
import { runImport } from '../src/modules/imports/imports.service.ts';
import * as locationsRepo from '../src/modules/locations/locations.repo.ts';
import { createOrg } from '../src/modules/access/onboarding.ts';
import * as staffRepo from '../src/modules/staff/staff.repo.ts';
import * as touchpointsRepo from '../src/modules/touchpoints/touchpoints.repo.ts';
import { buildApp } from '../src/server/app.ts';
import type { Actor } from '../src/platform/auth/actor.ts';
import { connect, migrateDatabase } from '../src/platform/db/database.ts';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { newId } from '../src/platform/db/ids.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    clients: { type: 'string', default: '4' },
    single: { type: 'string', default: '5000' },
  },
});
const ROWS = Number(args.rows);
const CLIENTS = Number(args.clients);
const SINGLE = Number(args.single);
const CUSTOMERS = 5000;
const log = (m: string) => process.stderr.write(`${m}\n`);

// The batch API sends no background work; the bench needs no queue.
const NO_JOBS = { send: async () => null, stop: async () => {} };

type Refs = {
  customers: string[];
  customerIds: string[];
  touchpoints: { id: string; name: string }[];
  locations: { id: string; name: string }[];
  staff: { id: string; email: string }[];
};

async function seed(db: ReturnType<typeof connect>['db']) {
  const org = await createOrg(db, {
    name: 'Bench',
    ownerEmail: 'owner@bench.example',
    ownerPassword: 'password123',
    timeZone: 'Europe/Sofia',
  });
  const actor: Actor = { orgId: org.orgId, role: 'owner', staffId: org.ownerId, locationIds: [], via: 'api_key' };
  const refs: Refs = { customers: [], customerIds: [], touchpoints: [], locations: [], staff: [] };
  for (const name of ['Sofia', 'Plovdiv', 'Varna'])
    refs.locations.push({ id: (await locationsRepo.insert(db, org.orgId, { name })).row.id, name });
  for (let i = 1; i <= 12; i++) {
    const name = `Touchpoint ${i}`;
    refs.touchpoints.push({
      id: (
        await touchpointsRepo.insert(db, org.orgId, {
          name,
          kind: 'service',
          stage: 'service',
          channel: 'in_person',
          active: true,
        })
      ).row.id,
      name,
    });
  }
  for (let i = 1; i <= 20; i++) {
    const email = `staff${i}@bench.example`;
    refs.staff.push({
      id: (
        await staffRepo.insert(db, {
          orgId: org.orgId,
          name: `Staff ${i}`,
          email,
          locationIds: [refs.locations[i % 3]!.id],
        })
      ).id,
      email,
    });
  }
  for (let c = 0; c < CUSTOMERS; c += 1000) {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      externalId: `C${c + i}`,
      name: `Customer ${c + i}`,
      email: `c${c + i}@example.com`,
    }));
    const res = await createCustomersBatch(db, actor, items);
    res.results.forEach((r) => (refs.customers.push(items[r.index]!.externalId), refs.customerIds.push(r.id!)));
  }
  return { org, actor, refs };
}

const pickOf = <T>(xs: T[], i: number) => xs[(i * 7919) % xs.length]!;
const when = (i: number) => new Date(Date.UTC(2025, 0, 1) + ((i * 104_729) % (500 * 86_400)) * 1000);

function writeCsv(file: string, refs: Refs): void {
  const lines = ['external_id;Дата и час;Клиентски номер;Услуга;Обект;Служител;Сума;Валута;Бележка'];
  for (let i = 0; i < ROWS; i++) {
    const d = when(i);
    const local = `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    const revenue = `${Math.floor(i % 3000)} ${String(i % 1000).padStart(3, '0')},${String(i % 100).padStart(2, '0')}`;
    lines.push(
      `CSV-${i};${local};${pickOf(refs.customers, i)};${pickOf(refs.touchpoints, i).name};${pickOf(refs.locations, i).name};${pickOf(refs.staff, i).email};"${revenue}";EUR;visit ${i}`,
    );
  }
  fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

type Result = { path: string; rows: number; seconds: number };
const timed = async (label: string, rows: number, fn: () => Promise<void>): Promise<Result> => {
  log(`${label}…`);
  const t0 = performance.now();
  await fn();
  return { path: label, rows, seconds: (performance.now() - t0) / 1000 };
};

function row(i: number, refs: Refs, prefix: string) {
  return [
    newId(),
    `${prefix}-${i}`,
    pickOf(refs.customerIds, i),
    pickOf(refs.touchpoints, i).id,
    pickOf(refs.locations, i).id,
    pickOf(refs.staff, i).id,
    when(i).toISOString(),
    (i % 300000) / 100,
    'EUR',
    `visit ${i}`,
  ] as const;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-bench-'));
  const server = await startEmbeddedPostgres(dir);
  const results: Result[] = [];
  let database: ReturnType<typeof connect> | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const admin = new pg.Client(server.url);
    await admin.connect();
    await admin.query('create database bench');
    await admin.end();
    const url = server.url.replace(/\/postgres$/, '/bench');
    database = connect(url, 10);
    await migrateDatabase(database.db);
    const { org, actor, refs } = await seed(database.db);
    const file = path.join(dir, 'interactions.csv');
    writeCsv(file, refs);
    log(
      `${ROWS} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB of CSV; ${os.cpus().length} CPUs, PostgreSQL with fsync on`,
    );

    const db = database.db;
    results.push(
      await timed('(a) CLI import (stream CSV → service → batches of 1,000)', ROWS, async () => {
        const s = await runImport(db, actor, 'interactions', fs.createReadStream(file, { highWaterMark: 256 * 1024 }));
        if (s.created !== ROWS)
          throw new Error(`expected ${ROWS} created, got ${JSON.stringify({ ...s, errors: s.errors.slice(0, 3) })}`);
      }),
    );

    app = await buildApp({
      db,
      pool: database.pool,
      config: { publicUrl: undefined, logLevel: 'silent' },
      jobs: NO_JOBS,
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const bodies: string[] = [];
    for (let c = 0; c < ROWS; c += 1000) {
      const items = [];
      for (let i = c; i < Math.min(ROWS, c + 1000); i++) {
        const [, externalId, customerId, touchpointId, locationId, staffId, occurredAt, revenue, currency, note] = row(
          i,
          refs,
          'API',
        );
        items.push({ externalId, customerId, touchpointId, locationId, staffId, occurredAt, revenue, currency, note });
      }
      bodies.push(JSON.stringify({ items }));
    }
    results.push(
      await timed(`(b) batch API over HTTP (1,000 items per call, ${CLIENTS} clients)`, ROWS, async () => {
        let next = 0;
        await Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            while (next < bodies.length) {
              const body = bodies[next++]!;
              const res = await fetch(`${address}/api/v1/interactions/batch`, {
                method: 'POST',
                body,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${org.apiKey}` },
              });
              const json = (await res.json()) as { created?: number; errors?: number };
              if (res.status !== 200 || json.errors)
                throw new Error(`batch answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
            }
          }),
        );
      }),
    );
    await app.close();
    app = undefined;

    const insert = `insert into interactions (id, org_id, external_id, customer_id, touchpoint_id, location_id, staff_id, occurred_at, revenue, currency, note)`;
    const client = new pg.Client(url);
    await client.connect();
    try {
      results.push(
        await timed('(c) bare single-row INSERT loop (one commit per row)', SINGLE, async () => {
          for (let i = 0; i < SINGLE; i++) {
            const [id, ...rest] = row(i, refs, 'SINGLE');
            await client.query(`${insert} values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
              id,
              org.orgId,
              ...rest,
            ]);
          }
        }),
      );
      results.push(
        await timed('(d) bare multi-row INSERT (1,000 rows per statement)', ROWS, async () => {
          for (let c = 0; c < ROWS; c += 1000) {
            const cols: unknown[][] = Array.from({ length: 10 }, () => []);
            for (let i = c; i < Math.min(ROWS, c + 1000); i++)
              row(i, refs, 'MULTI').forEach((v, k) => cols[k]!.push(v));
            await client.query(
              `${insert} select u.id, $1, u.ext, u.c, u.t, u.l, u.s, u.at, u.rev, u.cur, u.note
                 from unnest($2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::timestamptz[], $9::numeric[], $10::text[], $11::text[])
                   as u(id, ext, c, t, l, s, at, rev, cur, note)`,
              [org.orgId, ...cols],
            );
          }
        }),
      );
    } finally {
      await client.end();
    }
  } finally {
    await app?.close();
    await database?.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const single = results.find((r) => r.path.startsWith('(c)'))!;
  const perSec = (r: Result) => r.rows / r.seconds;
  const table = [
    ['path', 'rows', 'seconds', 'interactions/s', '× single-row'],
    ...results.map((r) => [
      r.path,
      String(r.rows),
      r.seconds.toFixed(2),
      Math.round(perSec(r)).toLocaleString('en-US'),
      (perSec(r) / perSec(single)).toFixed(1),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const [n, r] of table.entries()) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

await main();
