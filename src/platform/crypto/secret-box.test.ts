import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretBox, loadSecretKey } from './secret-box.ts';

describe('secret box', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const sealed = box.seal('123456:bot-token-Ж');
    expect(sealed).not.toContain('bot-token');
    expect(box.open(sealed)).toBe('123456:bot-token-Ж');
    expect(box.seal('x')).not.toBe(box.seal('x'));
  });

  it('refuses another key and an altered value', () => {
    const sealed = box.seal('secret');
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow();
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => box.open(`v1:${raw.toString('base64')}`)).toThrow();
    expect(() => box.open('plain')).toThrow();
  });

  it('creates a key file with mode 0600 once and reads it back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-key-'));
    const first = loadSecretKey({ ZABOTA_DATA_DIR: dir });
    expect(first).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ ZABOTA_DATA_DIR: dir }).equals(first)).toBe(true);
    const env = randomBytes(32);
    expect(loadSecretKey({ ZABOTA_SECRET_KEY: env.toString('base64') }).equals(env)).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});
