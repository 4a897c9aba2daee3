import type { Command } from 'commander';
import { z } from 'zod';
import { createApiKey, createOrg } from '../modules/access/index.ts';
import { password, timeZone } from '../modules/orgs/orgs.contract.ts';
import { orgsRepo as orgRepo } from '../modules/orgs/index.ts';
import { staffRepo } from '../modules/staff/index.ts';
import { LANGUAGES, ROLES, type Role } from '../shared/domain.ts';
import { fail, withDatabase } from './with-database.ts';

const orgCreateOptions = z.object({
  name: z.string().trim().min(1, { error: '--name is required' }),
  ownerEmail: z.email({ error: '--owner-email must be an email address' }),
  ownerPassword: password,
  ownerName: z.string().optional(),
  timeZone: timeZone.default('UTC'),
  language: z.enum(LANGUAGES).default('en'),
  json: z.boolean().optional(),
});

export function registerOrgCommands(program: Command): void {
  const org = program.command('org').description('Organisations');
  org
    .command('create')
    .description('Create an organisation with its owner; prints an owner API key')
    .requiredOption('--name <name>', 'organisation name')
    .requiredOption('--owner-email <email>', 'owner sign-in email')
    .requiredOption('--owner-password <password>', 'owner password (8+ characters)')
    .option('--owner-name <name>', 'owner display name')
    .option('--time-zone <tz>', 'IANA time zone, e.g. Europe/Sofia', 'UTC')
    .option('--language <lang>', 'default language: en, ru or bg', 'en')
    .option('--json', 'print one JSON object')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = orgCreateOptions.safeParse(raw);
      if (!parsed.success) fail(parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join('; '));
      const o = parsed.data;
      const created = await withDatabase(({ db }) =>
        createOrg(db, {
          name: o.name,
          ownerEmail: o.ownerEmail,
          ownerPassword: o.ownerPassword,
          ownerName: o.ownerName,
          timeZone: o.timeZone,
          defaultLanguage: o.language,
        }),
      );
      if (o.json)
        console.log(JSON.stringify({ orgId: created.orgId, ownerId: created.ownerId, apiKey: created.apiKey }));
      else console.log(`Organisation ${created.orgId} created.\nOwner API key (shown once): ${created.apiKey}`);
    });

  const key = program.command('api-key').description('API keys');
  key
    .command('create')
    .description('Create an API key for an organisation (shown once)')
    .requiredOption('--org <id>', 'organisation id')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'what the key is for', 'CLI key')
    .option('--staff <id>', 'act as this staff member (their locations and records)')
    .option('--json', 'print one JSON object')
    .action(async (o: { org: string; role: string; name: string; staff?: string; json?: boolean }) => {
      if (!ROLES.includes(o.role as Role)) fail(`--role must be one of ${ROLES.join(', ')}`);
      if (!z.uuid().safeParse(o.org).success) fail('--org must be an organisation id (a UUID)');
      const created = await withDatabase(async ({ db }) => {
        if (!(await orgRepo.get(db, o.org))) fail(`no organisation ${o.org}`);
        if (o.staff && !(await staffRepo.get(db, o.org, { all: true }, o.staff)))
          fail(`no staff member ${o.staff} in organisation ${o.org}`);
        return createApiKey(db, { orgId: o.org, role: o.role as Role, name: o.name, staffId: o.staff ?? null });
      });
      if (o.json) console.log(JSON.stringify({ apiKey: created.apiKey, id: created.id, role: created.role }));
      else console.log(`API key (shown once): ${created.apiKey}`);
      if (o.role === 'manager' && !o.staff)
        console.error(
          'Note: a manager key without --staff covers every location; give --staff to limit it to that manager’s locations.',
        );
    });
}
