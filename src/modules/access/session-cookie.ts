import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, SESSION_TTL_MS } from './access.service.ts';

/**
 * HttpOnly, SameSite=Lax, and Secure when the operator's public URL is https (not from a header a
 * client could send), or when this very connection is TLS.
 */
export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  publicUrl: string | undefined,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl ? publicUrl.startsWith('https:') : 'encrypted' in req.raw.socket && !!req.raw.socket.encrypted,
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
