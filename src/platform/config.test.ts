import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('proxy trust', () => {
  it('believes no forwarded header unless the operator names a hop count or the proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ ZABOTA_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ZABOTA_TRUST_PROXY: '10.0.0.2, 192.168.0.0/16' }).trustProxy).toEqual([
      '10.0.0.2',
      '192.168.0.0/16',
    ]);
    expect(() => loadConfig({ ZABOTA_TRUST_PROXY: 'true' })).toThrow(/ZABOTA_TRUST_PROXY/);
  });
});
