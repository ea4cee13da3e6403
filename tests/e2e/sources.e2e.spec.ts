import { expect, test } from '@playwright/test';

test('the sources page shows each outlet, its release details, reviewers and everything the portal takes from it', async ({
  page,
}) => {
  await page.goto('/en');
  await page
    .getByRole('navigation', { name: 'About this site' })
    .getByRole('link', { name: 'Sources' })
    .click();
  await expect(page).toHaveURL('/en/sources');
  await expect(page.locator('main > section')).toHaveCount(5);
  const nnicc = page.getByRole('region', { name: 'NNICC' });
  await expect(nnicc).toContainText('Released 17 January 2025, 21:14 (Beijing time)');
  await expect(nnicc).toContainText(
    'Huang Mengyao (Reviewer 1), Zhang Yanlan (Reviewer 2), Tang Caihong (Reviewer 3) and Shen Fei (English reviewer)',
  );
  await nnicc.locator('summary').click();
  await expect(nnicc.getByRole('link', { name: 'Nanning Initiative', exact: true })).toBeVisible();
  const archyde = page.getByRole('region', { name: 'Archyde' });
  await expect(archyde).toContainText('Caution');
  await archyde.locator('summary').click();
  await expect(archyde).toContainText('Dr. Mei Lin');
});

test('the 2015 report is dated to the month only, with its byline, in Vietnamese', async ({ page }) => {
  await page.goto('/vi/sources');
  const forum = page.locator('#source-forum-2015-report');
  await expect(forum).toContainText('Công bố: tháng 9 năm 2015');
  await expect(forum).toContainText('Tác giả: Đinh Dực Hiên');
});

for (const [locale, title] of [
  ['zh', '关于本站'],
  ['en', 'About this site'],
  ['vi', 'Giới thiệu'],
] as const) {
  test(`the about page exists in ${locale}`, async ({ page }) => {
    const response = await page.goto(`/${locale}/about`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('main p')).toHaveCount(4);
  });
}
