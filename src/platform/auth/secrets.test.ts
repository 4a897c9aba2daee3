import { describe, expect, it } from 'vitest';
import { hashPassword, newToken, sha256, verifyPassword } from './secrets.ts';

// scrypt is slow on purpose (~50 ms a hash on a quiet machine). On a loaded 2-core machine, next to the
// other unit workers, three hashes took over the default 5 s: the work is slow, not stuck.
const HASHING = { timeout: 30_000 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', HASHING, async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('salts: the same password hashes differently each time', HASHING, async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});

describe('tokens', () => {
  it('are long, random and prefixed', () => {
    const a = newToken('zb_');
    expect(a.startsWith('zb_')).toBe(true);
    expect(a.length).toBeGreaterThan(40);
    expect(newToken()).not.toBe(newToken());
    expect(sha256('a')).toHaveLength(64);
  });
});
