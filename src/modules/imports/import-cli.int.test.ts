import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/zabota.mjs');

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-import-cli-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function zabota(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: t.database.url, ZABOTA_LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

// Each `zabota` child compiles its TypeScript at start (about 10 s on a busy 2-core machine) and the first
// test starts three of them: the default 30 s left it at the mercy of the machine's load.
describe('zabota import (child process)', { timeout: 120_000 }, () => {
  it('imports interactions from a file, prints a summary, and exits 1 naming the line of a bad row', async () => {
    const { orgId, as } = await t.newOrg();
    await as.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' });
    const file = path.join(dir, 'visits.csv');
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `V${i};2026-03-${String((i % 28) + 1).padStart(2, '0')} 10:00;Reception;"${i},50"`,
    );
    rows.splice(6, 0, 'BAD;32.13.2026 10:00;Reception;1'); // line 8
    fs.writeFileSync(file, `\uFEFFid;Дата;Услуга;Сума\r\n${rows.join('\r\n')}\r\n`);

    const first = await zabota('import', 'interactions', file, '--org', orgId);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('created:       1500');
    expect(first.stdout).toContain('already there: 0');
    expect(first.stdout).toMatch(/line 8: occurredAt: not a valid date/);
    expect(first.stderr).toContain('Дата → occurredAt');

    const again = await zabota('import', 'interactions', file, '--org', orgId, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({
      rows: 1501,
      created: 0,
      existing: 1500,
      errorRows: 1,
      errors: [{ line: 8, fields: { occurredAt: 'not a valid date' } }],
    });

    const clean = path.join(dir, 'clean.csv');
    fs.writeFileSync(clean, 'when,amount\n2026-03-01 09:00,10\n');
    const ok = await zabota(
      'import',
      'interactions',
      clean,
      '--org',
      orgId,
      '--map',
      'when=occurredAt',
      '--map',
      'amount=revenue',
    );
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringContaining('created:       1')]);
  });

  it('imports responses to a survey, idempotently, naming the line and question of a bad answer', async () => {
    const { orgId, as } = await t.newOrg();
    const survey = (
      await as.post('/api/v1/surveys', {
        name: 'Visit',
        languages: ['en'],
        questions: [
          { id: 'nps', type: 'nps', required: true, text: { en: 'Recommend us?' } },
          { id: 'why', type: 'text', text: { en: 'Why?' } },
        ],
      })
    ).json();
    const file = path.join(dir, 'responses.csv');
    fs.writeFileSync(
      file,
      'id,date,Recommend us?,Why?\nR1,2026-03-01 10:00,9,Kind staff\nR2,2026-03-01 11:00,12,\nR3,2026-03-01 12:00,,Later\n',
    );

    const first = await zabota('import', 'responses', file, '--org', orgId, '--survey', survey.id);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('Recommend us? → answers.nps');
    expect(first.stdout).toContain('created:       1');
    expect(first.stdout).toContain('line 3: answers.nps: Must be a whole number from 0 to 10');
    expect(first.stdout).toContain('line 4: answers.nps: This question needs an answer');

    const again = await zabota(
      'import',
      'responses',
      file,
      '--org',
      orgId,
      '--survey',
      survey.id,
      '--partial',
      '--json',
    );
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 3, created: 1, existing: 1, errorRows: 1 });
    const stored = (await as.get('/api/v1/responses')).json().items as {
      externalId: string;
      status: string;
      channel: string;
    }[];
    expect(stored.map((r) => [r.externalId, r.status, r.channel]).sort()).toEqual([
      ['R1', 'complete', 'import'],
      ['R3', 'partial', 'import'],
    ]);

    const noSurvey = await zabota('import', 'responses', file, '--org', orgId);
    expect([noSurvey.code, noSurvey.stderr]).toEqual([1, expect.stringContaining("required option '--survey <id>'")]);
  }, 120_000);

  it('fails clearly for an unknown organisation', async () => {
    const file = path.join(dir, 'c.csv');
    fs.writeFileSync(file, 'name\nX\n');
    const res = await zabota('import', 'customers', file, '--org', '00000000-0000-7000-8000-000000000000');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('no organisation 00000000-0000-7000-8000-000000000000');
  });
});
