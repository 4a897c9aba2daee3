import type { FastifyRequest } from 'fastify';

/**
 * Links we send out (invitations, surveys, QR codes) use the organisation's own public URL, else
 * ZABOTA_PUBLIC_URL, else the address the caller used.
 */
export function publicBaseUrl(req: FastifyRequest, configured: string | undefined): string {
  const own = req.actor?.publicUrl ?? configured;
  if (own) return own.replace(/\/$/, '');
  return `${req.protocol}://${req.host}`;
}
