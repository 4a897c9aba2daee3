import type { Command } from 'commander';
import { createDemoOrg } from '../modules/demo/index.ts';
import { loadConfig } from '../platform/config.ts';
import { catchUpFigures } from '../server/background.ts';
import { withDatabase } from './with-database.ts';

/** The address of a Zabota server answering at HOST:PORT, if one is running. */
async function runningServer(): Promise<string | undefined> {
  const { host, port } = loadConfig();
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${shown}:${port}/`;
  try {
    const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
    return res.ok ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `zabota demo`: creates the demo organisation. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Create a demo organisation: 3 dental clinics, 25 staff, 21 touchpoints, 5,000 customers and 18 months of visits',
    )
    .option('--json', 'print one JSON object {orgId, email, password, apiKey}')
    .option('--seed <n>', 'seed of the generated data (same seed, same people and visits)', '2026')
    .option('--customers <n>', 'number of customers', '5000')
    .addHelpText(
      'after',
      '\nEvery run creates a new, separate demo organisation with its own sign-in email and password;\nearlier demo organisations are left as they are.',
    )
    .action(async (o: { json?: boolean; seed: string; customers: string }) => {
      const started = Date.now();
      const tty = !o.json && process.stderr.isTTY;
      const result = await withDatabase(async (database) => {
        const created = await createDemoOrg(database.db, {
          seed: Number(o.seed) || 2026,
          customers: Math.max(1, Number(o.customers) || 5000),
          onProgress: (p) =>
            tty && process.stderr.write(`\r${p.step}: ${p.done}/${p.total}${p.done === p.total ? '\n' : ''}`),
        });
        // The dashboards read rollups: sign-in comes once every answer is counted, never with partial figures.
        if (tty) process.stderr.write('counting the figures…\n');
        await catchUpFigures(database.pool);
        return created;
      });
      if (o.json) {
        console.log(
          JSON.stringify({
            orgId: result.orgId,
            email: result.email,
            password: result.password,
            apiKey: result.apiKey,
          }),
        );
        return;
      }
      const c = result.counts;
      const server = await runningServer();
      console.log(
        [
          `Demo organisation created in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.locations} clinics, ${c.staff} staff, ${c.touchpoints} touchpoints, ${c.customers} customers, ${c.interactions} interactions, ${c.responses} survey answers.`,
          `  organisation id: ${result.orgId}`,
          `  sign in:         ${result.email}`,
          `  password:        ${result.password}`,
          `  owner API key:   ${result.apiKey}`,
          server
            ? `Zabota is running: sign in at ${server} with the email and password above.`
            : 'Start the server with `npm start` and sign in with the email and password above.',
        ].join('\n'),
      );
    });
}
