import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { backup, restore } from '../modules/backup/index.ts';
import { fail, withDatabase } from './with-database.ts';

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('Write a consistent backup (gzip) of all organisations, or of one with --org')
    .option('--org <id>', 'only this organisation')
    .action(async (file: string, o: { org?: string }) => {
      if (o.org && !z.uuid().safeParse(o.org).success) fail('--org must be an organisation id (a UUID)');
      const counts = await withDatabase(({ pool }) => backup(pool, path.resolve(file), { orgId: o.org }));
      console.log(`Backup written to ${path.resolve(file)}: ${summary(counts)}`);
    });
  program
    .command('restore <file>')
    .description(
      'Restore a backup: a full one into an empty database, an organisation one where that organisation is absent',
    )
    .action(async (file: string) => {
      const { header, counts } = await withDatabase(({ pool }) => restore(pool, path.resolve(file)));
      console.log(
        `Restored ${header.orgId ? `organisation ${header.orgId}` : 'all organisations'} from ${header.createdAt}: ${summary(counts)}`,
      );
    });
}
