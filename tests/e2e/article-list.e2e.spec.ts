import { expect, test } from '@playwright/test';

const items = (page: import('@playwright/test').Page) => page.locator('main > ul > li');

test('the report list pages through the Chinese reports, newest first, by keyset', async ({ page }) => {
  await page.goto('/zh/articles');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('报道');
  await expect(items(page)).toHaveCount(5);
  const pages = page.getByRole('navigation', { name: '分页' });
  await expect(pages.getByRole('link', { name: '较新的报道' })).toHaveCount(0);
  const fifth = await items(page).nth(4).getByRole('link').last().getAttribute('href');
  await pages.getByRole('link', { name: '较早的报道' }).click();
  // the next page starts after the last report shown: its address names that report
  await expect(page).toHaveURL(/\/zh\/articles\?after=[a-z0-9-]+$/);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText('南宁共识');
  expect(fifth).toBeTruthy();
  // both directions are in the head for crawlers, and back leads to the first five
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
  await pages.getByRole('link', { name: '较新的报道' }).click();
  await expect(page).toHaveURL(/\/zh\/articles\?before=[a-z0-9-]+$/);
  await expect(items(page)).toHaveCount(5);
  await expect(page.locator('head link[rel="next"]')).toHaveCount(1);
});

test('an entity’s page links to all its reports, a list filtered by it', async ({ page }) => {
  const response = await page.goto('/en/articles?city=nanning');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports on Nanning');
  await expect(items(page)).toHaveCount(5);
  await expect(
    page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older reports' }),
  ).toHaveAttribute('href', /^\/en\/articles\?city=nanning&after=[a-z0-9-]+$/);
});

test('filtering by event keeps only that event’s reports', async ({ page }) => {
  await page.goto('/en/articles');
  await page
    .getByRole('navigation', { name: 'Filter by event' })
    .getByRole('link', { name: '2015 China–ASEAN Mayors Forum' })
    .click();
  await expect(page).toHaveURL('/en/articles?event=china-asean-mayors-forum-2015');
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
});

test('Vietnamese has five reports on one page', async ({ page }) => {
  await page.goto('/vi/articles');
  await expect(items(page)).toHaveCount(5);
  await expect(page.getByRole('navigation', { name: 'Phân trang' })).toHaveCount(0);
});

const badInput = [
  { url: '/en/articles?page=0', to: '/en/articles' },
  { url: '/en/articles?page=abc', to: '/en/articles' },
  { url: '/en/articles?page=2', to: '/en/articles' },
  { url: '/en/articles?after=no-such-report', to: '/en/articles' },
  { url: '/en/articles?after=..%2Fx', to: '/en/articles' },
  { url: "/en/articles?event=x'%20OR%201=1", to: '/en/articles' },
  { url: '/en/articles?utm_source=newsletter', to: '/en/articles' },
];
for (const c of badInput) {
  test(`${c.url} goes to the nearest sensible page`, async ({ page }) => {
    const response = await page.goto(c.url);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(c.to);
  });
}

test('an unknown event filter is a localized 404', async ({ page }) => {
  const response = await page.goto('/vi/articles?event=no-such-event');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});
