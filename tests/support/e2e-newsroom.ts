import { expect, type Browser, type Page } from '@playwright/test';

/**
 * Steps of the newsroom the end-to-end specs share: signing an account in (its page is closed by
 * the spec after the test) and taking a language version through review to publication.
 */

export async function signInAs(
  browser: Browser,
  account: { email: string; password: string },
  opened: Page[],
): Promise<Page> {
  const page = await browser.newPage();
  opened.push(page);
  await page.goto('/editor/en/login');
  await page.locator('input[name=email]').fill(account.email);
  await page.locator('input[name=password]').fill(account.password);
  await Promise.all([page.waitForURL(/\/editor\/en$/), page.locator('main button').click()]);
  return page;
}

/** Send to review, approve with a comment, publish now — as an admin may do alone. */
export async function publishVersion(page: Page, articleId: string, lang: string, comment: string) {
  await page.goto(`/editor/en/articles/${articleId}/${lang}`);
  await Promise.all([
    page.waitForURL(/done=inReview/),
    page.getByRole('button', { name: 'Send to review' }).click(),
  ]);
  await page.locator('textarea[name=comment]').fill(comment);
  await Promise.all([
    page.waitForURL(/done=approved/),
    page.getByRole('button', { name: 'Approve' }).click(),
  ]);
  await Promise.all([
    page.waitForURL(/done=published/),
    page.getByRole('button', { name: 'Publish now' }).click(),
  ]);
  await expect(page.locator('main')).toBeVisible();
}
