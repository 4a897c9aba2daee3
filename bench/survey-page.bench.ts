/**
 * Weight of the respondent page: a 3-question survey rendered by the real app (embedded
 * PostgreSQL, app.inject), and everything a phone loads before its first answer. The page inlines
 * its CSS and JavaScript and uses system fonts, so that is one HTML document; the bench checks
 * that it references nothing else to download.
 * Usage: npx tsx bench/survey-page.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { createOrg } from '../src/modules/access/onboarding.ts';
import { buildApp } from '../src/server/app.ts';
import { connect, migrateDatabase } from '../src/platform/db/database.ts';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';

const NO_JOBS = { send: async () => null, stop: async () => {} };
const BUDGET = 14 * 1024;

const survey = {
  name: 'After the visit',
  languages: ['en', 'ru', 'bg'],
  questions: [
    {
      id: 'nps',
      type: 'nps',
      required: true,
      text: {
        en: 'How likely are you to recommend us to a friend?',
        ru: 'Насколько вероятно, что вы порекомендуете нас другу?',
        bg: 'Колко вероятно е да ни препоръчате на приятел?',
      },
    },
    {
      id: 'feel',
      type: 'emotion',
      text: {
        en: 'How did you feel during the visit?',
        ru: 'Что вы чувствовали во время визита?',
        bg: 'Как се чувствахте по време на посещението?',
      },
    },
    {
      id: 'why',
      type: 'text',
      maxLength: 1000,
      text: { en: 'What could we do better?', ru: 'Что нам сделать лучше?', bg: 'Какво можем да направим по-добре?' },
    },
  ],
  title: {
    en: 'Your visit to Klinika Zdrave',
    ru: 'Ваш визит в Klinika Zdrave',
    bg: 'Вашето посещение в Klinika Zdrave',
  },
};

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-bench-page-'));
  const server = await startEmbeddedPostgres(dir);
  let database: ReturnType<typeof connect> | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  const rows: [string, number, number][] = [];
  try {
    const admin = new pg.Client(server.url);
    await admin.connect();
    await admin.query('create database bench');
    await admin.end();
    database = connect(server.url.replace(/\/postgres$/, '/bench'), 4);
    await migrateDatabase(database.db);
    const org = await createOrg(database.db, {
      name: 'Klinika Zdrave',
      ownerEmail: 'owner@bench.example',
      ownerPassword: 'password123',
    });
    app = await buildApp({
      db: database.db,
      pool: database.pool,
      config: { publicUrl: undefined, logLevel: 'silent' },
      jobs: NO_JOBS,
    });
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: survey,
      headers: { authorization: `Bearer ${org.apiKey}` },
    });
    if (created.statusCode !== 201) throw new Error(`survey: ${created.statusCode} ${created.body}`);
    const slug = created.json().slug as string;

    for (const [label, lang] of [
      ['first question (NPS), English', 'en'],
      ['first question (NPS), Russian', 'ru'],
      ['first question (NPS), Bulgarian', 'bg'],
    ] as const) {
      const res = await app.inject({
        method: 'GET',
        url: `/s/p/${slug}`,
        headers: { 'accept-language': lang, 'accept-encoding': 'gzip' },
      });
      if (res.statusCode !== 200 || res.headers['content-encoding'] !== 'gzip')
        throw new Error(`page: ${res.statusCode} ${String(res.headers['content-encoding'])}`);
      const raw = gunzipSync(res.rawPayload).toString('utf8');
      // Anything the browser would fetch before the first answer: stylesheets, scripts, images, fonts.
      const external = [...raw.matchAll(/<(?:link|script|img|iframe)[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      if (external.length || /@import|url\(|@font-face/.test(raw))
        throw new Error(`the page loads more: ${external.join(', ')}`);
      rows.push([label, Buffer.byteLength(raw), res.rawPayload.length]);
    }
    // The other two question pages, for completeness (loaded after the first answer).
    const first = await app.inject({
      method: 'POST',
      url: `/s/p/${slug}`,
      payload: 'q=nps&a=9',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const next = new URL(first.headers.location as string, 'http://localhost');
    for (const q of ['feel', 'why']) {
      next.searchParams.set('q', q);
      const res = await app.inject({
        method: 'GET',
        url: next.pathname + next.search,
        headers: { 'accept-encoding': 'gzip' },
      });
      rows.push([`later page (${q}), English`, gunzipSync(res.rawPayload).length, res.rawPayload.length]);
    }
  } finally {
    await app?.close();
    await database?.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    'Respondent page, 3-question survey: everything loaded before the first answer (HTML with inline CSS and JS, system fonts)\n',
  );
  console.log(`${'page'.padEnd(34)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const [label, raw, gz] of rows) console.log(`${label.padEnd(34)}${kb(raw).padStart(10)}${kb(gz).padStart(10)}`);
  const worst = Math.max(...rows.slice(0, 3).map((r) => r[2]));
  console.log(
    `\nbudget ${kb(BUDGET)} gzip: ${worst <= BUDGET ? 'met' : 'MISSED'} (largest first page ${kb(worst)}, ${((worst / BUDGET) * 100).toFixed(0)}% of the budget)`,
  );
  console.log('\nFor comparison (quoted from the issue, not measured here):');
  console.log(`${'Formbricks survey renderer'.padEnd(34)}${'~270 KB gzip'.padStart(20)}`);
  console.log(`${'SurveyJS core'.padEnd(34)}${'~327 KB gzip'.padStart(20)}`);
}

await main();
