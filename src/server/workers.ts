import type { JobHandlers } from './platform/jobs/jobs.ts';
import type { Mailer } from './platform/mail/mailer.ts';

/** What each background job does; the server and the tests start workers with this map. */
export function jobHandlers(deps: { mailer: Mailer }): JobHandlers {
  return {
    'mail.send': async (mail) => {
      await deps.mailer.send(mail);
    },
  };
}
