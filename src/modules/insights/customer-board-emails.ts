import type { Mail } from '../../platform/mail/mailer.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { publicName } from './customer-board-page.ts';
import type { Status } from './insight-rules.ts';

type To = { email: string; name: string | null; language: string };
type From = { name: string; orgId: string };

const greeting = (to: To) => publicName(to.name)?.split(' ')[0] ?? '';

/** A customer hears that an idea they posted or voted for has a new status, in their language. */
export function ideaStatusMail(
  to: To,
  idea: { title: string; status: Status; outcome: string | null },
  from: From,
): Mail {
  const status = translate(to.language, `voice.status.${idea.status}`);
  return {
    to: to.email,
    subject: translate(to.language, 'ideas.email.status.subject', { business: from.name, title: idea.title, status }),
    text: translate(to.language, 'ideas.email.status.body', {
      name: greeting(to),
      business: from.name,
      title: idea.title,
      status,
      outcome: idea.outcome ? `\n${idea.outcome}\n` : '',
    }),
    fromName: from.name,
    orgId: from.orgId,
  };
}

export function boardLinkMail(to: To, url: string, from: From): Mail {
  return {
    to: to.email,
    subject: translate(to.language, 'ideas.email.link.subject', { business: from.name }),
    text: translate(to.language, 'ideas.email.link.body', { name: greeting(to), business: from.name, url }),
    fromName: from.name,
    orgId: from.orgId,
  };
}
