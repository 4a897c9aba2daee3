import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  ZABOTA_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  ZABOTA_PUBLIC_URL: z.string().url().optional(),
  ZABOTA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ZABOTA_LOG_FORMAT: z.enum(['text', 'json']).optional(),
  ZABOTA_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ZABOTA_ROLE: z.enum(['web', 'worker', 'all']).default('all'),
  ZABOTA_TRUST_PROXY: z
    .string()
    .regex(
      /^(\d{1,2}|[0-9a-fA-F:.\/]+(\s*,\s*[0-9a-fA-F:.\/]+)*)$/,
      'a hop count (e.g. 1) or a list of proxy addresses',
    )
    .optional(),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A streaming replica the dashboard's figures are read from (metrics routes); the primary when unset. */
  databaseReadUrl: string | undefined;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['ZABOTA_LOG_LEVEL'];
  /** Text for a person at a terminal, JSON lines otherwise (or when ZABOTA_LOG_FORMAT=json). */
  logFormat: 'text' | 'json';
  poolSize: number;
  /**
   * What this process does when several share one database: `web` serves HTTP and only enqueues
   * jobs, `worker` runs the job workers and background sweepers without listening, `all` both.
   */
  role: 'web' | 'worker' | 'all';
  /**
   * Whose X-Forwarded-For / -Proto to believe: none by default (the client address is the socket's),
   * a hop count, or the proxies' addresses. Believing everyone would let any client pick its address.
   */
  trustProxy: false | number | string[];
};

export function parseTrustProxy(raw: string | undefined): Config['trustProxy'] {
  if (!raw) return false;
  if (/^\d+$/.test(raw)) return Number(raw) || false;
  return raw.split(',').map((a) => a.trim());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, tty = Boolean(process.stdout.isTTY)): Config {
  // An empty variable (DATABASE_URL= in a shell or .env) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.ZABOTA_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    publicUrl: e.ZABOTA_PUBLIC_URL,
    logLevel: e.ZABOTA_LOG_LEVEL,
    logFormat: e.ZABOTA_LOG_FORMAT ?? (tty ? 'text' : 'json'),
    poolSize: e.ZABOTA_DB_POOL_SIZE,
    role: e.ZABOTA_ROLE,
    trustProxy: parseTrustProxy(e.ZABOTA_TRUST_PROXY),
  };
}
