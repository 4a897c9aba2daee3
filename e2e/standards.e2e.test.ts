import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('standards: audit → training → re-audit', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('an audit on a phone fails two items, the quiz is passed, the re-audit holds only those items, and compliance moves', async () => {
    const { context, page } = await openAsNewOwner(ba, { width: 390, height: 844 });
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    const locationId = (await api.post('/api/v1/locations', { name: 'Sofia centre' })).json().id as string;
    const tp = (await api.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' })).json();
    const staff = (
      await api.post('/api/v1/staff', {
        name: 'Mila',
        email: 'mila@example.com',
        role: 'staff',
        locationIds: [locationId],
        sendInvite: false,
      })
    ).json();
    const quiz = [
      {
        id: 'q1',
        kind: 'single',
        text: { en: 'When?' },
        options: [
          { id: 'a', text: { en: 'Always' } },
          { id: 'b', text: { en: 'Sometimes' } },
        ],
        correct: ['a'],
      },
    ];
    for (const title of ['Greet within 10 seconds', 'Use the name']) {
      const s = (await api.post('/api/v1/standards', { touchpointId: tp.id, title: { en: title } })).json();
      await api.post('/api/v1/lessons', { standardId: s.id, title: { en: title }, quiz });
    }

    // The third standard and the checklist are written in the editor, on the phone.
    await page.goto('/standards');
    await page.getByRole('button', { name: 'Add a standard' }).click();
    await page.getByLabel('Touchpoint').selectOption({ label: 'Reception' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Write it in at least one language').count()).toBe(1);
    await page.getByLabel('Standard', { exact: true }).fill('Desk tidy');
    await page.getByLabel('What good looks like').fill('Nothing on the desk but the guest book');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('li[data-standard]').count()).toBe(3);
    await page.getByRole('button', { name: 'Add a checklist' }).click();
    await page.getByLabel('Name').fill('Reception walk-through');
    await page.getByLabel('Touchpoint').selectOption({ label: 'Reception' });
    const titles = ['Greet within 10 seconds', 'Use the name', 'Desk tidy'];
    for (const [n, title] of titles.entries()) {
      if (n > 0) await page.getByRole('button', { name: 'Add an item' }).click();
      const draft = page.locator(`li[data-draft="${n}"]`);
      await draft.getByLabel('Standard').selectOption({ label: title });
      await draft.getByLabel('Weight').selectOption('2');
      if (title === 'Desk tidy') await draft.getByLabel('N/A allowed').uncheck();
    }
    await screenshot(page, 'standards-checklist-editor-phone');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('li[data-checklist]').textContent())
      .toMatch(/Reception walk-through.*3 items/);
    const checklist = (await api.get('/api/v1/checklists')).json().items[0] as {
      items: { id: string; text: { en: string }; weight: number; naAllowed: boolean }[];
    };
    expect(checklist.items.map((i) => [i.text.en, i.weight, i.naAllowed])).toEqual([
      [titles[0], 2, true],
      [titles[1], 2, true],
      [titles[2], 2, false],
    ]);
    const [greet, name, desk] = checklist.items.map((i) => i.id) as [string, string, string];

    // The audit on a phone: each tap is saved as it is given.
    await page.goto('/audits');
    await expect.poll(() => page.getByLabel('Checklist').locator('option').count()).toBe(1);
    await expect.poll(() => page.getByLabel('Location').locator('option').count()).toBe(1);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.url()).toMatch(/\/audits\/[0-9a-f-]{36}$/);
    const tap = async (item: string, label: string) => {
      const button = page.locator(`li[data-item="${item}"]`).getByRole('button', { name: label, exact: true });
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    };
    await tap(greet, 'Fail');
    await tap(name, 'Fail');
    await tap(desk, 'Pass');
    // "Desk tidy" always applies: no N/A for it.
    expect(await page.locator(`li[data-item="${desk}"]`).getByRole('button', { name: 'N/A' }).count()).toBe(0);
    // A photo of the tidy desk, kept with the answer and shown in the audit.
    const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('desk')]);
    await page
      .locator(`li[data-item="${desk}"] input[type=file]`)
      .setInputFiles({ name: 'desk.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => page.locator(`li[data-item="${desk}"] img`).count()).toBe(1);
    await page
      .locator(`li[data-item="${desk}"] input[type=file]`)
      .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await expect.poll(() => page.locator(`li[data-item="${desk}"] [role=alert]`).textContent()).toMatch(/not a photo/);
    await screenshot(page, 'standards-audit-phone');
    await page.getByRole('button', { name: 'Submit the audit' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Score 33\.3%.*Failed.*2 lessons assigned/);

    await page.goto('/audits');
    const row = page.locator(`tr[data-key="${tp.id}"] td.compliance`);
    await expect.poll(() => row.textContent()).toBe('33.3%');

    // The staff member passes both quizzes; the second pass schedules the re-audit.
    const staffApi = ba.app.as(await ba.app.keyFor(me.org.id, 'staff', staff.id));
    const assignments = (await staffApi.get('/api/v1/training-assignments')).json().items as { id: string }[];
    expect(assignments).toHaveLength(2);
    let reauditId: string | null = null;
    for (const a of assignments) {
      const r = (
        await staffApi.post(`/api/v1/training-assignments/${a.id}/attempts`, { answers: { q1: ['a'] } })
      ).json();
      expect(r.passed).toBe(true);
      reauditId = r.reauditId ?? reauditId;
    }
    expect(reauditId).toBeTruthy();

    await page.goto('/audits');
    await page.getByRole('link', { name: /Re-audit of failed items/ }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/audits/${reauditId}$`));
    await expect.poll(() => page.locator('li[data-item]').count()).toBe(2);
    expect(await page.locator(`li[data-item="${desk}"]`).count()).toBe(0);
    await tap(greet, 'Pass');
    await tap(name, 'Pass');
    await page.getByRole('button', { name: 'Submit the audit' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Score 100%.*Passed/);

    // (0 + 0 + 2 + 2 + 2) / (2 + 2 + 2 + 2 + 2): the figure beside the touchpoint's NPS moves.
    await page.goto('/audits');
    await expect.poll(() => row.textContent()).toBe('60%');
    await screenshot(page, 'standards-compliance');
    // Over time (by month, with n) and training by person: Mila was assigned two lessons and passed both.
    await expect.poll(() => page.getByTestId('compliance-trend').count()).toBe(1);
    await page.goto('/training');
    const mila = page.locator(`tr[data-staff="${staff.id}"] td`);
    await expect.poll(async () => (await mila.allTextContents()).join(' ')).toBe('2 2 0 100%');
  });
});
