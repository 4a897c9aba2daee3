import { createHmac, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  deliveryHeaders,
  newWebhookSecret,
  parseSignatureHeader,
  secretKey,
  sign,
  signatureHeader,
  verifySignature,
  webhookUrlProblem,
} from './signing.ts';

const secret = 'whsec_test-secret';
const body = '{"id":"e1","type":"response.created","data":{"comment":"долго ждали"}}';
const now = new Date('2026-05-01T10:00:00Z');
const t = now.getTime() / 1000;

describe('webhook signatures', () => {
  it('is HMAC-SHA256 of "<t>.<body>" in hex, as documented', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');
    expect(sign(secret, t, body)).toBe(expected);
    expect(signatureHeader([secret], t, body)).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies its own headers and refuses a changed body, another secret or an old timestamp', () => {
    const header = signatureHeader([secret], t, body);
    expect(verifySignature({ header, body, secret, now })).toBe(true);
    expect(verifySignature({ header, body: body.replace('ждали', 'ждал'), secret, now })).toBe(false);
    expect(verifySignature({ header, body, secret: 'whsec_other', now })).toBe(false);
    expect(verifySignature({ header, body, secret, now: new Date(now.getTime() + 301_000) })).toBe(false);
    expect(verifySignature({ header, body, secret, now: new Date(now.getTime() + 299_000) })).toBe(true);
  });

  it('carries one v1 per valid secret while a rotation is in its grace period', () => {
    const header = signatureHeader(['whsec_new', 'whsec_old'], t, body);
    expect(parseSignatureHeader(header)?.signatures).toHaveLength(2);
    expect(verifySignature({ header, body, secret: 'whsec_new', now })).toBe(true);
    expect(verifySignature({ header, body, secret: 'whsec_old', now })).toBe(true);
  });

  it('refuses malformed headers without throwing', () => {
    for (const header of [
      '',
      't=abc,v1=00',
      `v1=${'a'.repeat(64)}`,
      `t=${t}`,
      `t=${t},v1=${'z'.repeat(64)}`,
      `t=${t},v1=${'a'.repeat(63)}`,
    ]) {
      expect(verifySignature({ header, body, secret, now }), header).toBe(false);
    }
  });

  it('builds the delivery headers with the same timestamp in Zabota-Timestamp and the signature', () => {
    const h = deliveryHeaders({ eventId: 'e1', eventType: 'response.created', body, secrets: [secret], now });
    expect(h).toMatchObject({
      'zabota-event-id': 'e1',
      'zabota-event': 'response.created',
      'zabota-timestamp': String(t),
    });
    expect(verifySignature({ header: h['zabota-signature']!, body, secret, now })).toBe(true);
  });

  it('makes long random secrets with a recognisable prefix', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secretKey(a)).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });
});

describe('Standard Webhooks', () => {
  const standard = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

  it('signs id.timestamp.body with the secret bytes, as the reference library does', () => {
    const h = deliveryHeaders({ eventId: 'msg_1', eventType: 'ping', body, secrets: [standard], now });
    expect(h['webhook-id']).toBe('msg_1');
    expect(h['webhook-timestamp']).toBe(String(t));
    expect(h['webhook-signature']).toBe(new Webhook(standard).sign('msg_1', now, body));
  });

  it('keeps a secret issued in URL-safe base64 working: the same bytes in the standard alphabet verify', () => {
    const legacy = 'whsec_' + Buffer.alloc(32, 0xfb).toString('base64url');
    expect(legacy).toMatch(/[-_]/);
    const h = deliveryHeaders({ eventId: 'e2', eventType: 'ping', body, secrets: [legacy], now: new Date() });
    const converted = 'whsec_' + Buffer.from(legacy.slice(6), 'base64url').toString('base64');
    expect(new Webhook(converted).verify(body, h)).toMatchObject({ id: 'e1' });
    expect(verifySignature({ header: h['zabota-signature']!, body, secret: legacy })).toBe(true);
  });
});

/** The receiver's snippet from the README and signing.ts, verbatim. */
function verifyZabota(rawBody: string, header: string, secret: string, toleranceSeconds = 300) {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  return parts.some(([k, v]) => k === 'v1' && v!.length === 64 && timingSafeEqual(Buffer.from(v!, 'hex'), expected));
}

describe('the documented receiver snippet', () => {
  it('accepts what we send and refuses a tampered body or another secret', () => {
    const h = deliveryHeaders({
      eventId: 'e1',
      eventType: 'response.created',
      body,
      secrets: ['whsec_new', secret],
      now: new Date(),
    });
    expect(verifyZabota(body, h['zabota-signature']!, secret)).toBe(true);
    expect(verifyZabota(body, h['zabota-signature']!, 'whsec_new')).toBe(true);
    expect(verifyZabota(body + ' ', h['zabota-signature']!, secret)).toBe(false);
    expect(verifyZabota(body, h['zabota-signature']!, 'whsec_x')).toBe(false);
  });
});

describe('webhook URLs', () => {
  it('takes https anywhere and plain http only to this machine', () => {
    expect(webhookUrlProblem('https://hooks.example.com/zabota?x=1')).toBeNull();
    expect(webhookUrlProblem('http://localhost:3000/hook')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook')).toBeNull();
    expect(webhookUrlProblem('http://example.com/hook')).toMatch(/https/);
    expect(webhookUrlProblem('ftp://example.com/hook')).toMatch(/https/);
    expect(webhookUrlProblem('https://user:pw@example.com/')).toMatch(/password/);
    expect(webhookUrlProblem('not a url')).toMatch(/absolute URL/);
  });
});
