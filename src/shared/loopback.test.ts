import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from './loopback.ts';

describe('isLoopbackUrl', () => {
  it('knows the addresses only this machine reaches', () => {
    for (const u of [
      'http://127.0.0.1:3000/s/x',
      'http://localhost/s',
      'http://[::1]:8080/',
      'http://app.localhost',
      'http://127.1.2.3',
    ])
      expect(isLoopbackUrl(u), u).toBe(true);
    for (const u of [
      'https://feedback.example.com/s/x',
      'http://192.168.1.20:3000/',
      'not a url',
      'http://localhost.example.com',
    ])
      expect(isLoopbackUrl(u), u).toBe(false);
  });
});
