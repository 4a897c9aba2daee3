import { Command } from 'commander';
import { startServer } from '../server/main.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { registerDemoCommand } from './demo-command.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerOrgCommands } from './org-commands.ts';
import { registerAnalyticsCommands } from './analytics-commands.ts';
import { withDatabase } from './with-database.ts';

const program = new Command('zabota').description('Zabota: customer loyalty through service').showHelpAfterError();

program
  .command('start')
  .description('Start Zabota (HOST, PORT, ZABOTA_DATA_DIR, DATABASE_URL)')
  .action(() => startServer());

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .action(() => withDatabase(async () => console.log('Migrations are up to date.')));

registerOrgCommands(program);
registerImportCommands(program);
registerDemoCommand(program);
registerBackupCommands(program);
registerAnalyticsCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.stderr.write(`zabota: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
