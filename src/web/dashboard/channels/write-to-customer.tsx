import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, TextArea } from '../lib/ui.tsx';
import { useSendCaseMessage } from './hooks.ts';

/** The case owner answers the customer on the messenger they wrote on (or can be reached on); it lands on the timeline. */
export function WriteToCustomer({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const send = useSendCaseMessage(caseId);
  const errors = fieldErrors(send.error);
  return (
    <form
      className="form"
      data-testid="write-to-customer"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        send.mutate(String(new FormData(form).get('text') ?? '').trim(), { onSuccess: () => form.reset() });
      }}
    >
      <TextArea name="text" label={t('web.channels.writeTitle')} rows={2} maxLength={4000} error={errors.text} />
      <ErrorBanner error={errors.text ? null : send.error} />
      <button type="submit" className="btn" disabled={send.isPending}>
        {t('web.channels.writeSend')}
      </button>
      {send.isSuccess ? <span role="status">{t('web.channels.writeSent')}</span> : null}
    </form>
  );
}
