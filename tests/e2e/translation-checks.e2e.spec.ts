import { expect, test } from '@playwright/test';
import { createAccount } from '../support/e2e-state';
import { signInAs } from '../support/e2e-newsroom';

/**
 * The translator's checks in the editor (issue 28): the Vietnamese version of a launch report,
 * its Chinese original beside it, passes; a number changed or Vietnamese typed without its
 * diacritics is named under the paragraph as it is typed, in the newsroom's language, and goes
 * away when corrected. Nothing is saved.
 */
const account = { email: 'checks@translators.test', name: 'Lê Thu', password: 'amber river lantern 62' };
// one worker for the file: its account is created once
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => createAccount({ ...account, role: 'translator', languages: 'vi' }));

test('checks run under each paragraph as the translator types', async ({ browser }) => {
  const opened: import('@playwright/test').Page[] = [];
  try {
    const page = await signInAs(browser, account, opened);
    await page.goto('/editor/vi/articles/gmd-2025-signings/vi');
    const first = page.locator('li[data-key=p1]');
    await expect(first.locator('[data-testid=checks]')).toHaveCount(0);
    const field = first.locator('textarea[name=text]');
    const text = await field.inputValue();
    await field.fill(text.replace('14 dự án', '41 dự án'));
    const checks = first.locator('[data-testid=checks] li');
    await expect(checks.first()).toHaveAttribute('data-check', 'numbers');
    await expect(checks.first()).toContainText('Lỗi: Không thấy số hoặc ngày của bản gốc: 14');
    await expect(first.locator('[data-check=numbersAdded]')).toContainText('41');
    await expect(field).toHaveAttribute('aria-describedby', 'text-p1-checks');
    // typed on a keyboard without Vietnamese letters
    await field.fill(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd'));
    await expect(first.locator('[data-check=diacritics]')).toContainText('Tiếng Việt viết không dấu');
    await field.fill(text);
    await expect(first.locator('[data-testid=checks]')).toHaveCount(0);
  } finally {
    await Promise.all(opened.map((p) => p.context().close()));
  }
});

test('without JavaScript, the checks come with the saved page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/editor/en/login');
    await page.locator('input[name=email]').fill(account.email);
    await page.locator('input[name=password]').fill(account.password);
    await Promise.all([page.waitForURL(/\/editor\/en$/), page.locator('main button').click()]);
    await page.goto('/editor/vi/articles/gmd-2025-nanning-initiative/vi');
    const slot = page
      .locator('li[data-key]')
      .filter({ has: page.locator('textarea[name=text]') })
      .filter({ hasText: /\d/u })
      .first();
    const key = await slot.getAttribute('data-key');
    const field = page.locator(`li[data-key="${key}"] textarea[name=text]`);
    const text = await field.inputValue();
    const changed = text.replace(/\d+/u, (d) => String(Number(d) + 5));
    expect(changed).not.toBe(text);
    await expect(page.locator(`li[data-key="${key}"] [data-check=numbers]`)).toHaveCount(0);
    await field.fill(changed);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.locator('main [role=status]').first()).toContainText('Đã lưu');
    await expect(page.locator(`li[data-key="${key}"] [data-check=numbers]`)).toBeVisible();
    // put back as it was
    await page.locator(`li[data-key="${key}"] textarea[name=text]`).fill(text);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.locator(`li[data-key="${key}"] [data-check=numbers]`)).toHaveCount(0);
  } finally {
    await context.close();
  }
});
