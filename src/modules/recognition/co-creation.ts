import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/policy.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { translate } from '../../shared/i18n/translate.ts';

const LANGS = ['en', 'ru', 'bg'] as const;
type Lang = (typeof LANGS)[number];

/** Invitation text in the customer's language; pure. */
export function coCreationMail(
  to: { email: string; name: string | null; language: Lang },
  business: string,
  details: string | undefined,
) {
  const first = (to.name ?? '').trim().split(/\s+/)[0] ?? '';
  return {
    to: to.email,
    subject: translate(to.language, 'ideas.email.cocreate.subject', { business }),
    text: translate(to.language, 'ideas.email.cocreate.body', {
      name: first,
      business,
      details: details ? `\n${details}\n` : '',
    }),
  };
}

/**
 * Invites a lead user to a co-creation session by email. It is marketing: only with the
 * customer's email consent, and never for one who opted out of profiling (they are not ranked
 * at all, so no one should be inviting them as a lead user).
 */
export async function inviteToCoCreate(
  deps: { pool: pg.Pool; jobs: Jobs },
  actor: Actor,
  customerId: string,
  input: { details?: string },
) {
  assertCan(actor, 'lead_users:invite');
  const { rows } = await deps.pool.query<{
    name: string | null;
    email: string | null;
    language: string | null;
    consent_email: boolean;
    opted_out: boolean;
    org_name: string;
    default_language: string;
  }>(
    `select c.name, c.email, c.language, c.consent_email, coalesce(p.profiling_opt_out, false) as opted_out,
            o.name as org_name, o.default_language
       from customers c join orgs o on o.id = c.org_id
       left join customer_profiles p on p.org_id = c.org_id and p.customer_id = c.id
      where c.org_id = $1 and c.id = $2`,
    [actor.orgId, customerId],
  );
  const c = rows[0];
  if (!c) throw notFound('Customer');
  if (c.opted_out)
    throw conflict('This customer opted out of profiling: they are not invited as a lead user', {
      customerId: 'Opted out of profiling',
    });
  if (!c.consent_email)
    throw conflict('An invitation to co-create is marketing: it needs the customer’s email consent', {
      customerId: 'No marketing (email) consent',
    });
  if (!c.email) throw invalid('The customer has no email address', { customerId: 'No email address' });
  const language = (LANGS as readonly string[]).includes(c.language ?? '')
    ? (c.language as Lang)
    : (LANGS as readonly string[]).includes(c.default_language)
      ? (c.default_language as Lang)
      : 'en';
  await deps.jobs.send('mail.send', {
    ...coCreationMail({ email: c.email, name: c.name, language }, c.org_name, input.details),
    fromName: c.org_name,
    orgId: actor.orgId,
  });
  return { customerId, to: c.email, language };
}
