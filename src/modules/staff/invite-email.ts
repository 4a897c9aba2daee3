import type { Mail } from '../../platform/mail/mailer.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { Language } from '../../shared/domain.ts';

export function inviteEmail(p: { to: string; name: string; url: string; language: Language }): Mail {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) => translate(p.language, key, vars);
  return {
    to: p.to,
    subject: t('email.invite.subject'),
    text: `${t('email.invite.greeting', { name: p.name })}\n\n${t('email.invite.body')}\n\n${p.url}\n\n${t('email.invite.expires')}`,
  };
}
