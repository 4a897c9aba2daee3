import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type pg from 'pg';
import { z } from 'zod';
import { rebuildRequested, settle, verifyOrg } from '../modules/analytics/index.ts';
import { fail, withDatabase } from './with-database.ts';

type Org = { id: string; name: string };

async function orgsOf(pool: pg.Pool, o: { org?: string; sample?: string }): Promise<Org[]> {
  if (o.org !== undefined && !z.uuid().safeParse(o.org).success) fail('--org must be an organisation id (a UUID)');
  const sample = o.sample === undefined ? null : Number(o.sample);
  if (sample !== null && !(Number.isInteger(sample) && sample > 0)) fail('--sample must be a whole number above 0');
  const { rows } = await pool.query<Org>(
    `select id, name from orgs where ($1::uuid is null or id = $1) order by ${sample ? 'random()' : 'name, id'} limit $2`,
    [o.org ?? null, sample],
  );
  if (o.org && !rows.length) fail(`no organisation ${o.org}`);
  return rows;
}

/** `zabota analytics verify|rebuild`: the stored dashboard cells against a direct count of the rows. */
export function registerAnalyticsCommands(program: Command): void {
  const group = program.command('analytics').description("The dashboard's stored figures (derived cells)");
  group
    .command('verify')
    .description(
      'Compare the stored cells with a direct count of the rows; print what differs (exit 1 if anything does)',
    )
    .option('--org <id>', 'only this organisation')
    .option('--sample <n>', 'only n organisations chosen at random')
    .action(async (o: { org?: string; sample?: string }) => {
      const differing = await withDatabase(async ({ pool }) => {
        await settle(pool);
        let bad = 0;
        for (const org of await orgsOf(pool, o)) {
          const pending = await pool.query('select reason from analytics_rebuilds where org_id = $1', [org.id]);
          if (pending.rowCount) {
            console.log(
              `${org.id} ${org.name}: rebuild pending (${pending.rows[0].reason}); figures are read from the rows meanwhile`,
            );
            continue;
          }
          const differences = await verifyOrg(pool, org.id);
          if (!differences.length) {
            console.log(`${org.id} ${org.name}: ok`);
            continue;
          }
          bad++;
          console.log(`${org.id} ${org.name}: ${differences.length} rows differ`);
          for (const d of differences)
            console.log(`  ${d.table} ${d.side === 'stored' ? 'stored' : 'counted'} ${JSON.stringify(d.row)}`);
        }
        return bad;
      });
      if (differing) {
        console.log(`${differing} organisation(s) differ: run \`zabota analytics rebuild\``);
        process.exitCode = 1;
      }
    });
  group
    .command('rebuild')
    .description(
      'Rebuild the stored cells from the rows (safe while Zabota runs; an interrupted rebuild changes nothing)',
    )
    .option('--org <id>', 'only this organisation')
    .action(async (o: { org?: string }) => {
      await withDatabase(async ({ pool }) => {
        const orgs = await orgsOf(pool, o);
        const bars = new cliProgress.MultiBar(
          { format: '{name} |{bar}| {value}/{total} steps', hideCursor: true, noTTYOutput: true, notTTYSchedule: 1000 },
          cliProgress.Presets.shades_classic,
        );
        for (const org of orgs) {
          const bar = bars.create(1, 0, { name: org.name });
          await rebuildRequested(pool, org.id, (done, steps) => {
            bar.setTotal(steps);
            bar.update(done);
          });
        }
        bars.stop();
        console.log(`Rebuilt ${orgs.length} organisation(s).`);
      });
    });
}
