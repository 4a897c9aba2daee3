import { Link } from 'wouter';
import { isLoopbackUrl } from '../../../shared/loopback.ts';
import { useT } from './i18n.tsx';

/** Says so before anyone prints a QR code or embeds a widget that only this machine can open. */
export function LoopbackWarning({ url }: { url: string }) {
  const t = useT();
  if (!isLoopbackUrl(url)) return null;
  return (
    <div className="alert alert-warning" role="alert" data-testid="loopback-warning">
      <strong>{t('web.loopback.title')}</strong> <span>{t('web.loopback.body', { url: new URL(url).origin })}</span>{' '}
      <Link href="/settings">{t('web.loopback.settings')}</Link>
    </div>
  );
}
