import { expect, test } from '@playwright/test';

const projects = {
  zh: { value: '超过33亿人民币', equivalent: '约合4.52亿美元（据越南《人民报》换算）', count: '14个项目' },
  en: {
    value: 'more than 3.3 billion Chinese yuan',
    equivalent: 'about 452 million US dollars, as converted by Nhan Dan (NDO)',
    count: '14 projects',
  },
  vi: {
    value: 'hơn 3,3 tỷ nhân dân tệ',
    equivalent: 'khoảng 452 triệu đô la Mỹ, theo quy đổi của Báo Nhân Dân (NDO)',
    count: '14 dự án',
  },
} as const;

for (const [locale, e] of Object.entries(projects)) {
  test(`in ${locale}, the signed projects read naturally, with the conversion and its source`, async ({
    page,
  }) => {
    const response = await page.goto(`/${locale}/agreements/cooperation-projects-2025`);
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main.locator('dd').filter({ hasText: e.value })).toContainText(e.count);
    await expect(main).toContainText(e.equivalent);
    await expect(
      page.getByRole('region', { name: /Fields|领域|Lĩnh vực/ }).getByRole('listitem'),
    ).toHaveCount(6);
  });
}

test('the Nanning Initiative lists its three points and links its event', async ({ page }) => {
  await page.goto('/en/agreements');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(4);
  await page.getByRole('link', { name: 'Nanning Initiative' }).click();
  await expect(page).toHaveURL('/en/agreements/nanning-initiative-2025');
  await expect(page.getByRole('region', { name: 'Points' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Reports' }).getByRole('link')).toHaveText([
    'Mayors release the Nanning Initiative after the main dialogue',
  ]);
  await page.getByRole('link', { name: 'Global Mayors Dialogue · Nanning' }).click();
  await expect(page).toHaveURL('/en/events/global-mayors-dialogue-nanning-2025');
});

test('the memorandum names its two cities; an unknown agreement is a 404', async ({ page }) => {
  await page.goto('/vi/agreements/nanning-yangon-mou-2025-2026');
  await expect(page.getByRole('main')).toContainText('Nam Ninh và Yangon');
  const response = await page.goto('/vi/agreements/nothing-signed');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});
