import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, OWNER, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

// Headers as a Bulgarian clinic's spreadsheet has them; one row has a broken email.
const CSV = [
  'Име,Имейл,Телефон,Източник,Вътрешна бележка',
  'Мария Иванова,maria@example.com,+359 88 123 4567,Google,VIP',
  'Георги Петров,not-an-email,+359 87 765 4321,Instagram,',
  'Елена Димитрова,elena@example.com,,Google,',
].join('\n');

describe('CSV import', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('imports customers: mapping, preview with row errors, import, summary', async () => {
    const { page } = await openAsNewOwner(ba);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import from CSV' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Customers' }).getAttribute('aria-checked')).toBe('true');

    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Preview' }).click();

    // The mapping is guessed from the headers; the unknown column is left out.
    const summary = page.getByTestId('preview-summary');
    await summary.filter({ hasText: 'Rows in the file: 3. Rows with errors: 1.' }).waitFor();
    expect(await page.getByTestId('mapping-Име').inputValue()).toBe('name');
    expect(await page.getByTestId('mapping-Имейл').inputValue()).toBe('email');
    expect(await page.getByTestId('mapping-Източник').inputValue()).toBe('acquisitionChannel');
    expect(await page.getByTestId('mapping-Вътрешна бележка').inputValue()).toBe('');

    // Map the extra column by hand and check the preview again.
    await page.getByTestId('mapping-Вътрешна бележка').selectOption('notes');
    const previewed = page.waitForResponse((r) => r.url().endsWith('/api/v1/imports/customers/preview'));
    await page.getByRole('button', { name: 'Update preview' }).click();
    const previewRequest = (await previewed).request().postDataJSON() as { mapping: Record<string, string> };
    expect(previewRequest.mapping['Вътрешна бележка']).toBe('notes');
    const preview = page.getByTestId('import-preview');
    await preview.getByRole('columnheader', { name: 'Notes' }).waitFor();
    const badRow = preview.getByRole('row').filter({ hasText: 'Георги Петров' });
    expect(await badRow.getAttribute('class')).toContain('row-error');
    expect(await badRow.locator('.cell-error').count()).toBe(1);
    // The refused value itself is shown, not a dash.
    expect(await badRow.locator('.cell-invalid-value').textContent()).toBe('not-an-email');
    await screenshot(page, 'import-preview-desktop');

    await page.getByRole('button', { name: 'Import (rows: 2)' }).click();
    const result = page.getByTestId('import-summary');
    await result.waitFor();
    const stats = await result.locator('.stats li').allTextContents();
    expect(stats).toEqual(['2created', '0already there', '1with errors']);
    expect(await result.getByRole('listitem').filter({ hasText: 'Line 3' }).count()).toBe(1);
    await screenshot(page, 'import-summary-desktop');

    // The customers are there, searchable, with their profile.
    await result.getByRole('link', { name: 'Go to customers' }).click();
    const table = page.getByTestId('customers-table');
    await table.getByRole('link', { name: 'Мария Иванова' }).waitFor();
    expect(await table.getByRole('link', { name: 'Елена Димитрова' }).count()).toBe(1);
    expect(await table.getByText('Георги Петров').count()).toBe(0);
    await page.getByRole('searchbox').fill('elena');
    await table.getByRole('row').filter({ hasText: 'Мария Иванова' }).waitFor({ state: 'detached' });
    await table.getByRole('link', { name: 'Елена Димитрова' }).click();
    await page.getByRole('heading', { name: 'Елена Димитрова', level: 1 }).waitFor();
    await page.getByText('No interactions yet.').waitFor();

    // Interactions: a sample to copy, the customer by email in the customer column, staff by name,
    // and every problem of a row shown at once.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('radio', { name: 'Interactions' }).click();
    const sample = page.getByTestId('import-sample');
    expect(await sample.textContent()).toBe('Download a sample CSV');
    const sampleCsv = await page.request.get((await sample.getAttribute('href'))!);
    expect([sampleCsv.status(), (await sampleCsv.text()).split('\n')[0]]).toEqual([
      200,
      'external_id,occurred_at,customer,location,touchpoint,staff,shift,revenue,currency,note',
    ]);
    const visits = [
      'Date,Customer,Staff',
      `2026-02-01 10:00,maria@example.com,${OWNER.ownerName}`,
      '2026-02-01 11:00,nobody@example.com,Nobody',
    ].join('\n');
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer: Buffer.from(visits, 'utf8') });
    await page.getByRole('button', { name: 'Preview' }).click();
    await summary.filter({ hasText: 'Rows in the file: 2. Rows with errors: 1.' }).waitFor();
    const twoProblems = preview.getByRole('row').filter({ hasText: 'nobody@example.com' });
    expect(await twoProblems.locator('.cell-error').allTextContents()).toEqual([
      'No customer has this ID, name or email',
      'No staff member has this name, email or ID',
    ]);
  });
});
