import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { PHOTO_MAX_BYTES } from './photo-type.ts';

/** Photos on audit answers: kept in the database, checked by size and content, visible with the audit. */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let locationId: string;
let checklist: { id: string; items: { id: string }[] };

const PNG = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('pixels of a tidy desk')]);
const multipart = (field: string, bytes: Buffer, filename = 'desk.png', type = 'image/png') => {
  const boundary = '----zabota-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};
const upload = (as: typeof org.as, auditId: string, itemId: string, body: ReturnType<typeof multipart>) =>
  as.call('POST', `/api/v1/audits/${auditId}/answers/${itemId}/photos`, body.payload, body.headers);
const photoRows = async (auditId: string) =>
  (await t.database.pool.query(`select count(*)::int as n from audit_photos where audit_id = $1`, [auditId])).rows[0]
    .n as number;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Photo cafe');
  locationId = (await org.as.post('/api/v1/locations', { name: 'Harbour' })).json().id;
  checklist = (
    await org.as.post('/api/v1/checklists', { name: 'Closing', items: [{ text: { en: 'Tables wiped' } }] })
  ).json();
});
afterAll(() => t.close());

const newAudit = async () =>
  (await org.as.post('/api/v1/audits', { checklistId: checklist.id, locationId, kind: 'manager' })).json().id as string;

describe('audit photos', () => {
  it('keeps a photo with its answer and shows it with the audit', async () => {
    const auditId = await newAudit();
    const item = checklist.items[0]!.id;
    const res = await upload(org.as, auditId, item, multipart('photo', PNG));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ itemId: item, contentType: 'image/png', size: PNG.length });
    const audit = (await org.as.get(`/api/v1/audits/${auditId}`)).json();
    expect(audit.photos).toEqual([expect.objectContaining({ id: res.json().id, itemId: item })]);
    const got = await org.as.get(`/api/v1/audit-photos/${res.json().id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.equals(PNG)).toBe(true);

    // Gone from an open audit on request; final once the audit is submitted.
    expect((await org.as.delete(`/api/v1/audit-photos/${res.json().id}`)).statusCode).toBe(200);
    expect(await photoRows(auditId)).toBe(0);
    const again = (await upload(org.as, auditId, item, multipart('photo', PNG))).json();
    await org.as.call('PUT', `/api/v1/audits/${auditId}/answers/${item}`, { result: 'pass' });
    await org.as.post(`/api/v1/audits/${auditId}/submit`);
    expect((await upload(org.as, auditId, item, multipart('photo', PNG))).statusCode).toBe(409);
    expect((await org.as.delete(`/api/v1/audit-photos/${again.id}`)).statusCode).toBe(409);
    expect(await photoRows(auditId)).toBe(1);
  });

  it('answers 413 over the limit and 415 for what is not a photo, with the field, and stores nothing', async () => {
    const auditId = await newAudit();
    const item = checklist.items[0]!.id;
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(PHOTO_MAX_BYTES)]);
    const tooBig = await upload(org.as, auditId, item, multipart('photo', big, 'big.jpg', 'image/jpeg'));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'payload_too_large', fields: { photo: 'Larger than 5 MB' } });
    const pdf = await upload(org.as, auditId, item, multipart('photo', Buffer.from('%PDF-1.7 …'), 'x.png'));
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.fields).toHaveProperty('photo');
    const json = await org.as.post(`/api/v1/audits/${auditId}/answers/${item}/photos`, { photo: 'base64…' });
    expect(json.statusCode).toBe(415);
    const wrongField = await upload(org.as, auditId, item, multipart('picture', PNG));
    expect(wrongField.statusCode).toBe(415);
    expect(wrongField.json().error.fields.photo).toMatch(/field "photo"/);
    expect(await photoRows(auditId)).toBe(0);
  });

  it('keeps photos to the people who may see the audit', async () => {
    const auditId = await newAudit();
    const item = checklist.items[0]!.id;
    const id = (await upload(org.as, auditId, item, multipart('photo', PNG))).json().id;
    const elsewhere = (await org.as.post('/api/v1/locations', { name: 'Elsewhere' })).json().id;
    const outsider = (
      await org.as.post('/api/v1/staff', {
        name: 'Out',
        email: 'out@photo.example',
        role: 'staff',
        locationIds: [elsewhere],
        sendInvite: false,
      })
    ).json().id;
    const staff = t.as(await t.keyFor(org.orgId, 'staff', outsider));
    expect((await staff.get(`/api/v1/audit-photos/${id}`)).statusCode).toBe(404);
    expect((await upload(staff, auditId, item, multipart('photo', PNG))).statusCode).toBe(404);
    expect((await staff.delete(`/api/v1/audit-photos/${id}`)).statusCode).toBe(404);
    expect(await photoRows(auditId)).toBe(1);
  });
});
