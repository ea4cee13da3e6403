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
