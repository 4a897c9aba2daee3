import { formatMoney } from './format.ts';
import { useI18n } from './i18n.tsx';
import { useSession } from './session.tsx';

/** Money in the reader's language and the organisation's currency (or the amount's own, when it has one). */
export function useMoney(): (amount: number | null, currency?: string | null) => string {
  const { language } = useI18n();
  const { me } = useSession();
  return (amount, currency) => formatMoney(amount, currency ?? me.org.currency, language);
}
