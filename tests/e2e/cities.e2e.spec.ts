import { expect, test } from '@playwright/test';

const names: Record<string, readonly string[]> = {
  zh: ['南宁', '谅山市', '芒街市', '万象', '仰光', '暹粒市', '素叻他尼府', '吉打州', '马塔兰市'],
  en: [
    'Nanning',
    'Lang Son City',
    'Mong Cai City',
    'Vientiane',
    'Yangon',
    'Siem Reap City',
    'Surat Thani Province',
    'Kedah State',
    'Mataram City',
  ],
  vi: [
    'Nam Ninh',
    'Lạng Sơn',
    'Móng Cái',
    'Viêng Chăn',
    'Yangon',
    'Siem Reap',
    'tỉnh Surat Thani',
    'bang Kedah',
    'Mataram',
  ],
};

for (const [locale, labels] of Object.entries(names)) {
  test(`in ${locale}, the cities map labels the nine named cities in this language and lists them accessibly`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/cities`);
    const map = page.locator('figure svg[role="img"]');
    await expect(map).toBeVisible();
    // the labels drawn at this screen size (the map carries a second, larger set for phones);
    // each city once: those too close together are labelled in the inset
    const shown = await map
      .locator('text')
      .evaluateAll((texts) => texts.filter((t) => t.getClientRects().length > 0).map((t) => t.textContent));
    expect(shown.sort()).toEqual([...labels].sort());
    await expect(page.locator('figure figcaption').getByRole('link')).toHaveCount(9);
  });
}

test('a city page shows its names, a map with the city marked, its people and reports', async ({ page }) => {
  await page.goto('/en/cities');
  await page.locator('main > ul').getByRole('link', { name: 'Lang Son City' }).click();
  await expect(page).toHaveURL('/en/cities/lang-son');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lang Son City');
  // the city, marked, among the cities that met at the same events
  const marked = page.locator('figure svg text[font-weight="700"]');
  expect(
    await marked.evaluateAll((texts) =>
      texts.filter((t) => t.getClientRects().length > 0).map((t) => t.textContent),
    ),
  ).toEqual(['Lang Son City']);
  expect(await page.locator('figure svg circle').count()).toBeGreaterThan(5);
  await expect(
    page.getByRole('region', { name: 'Name in each language' }).locator('dd[lang="vi"]'),
  ).toHaveText('Lạng Sơn');
  await expect(page.getByRole('region', { name: 'People' }).getByRole('link')).toHaveText([
    'Nguyen Van Hanh',
  ]);
  await expect(page.getByRole('region', { name: 'Reports' }).getByRole('link')).toHaveText([
    "Lang Son and Mong Cai: Vietnam's border cities bet on smart border gates",
    'Opening day in Nanning: speeches on openness, trade and friendship',
  ]);
});

test('the home page maps the current event’s cities; an unknown city is a 404', async ({ page }) => {
  await page.goto('/vi');
  const labels = page.locator('figure svg text');
  expect(await labels.evaluateAll((texts) => texts.filter((t) => t.getClientRects().length > 0).length)).toBe(
    9,
  );
  const response = await page.goto('/vi/cities/atlantis');
  expect(response?.status()).toBe(404);
});
