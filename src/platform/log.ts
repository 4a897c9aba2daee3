import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * The server's log. Text a person reads on a terminal ("12:04:05 Zabota is running at …"), JSON
 * lines for a log collector when output is not a terminal or ZABOTA_LOG_FORMAT=json.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  out: NodeJS.WritableStream = process.stdout,
) {
  if (config.logFormat === 'json') return pino({ level: config.logLevel }, out);
  return pino({ level: config.logLevel }, { write: (line: string) => void out.write(textLine(line)) });
}

/** One pino JSON line as text: time, the level unless info, the message, and an error's stack. */
export function textLine(json: string): string {
  const entry = JSON.parse(json) as { time: number; level: number; msg?: string; err?: { stack?: string } };
  const time = new Date(entry.time).toTimeString().slice(0, 8);
  const label = pino.levels.labels[entry.level] ?? String(entry.level);
  const level = label === 'info' ? '' : `${label.toUpperCase()} `;
  const stack = entry.err?.stack ? `\n${entry.err.stack}` : '';
  return `${time} ${level}${entry.msg ?? ''}${stack}\n`;
}

/**
 * Requests at debug, one line each when the response is sent ("GET /api/v1/cases 200 12 ms"): at
 * the default level the log holds what a person running Zabota needs, not every click.
 */
export class QuietRequests extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(request: FastifyRequest): void {
    request.log.debug(`${request.method} ${request.url}: no such route`);
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = `${request.method} ${request.url} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`;
    if (error) reply.log.error({ err: error }, line);
    else reply.log.debug(line);
  }
}
