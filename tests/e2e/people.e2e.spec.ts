import { expect, test } from '@playwright/test';

test('a speaker’s page shows the name in all three scripts, the variant spelling, statements with sources and the verbatim quote', async ({
  page,
}) => {
  await page.goto('/en/events/global-mayors-dialogue-nanning-2025');
  await page
    .getByRole('region', { name: 'People' })
    .getByRole('link', { name: 'Athsaphangthong Siphandone' })
    .click();
  await expect(page).toHaveURL('/en/people/athsaphangthong-siphandone');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Athsaphangthong Siphandone');
  const names = page.getByRole('region', { name: 'Name in each language' });
  await expect(names.locator('dd[lang="zh-Hans"]')).toHaveText('阿萨庞通·西潘敦');
  await expect(names.locator('dd[lang="vi"]')).toHaveText('Atsaphangthong Siphandone');
  // the English sources' spelling is the Vietnamese name: shown once, not again as a variant
  await expect(names.getByText('Atsaphangthong Siphandone', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'What they said' })).toContainText('Reported by Archyde');
  await expect(page.locator('blockquote[lang="en"]')).toHaveText(
    '“friendship is the most valuable aspect of peace and security”',
  );
  await expect(page.getByRole('region', { name: 'Reports' }).getByRole('link')).toHaveText([
    'Opening day in Nanning: speeches on openness, trade and friendship',
  ]);
});

test('an editorial rendering is marked, and the single-source person carries a warning', async ({ page }) => {
  await page.goto('/vi/people/hou-gang');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hầu Cương');
  await expect(page.getByRole('region', { name: 'Tên trong từng ngôn ngữ' })).toContainText(
    'Không nguồn nào in cách viết này',
  );
  await page.goto('/zh/people/mei-lin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dr. Mei Lin');
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="en"]')).toHaveCount(1);
  await expect(page.getByRole('note')).toContainText('只有一个来源提到此人：Archyde');
});

for (const locale of ['zh', 'en', 'vi'] as const) {
  test(`the people list in ${locale} lists all eight people and keeps the language switcher on it`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/people`);
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(8);
    const other = locale === 'en' ? 'Tiếng Việt' : 'English';
    await page
      .getByRole('navigation', { name: /Language|语言|Ngôn ngữ/ })
      .getByRole('link', { name: other })
      .click();
    await expect(page).toHaveURL(`/${locale === 'en' ? 'vi' : 'en'}/people`);
  });
}

test('an unknown person is a localized 404', async ({ page }) => {
  const response = await page.goto('/zh/people/nobody');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});
