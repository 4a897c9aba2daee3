import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Secrets an owner types into the dashboard (bot tokens, SMTP passwords, connector tokens) are stored
 * sealed with AES-256-GCM, so a database dump or backup alone does not give them away. The key comes
 * from ZABOTA_SECRET_KEY (32 bytes, base64) or, on a single machine, from `<data dir>/secret.key`,
 * created on first use with mode 0600. Several processes must share ZABOTA_SECRET_KEY.
 */
export type SecretBox = {
  seal(plain: string): string;
  /** Throws when the value was sealed with another key or was altered. */
  open(sealed: string): string;
};

const VERSION = 'v1';

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes (base64 of 32 random bytes).');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(sealed) {
      const [version, data] = sealed.split(':');
      if (version !== VERSION || !data) throw new Error('Not a sealed secret.');
      const raw = Buffer.from(data, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

export function loadSecretKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.ZABOTA_SECRET_KEY) return Buffer.from(env.ZABOTA_SECRET_KEY, 'base64');
  const file = path.resolve(env.ZABOTA_DATA_DIR || './data', 'secret.key');
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const key = randomBytes(32);
    // 'wx' fails if another process created it meanwhile; read theirs then.
    try {
      fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
      return key;
    } catch {
      return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    }
  }
}

let box: SecretBox | undefined;
/** The process's box, from loadSecretKey(); server and workers both read it. */
export const secretBox = (): SecretBox => (box ??= createSecretBox(loadSecretKey()));
