import type { FastifyRequest } from 'fastify';

/** Links we send out (invitations, surveys) use ZABOTA_PUBLIC_URL, else the address the caller used. */
export function publicBaseUrl(req: FastifyRequest, configured: string | undefined): string {
  if (configured) return configured.replace(/\/$/, '');
  return `${req.protocol}://${req.host}`;
}
