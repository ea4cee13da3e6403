import { expect, test } from '@playwright/test';

const gmd = 'global-mayors-dialogue-nanning-2025';
const expected = {
  zh: {
    list: '活动',
    name: '世界市长对话·南宁',
    discrepancies: '各来源说法不一之处',
    twelve: '来自8个国家12个城市的市长或代表',
    ppl: '农生文',
    lang: 'zh-Hans',
  },
  en: {
    list: 'Events',
    name: 'Global Mayors Dialogue · Nanning',
    discrepancies: 'Where the sources differ',
    twelve: 'Mayors or representatives from 12 cities in 8 countries',
    ppl: 'Nong Shengwen',
    lang: 'en',
  },
  vi: {
    list: 'Sự kiện',
    name: 'Đối thoại Thị trưởng thế giới · Nam Ninh',
    discrepancies: 'Những điểm các nguồn không thống nhất',
    twelve: 'Thị trưởng hoặc đại diện của 12 thành phố thuộc 8 quốc gia',
    ppl: 'Nông Văn Sinh',
    lang: 'vi',
  },
} as const;

for (const [locale, e] of Object.entries(expected)) {
  test(`in ${locale}, the events list leads to the event page with its programme, people and sourced discrepancies`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    await page
      .getByRole('navigation', { name: /Sections|栏目|Chuyên mục/ })
      .getByRole('link', { name: e.list })
      .click();
    await expect(page).toHaveURL(`/${locale}/events`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.list);
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);
    await page.getByRole('link', { name: e.name }).click();
    await expect(page).toHaveURL(`/${locale}/events/${gmd}`);
    await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.name);

    const discrepancies = page.getByRole('region', { name: e.discrepancies });
    await expect(discrepancies.locator('dt')).toHaveCount(4);
    // both versions of the headcount, each with its sources
    await expect(discrepancies.locator('dd').filter({ hasText: e.twelve })).toContainText('NNICC');
    await expect(discrepancies.locator('dd').filter({ hasText: /People.s Daily|人民网/ })).toHaveCount(1);
    await expect(page.getByRole('main')).toContainText(e.ppl);
    await expect(page.locator('#programme-heading + ol > li')).toHaveCount(6);
  });
}

test('the single-source person is flagged on the event page', async ({ page }) => {
  await page.goto(`/en/events/${gmd}`);
  const meiLin = page
    .getByRole('region', { name: 'People' })
    .getByRole('listitem')
    .filter({ hasText: 'Dr. Mei Lin' });
  await expect(meiLin).toContainText('Single source');
});

test('the 2015 forum page shows its hosts, highlights and proposals in Chinese', async ({ page }) => {
  await page.goto('/zh/events/china-asean-mayors-forum-2015');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2015中国—东盟市长论坛');
  await expect(page.getByRole('main')).toContainText('第1届');
  await expect(page.getByRole('region', { name: '亮点' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('region', { name: '倡议与建议' }).getByRole('listitem')).toHaveCount(3);
});

test('the language switcher keeps the reader on the same event; an unknown event is a 404', async ({
  page,
}) => {
  await page.goto(`/vi/events/${gmd}`);
  await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/events/${gmd}`);
  const response = await page.goto('/en/events/no-such-event');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
