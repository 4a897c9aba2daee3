import { webhookListeners } from '../modules/webhooks/index.ts';
import { emitter } from '../platform/events.ts';
import { startJobs } from '../platform/jobs/jobs.ts';
import { bindFollowUpQueue } from '../server/subscribers.ts';
import { jobHandlers } from '../server/workers.ts';
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { describeImportFields, importCli, type ImportCliOptions, IMPORT_KINDS } from '../modules/imports/index.ts';
import { fail, withDatabase } from './with-database.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

/** `zabota import customers|interactions|responses FILE --org ID [--survey ID]`: streams a CSV file into an organisation. */
export function registerImportCommands(program: Command): void {
  const group = program.command('import').description('Import a CSV file (any size: it is streamed)');
  for (const kind of IMPORT_KINDS) {
    const command = group
      .command(`${kind} <file>`)
      .description(`Import ${kind} from a CSV file as the organisation's owner`)
      .requiredOption('--org <id>', 'organisation id');
    if (kind === 'responses') {
      command
        .requiredOption('--survey <id>', 'the survey the responses answer (its id)')
        .option('--partial', 'keep rows that miss required answers, as partial responses');
    }
    command
      .option(
        '--map <header=field>',
        'read column <header> as <field> (repeatable); "header=" skips a column. Other columns are guessed from their headers',
        collect,
        [],
      )
      .option('--dry-run', 'check every row and report errors, write nothing')
      .option('--json', 'print the summary as one JSON object')
      .addHelpText('after', describeImportFields(kind))
      .action(
        async (
          file: string,
          o: { org: string; survey?: string; partial?: boolean; map: string[]; dryRun?: boolean; json?: boolean },
        ) => {
          if (!z.uuid().safeParse(o.org).success) fail('--org must be an organisation id (a UUID)');
          if (o.survey !== undefined && !z.uuid().safeParse(o.survey).success)
            fail('--survey must be a survey id (a UUID)');
          let size: number;
          try {
            size = fs.statSync(file).size;
          } catch {
            fail(`cannot read ${file}`);
          }
          const overrides: Record<string, string | null> = {};
          for (const m of o.map) {
            const at = m.lastIndexOf('=');
            if (at <= 0) fail(`--map ${m}: write header=field`);
            overrides[m.slice(0, at)] = m.slice(at + 1).trim() || null;
          }
          const bar = new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format:
                ' {bar} {percentage}% | {rows} rows | {created} created, {existing} already there, {errorRows} errors',
              hideCursor: true,
              etaBuffer: 20,
            },
            cliProgress.Presets.shades_classic,
          );
          const options: ImportCliOptions = {
            orgId: o.org,
            kind,
            file,
            mappingOverrides: o.map.length ? overrides : undefined,
            dryRun: !!o.dryRun,
            surveyId: o.survey,
            partial: !!o.partial,
            log: (m) => process.stderr.write(`${m}\n`),
            onStart: () => bar.start(size, 0, { rows: 0, created: 0, existing: 0, errorRows: 0 }),
            onProgress: (bytes, p) => bar.update(bytes, p),
          };
          // The CLI only enqueues: survey invitations for imported interactions and webhooks for imported
          // responses go out when Zabota runs (now or at its next start).
          const report = await withDatabase(async (database) => {
            const jobs = await startJobs(
              database.url,
              jobHandlers({ mailer: { send: async () => Promise.reject(new Error('the CLI sends no mail')) } }),
              { work: false },
            );
            bindFollowUpQueue(database.db, jobs);
            try {
              return await importCli(database.db, { ...options, emit: emitter(jobs, webhookListeners(database.db)) });
            } finally {
              await jobs.stop();
            }
          }).finally(() => bar.stop());
          if (o.json) console.log(JSON.stringify(report.summary));
          else console.log(report.text);
          if (report.summary.errorRows > 0) process.exitCode = 1;
        },
      );
  }
}
