import type { Mail } from '../../platform/mail/mailer.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { Status } from './insight-rules.ts';

/** The outcome told back to an author or voter, in their language. */
export function outcomeMail(
  to: { email: string; name: string; language: string },
  post: { title: string; status: Status; outcome: string },
  business: string,
): Mail {
  const status = translate(to.language, `voice.status.${post.status}`);
  return {
    to: to.email,
    subject: translate(to.language, 'voice.email.outcome.subject', { business, title: post.title, status }),
    text: translate(to.language, 'voice.email.outcome.body', {
      name: to.name,
      title: post.title,
      status,
      outcome: post.outcome,
    }),
  };
}

export function linkMail(to: { email: string; name: string; language: string }, url: string, business: string): Mail {
  return {
    to: to.email,
    subject: translate(to.language, 'voice.email.link.subject', { business }),
    text: translate(to.language, 'voice.email.link.body', { name: to.name, url }),
  };
}
