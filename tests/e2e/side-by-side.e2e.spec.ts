import { expect, test, type Page } from '@playwright/test';

// The Lang Son / Mong Cai report: five aligned paragraphs; the fifth exists only in Vietnamese.
const report = {
  zh: 'liangshan-mangjie-zhihui-kouan',
  en: 'lang-son-mong-cai-smart-border-gates',
  vi: 'lang-son-mong-cai-cua-khau-thong-minh',
};

const rows = (page: Page) => page.getByTestId('parallel-text').locator('section');

async function tops(page: Page, row: number) {
  const cells = rows(page).nth(row).locator('[data-language]');
  const boxes = await Promise.all((await cells.all()).map((c) => c.boundingBox()));
  return boxes.map((b) => Math.round(b?.y ?? -1));
}

test.describe('side-by-side reading', () => {
  test('two languages: every paragraph sits beside its translation, a missing one is a placeholder', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const response = await page.goto(`/en/articles/${report.en}/with/vi`);
    expect(response?.status()).toBe(200);
    await expect(rows(page)).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      const cells = rows(page).nth(i).locator('[data-language]');
      await expect(cells).toHaveCount(2);
      await expect(cells.nth(0)).toHaveAttribute('lang', 'en');
      await expect(cells.nth(1)).toHaveAttribute('lang', 'vi');
      const [left, right] = await tops(page, i);
      expect(left, `row ${i + 1} is aligned`).toBe(right);
    }
    await expect(rows(page).nth(2).locator('[lang="en"]')).toContainText('smart border gates');
    await expect(rows(page).nth(2).locator('[lang="vi"]')).toContainText('cửa khẩu thông minh');
    await expect(rows(page).nth(4).locator('[data-language="en"] > p').last()).toHaveText(
      'This paragraph is not in the English version.',
    );
    await expect(rows(page).nth(4).locator('[data-language="vi"]')).toContainText(
      'Bài gốc trên Báo Nhân Dân',
    );
  });

  test('three languages stay aligned at 1280 px and interleave at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto(`/zh/articles/${report.zh}/with/en,vi`);
    await expect(rows(page)).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      const y = await tops(page, i);
      expect(y).toHaveLength(3);
      expect(new Set(y).size, `row ${i + 1} is aligned`).toBe(1);
    }
    await expect(rows(page).nth(4).locator('[data-language="zh"] > p').last()).toHaveText(
      '简体中文版本中没有这一段。',
    );
    await page.screenshot({ path: test.info().outputPath('article-side-by-side-1280.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    const y = await tops(page, 0);
    expect(y[0]).toBeLessThan(y[1]!);
    expect(y[1]).toBeLessThan(y[2]!);
    const row0End = (await rows(page).nth(0).boundingBox())!;
    const row1Start = (await rows(page).nth(1).boundingBox())!;
    expect(row1Start.y).toBeGreaterThanOrEqual(row0End.y + row0End.height - 1);
    await page.screenshot({ path: test.info().outputPath('article-side-by-side-390.png'), fullPage: true });
  });

  test('a paragraph anchor works alone and side by side', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    for (const path of [
      `/vi/articles/${report.vi}#para-p4`,
      `/vi/articles/${report.vi}/with/zh,en#para-p4`,
    ]) {
      await page.goto(path);
      await expect(page.locator('#para-p4')).toBeInViewport();
      await expect(page.locator('#para-p4')).toContainText('Móng Cái cũng tham gia');
    }
  });

  test('the reading modes are plain links that work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/articles/${report.en}`);
    const modes = page.getByRole('navigation', { name: 'Reading mode' });
    await expect(modes.getByRole('link')).toHaveText([
      'English only',
      'Simplified Chinese side by side',
      'Vietnamese side by side',
      'All languages side by side',
    ]);
    await modes.getByRole('link', { name: 'All languages side by side' }).click();
    await expect(page).toHaveURL(`/en/articles/${report.en}/with/zh,vi`);
    await expect(rows(page)).toHaveCount(5);
    await context.close();
  });

  test('unknown, repeated and unavailable languages are ignored with a note, never an error', async ({
    page,
  }) => {
    const response = await page.goto(
      '/en/articles/2015-china-asean-mayors-forum-nanning-consensus/with/vi,fr,en,zh,zh',
    );
    expect(response?.status()).toBe(200);
    const note = page.getByRole('note');
    await expect(note.getByRole('listitem')).toHaveText([
      'This report has no Vietnamese version, so it cannot be shown.',
      '“fr” is not a language of this site, so it was ignored.',
      'English is this page’s own language; it is shown once.',
      'Simplified Chinese was asked for more than once; it is shown once.',
    ]);
    await expect(rows(page).first().locator('[data-language]')).toHaveCount(2);
  });

  test('switching language keeps the reader on the same report and reading mode', async ({ page }) => {
    await page.goto(`/zh/articles/${report.zh}/with/en`);
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`/en/articles/${report.en}/with/zh`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Tiếng Việt' })
      .click();
    await expect(page).toHaveURL(`/vi/articles/${report.vi}/with/zh,en`);
  });
});
