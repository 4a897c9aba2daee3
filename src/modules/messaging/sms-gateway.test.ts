import { describe, expect, it } from 'vitest';
import { SMS_PRESETS } from './messaging.contract.ts';
import { buildSmsRequest, providerIdOf } from './sms-gateway.ts';
import { readReport } from './sms-hook.ts';

const values = {
  to: '+359 888 000',
  text: 'Как мы справились? https://z.example/s/a&b',
  sender: 'Clinic',
  secret: 'k"1',
};

describe('SMS gateway template', () => {
  it('escapes each placeholder for where it stands', () => {
    const get = buildSmsRequest({ ...SMS_PRESETS.smsru, headers: {} }, values);
    expect(get.method).toBe('GET');
    expect(get.body).toBeUndefined();
    const url = new URL(get.url);
    expect(url.searchParams.get('msg')).toBe(values.text);
    expect(url.searchParams.get('to')).toBe(values.to);
    expect(url.searchParams.get('api_id')).toBe(values.secret);

    const form = buildSmsRequest({ ...SMS_PRESETS.twilio }, values);
    expect(form.headers.authorization).toBe('Basic k"1');
    expect(new URLSearchParams(form.body).get('Body')).toBe(values.text);

    const json = buildSmsRequest(
      {
        url: 'https://gw.example/send',
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"to":"{to}","text":"{text}","key":"{secret}"}',
      },
      values,
    );
    expect(JSON.parse(json.body!)).toEqual({ to: values.to, text: values.text, key: values.secret });
  });

  it('keeps line breaks out of headers', () => {
    const r = buildSmsRequest(
      { url: 'https://gw.example', headers: { 'x-key': '{secret}' } },
      { ...values, secret: 'a\r\nX-Evil: 1' },
    );
    expect(r.headers['x-key']).toBe('a  X-Evil: 1');
  });

  it('finds the message id in Twilio, SMS.ru and plain answers', () => {
    expect(providerIdOf('{"sid":"SM1"}')).toBe('SM1');
    expect(providerIdOf('{"status":"OK","sms":{"79251234567":{"status":"OK","sms_id":"000000-10000000"}}}')).toBe(
      '000000-10000000',
    );
    expect(providerIdOf('{"id":7}')).toBe('7');
    expect(providerIdOf('OK')).toBeNull();
  });

  it('reads delivery reports', () => {
    expect(readReport({ MessageSid: 'SM1', MessageStatus: 'delivered' })).toEqual({
      id: 'SM1',
      raw: 'delivered',
      status: 'delivered',
    });
    expect(readReport({ id: 'x', status: 'undelivered' })?.status).toBe('failed');
    expect(readReport({ id: 'x', status: 'sent' })?.status).toBeNull();
    expect(readReport({ status: 'sent' })).toBeNull();
  });
});
