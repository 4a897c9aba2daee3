import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startYclients, type YclientsFake } from '../test/support/yclients-server.ts';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

const PARTNER = 'partner-token-e2e-1';
const USER = 'user-token-e2e-2';
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('connectors', () => {
  let ba: BrowserApp;
  let yc: YclientsFake;
  beforeAll(async () => {
    ba = await startBrowserApp();
    yc = await startYclients({
      partnerToken: PARTNER,
      userToken: USER,
      companies: [
        {
          id: 101,
          title: 'Центр',
          staff: [{ id: 11, name: 'Мария' }],
          services: [
            { id: 21, title: 'Стрижка' },
            { id: 23, title: 'Маникюр' },
          ],
        },
        { id: 102, title: 'Салон на Ленина', staff: [], services: [{ id: 22, title: 'Окрашивание волос' }] },
      ],
    });
    const visit = (id: number, company: number, service: { id: number; title: string }, hour: number) =>
      yc.put({
        id,
        company_id: company,
        staff_id: 11,
        staff: { id: 11, name: 'Мария' },
        services: [{ ...service, cost: 2000 }],
        client: { id: id + 100, name: `Клиент ${id}`, phone: '+7 900 000 00 00', email: `client${id}@example.com` },
        datetime: `${yesterday}T${hour}:00:00+03:00`,
        attendance: 1,
      });
    visit(1, 101, { id: 21, title: 'Стрижка' }, 10);
    visit(2, 101, { id: 23, title: 'Маникюр' }, 11);
    visit(3, 102, { id: 22, title: 'Окрашивание волос' }, 12);
  });
  afterAll(async () => {
    await ba?.close();
    await yc?.stop();
  });

  it('the owner connects YCLIENTS, maps two branches and three services, syncs, and sees the visits and their invitations', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const csrf = ((await (await context.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken;
    const api = async (path: string, data: unknown) =>
      (await context.request.post(`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrf } })).json();
    const center = await api('/locations', { name: 'Центр' });
    const north = await api('/locations', { name: 'North branch' });
    const haircut = await api('/touchpoints', { name: 'Стрижка', kind: 'service', stage: 'service' });
    const nails = await api('/touchpoints', { name: 'Маникюр', kind: 'service', stage: 'service' });
    const colour = await api('/touchpoints', { name: 'Colouring', kind: 'service', stage: 'service' });
    await api('/surveys', {
      name: 'After the visit',
      languages: ['en'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend us?' }, required: true }],
      touchpointIds: [haircut.id, nails.id, colour.id],
      settings: { triggerDelayHours: 0 },
    });

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Connectors' }).click();
    await page.getByRole('heading', { name: 'Connectors', level: 1 }).waitFor();
    await page.getByText('Nothing connected yet.').waitFor();

    await page.getByLabel('Source').selectOption('yclients');
    await page.getByLabel('Name', { exact: true }).fill('Our YCLIENTS');
    await page.getByLabel('API address').fill(yc.url);
    await page.getByLabel('Company (branch) ids').fill('101, 102');
    await page.getByLabel('Partner token').fill(PARTNER);
    await page.getByLabel('User token').fill(USER);
    await page.getByLabel('Clients agreed to service e-mails').check();
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/connectors') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    expect((await created).status()).toBe(201);
    const card = page.getByTestId('connector');
    await card.getByText('Not synced yet').waitFor();

    // The mapping screen: what matched by name is preselected; the owner maps the rest.
    await card.getByRole('button', { name: 'Mapping' }).click();
    const mapping = card.getByTestId('connector-mapping');
    // The selects get their options (locations, touchpoints) from their own queries: poll until they are in.
    await expect.poll(() => mapping.getByLabel('Центр').inputValue()).toBe(center.id);
    await expect.poll(() => mapping.getByLabel('Стрижка').inputValue()).toBe(haircut.id);
    await expect.poll(() => mapping.getByLabel('Маникюр').inputValue()).toBe(nails.id);
    expect(await mapping.getByLabel('Салон на Ленина').inputValue()).toBe('');
    const saved = () => page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 200);
    let done = saved();
    await mapping.getByLabel('Салон на Ленина').selectOption(north.id);
    await done;
    done = saved();
    await mapping.getByLabel('Окрашивание волос').selectOption(colour.id);
    await done;
    await mapping.getByText('set by you').first().waitFor();
    await screenshot(page, 'connectors-mapping');

    await card.getByRole('button', { name: 'Sync now' }).click();
    const runs = card.getByTestId('connector-runs');
    await runs.getByRole('cell', { name: 'OK' }).waitFor();
    expect(await runs.locator('td[data-label="Created"]').first().textContent()).toBe('3');
    await card.getByText('Working').waitFor();
    await screenshot(page, 'connectors-synced');

    await nav.getByRole('link', { name: 'Interactions' }).click();
    await page.getByRole('heading', { name: 'Interactions', level: 1 }).waitFor();
    for (const [place, service] of [
      ['Центр', 'Стрижка'],
      ['Центр', 'Маникюр'],
      ['North branch', 'Colouring'],
    ])
      await page.getByRole('row').filter({ hasText: place }).filter({ hasText: service }).first().waitFor();

    // Each visit triggered its survey invitation, as an imported one would. A background job writes them
    // just after the sync: wait for all three before opening the customer, whose list is read once.
    await expect
      .poll(
        async () =>
          ((await (await context.request.get('/api/v1/invitations')).json()) as { items: unknown[] }).items.length,
      )
      .toBe(3);
    await nav.getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('link', { name: 'Клиент 3' }).click();
    await page.getByRole('cell', { name: 'After the visit' }).waitFor();
    await screenshot(page, 'connectors-invitation');
  });
});
