import type { Mail } from '../../platform/mail/mailer.ts';
import { translate } from '../../shared/i18n/translate.ts';

/** The pulse invitation: the single-use link and the anonymity promise, in the recipient's language. */
export function pulseMail(
  to: { email: string; language: string },
  run: { url: string; business: string; threshold: number; closesAt: Date },
): Mail {
  const date = new Intl.DateTimeFormat(to.language, { dateStyle: 'long', timeZone: 'UTC' }).format(run.closesAt);
  return {
    to: to.email,
    subject: translate(to.language, 'voice.email.pulse.subject', { business: run.business }),
    text: translate(to.language, 'voice.email.pulse.body', {
      business: run.business,
      t: run.threshold,
      url: run.url,
      date,
    }),
  };
}
