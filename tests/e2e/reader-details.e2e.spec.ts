import { expect, test } from '@playwright/test';

/** What a careful reader notices: figures, dates, names, roles — in each language (issue 18). */

test('key figures keep the number with what it counts, as each language reads it', async ({ page }) => {
  for (const [locale, label] of [
    ['zh', '参会城市'],
    ['en', 'Cities'],
    ['vi', 'Thành phố'],
  ] as const) {
    await page.goto(`/${locale}`);
    const figure = page.locator('#key-figures + dl > div').first();
    await expect(figure.getByRole('term')).toHaveText(label);
    await expect(figure.getByRole('definition').first()).toHaveText('12');
  }
  // no label is a bare measure word waiting for its number ("个城市")
  await page.goto('/zh/events/china-asean-mayors-forum-2015');
  for (const term of await page.locator('#key-figures + dl dt').allTextContents())
    expect(term).not.toMatch(/^[个位项名]/u);
  await expect(page.locator('#key-figures + dl dd.text-3xl').filter({ hasText: '150余' })).toHaveCount(1);
});

test('times name their zone as each language does, and a report follows the release it is based on', async ({
  page,
}) => {
  const cases = [
    [
      '/zh/articles/nanning-changyi-fabu',
      '发布于2025年1月17日 21:50（北京时间）',
      '来源发布时间：2025年1月17日 21:14（北京时间）',
    ],
    [
      '/en/articles/mayors-release-nanning-initiative',
      'Published 17 January 2025, 21:50 (Beijing time)',
      'Source released 17 January 2025, 21:14 (Beijing time)',
    ],
    [
      '/vi/articles/cong-bo-sang-kien-nam-ninh',
      'Đăng lúc 21:50 ngày 17/1/2025 (giờ Bắc Kinh)',
      'Nguồn công bố: 21:14 ngày 17/1/2025 (giờ Bắc Kinh)',
    ],
  ] as const;
  for (const [path, published, released] of cases) {
    await page.goto(path);
    await expect(page.locator('article time').first()).toHaveText(published);
    await expect(page.getByText(released)).toBeVisible();
    await expect(page.locator('body')).not.toContainText('GMT');
  }
});

test('the reviewers of a source are named with their roles in the page language', async ({ page }) => {
  const cases = [
    [
      '/zh/articles/nanning-changyi-fabu',
      ['Huang Mengyao（一审）', 'Zhang Yanlan（二审）', 'Tang Caihong（三审）', 'Shen Fei（英文审校）'],
    ],
    [
      '/vi/articles/cong-bo-sang-kien-nam-ninh',
      [
        'Huang Mengyao (Người duyệt 1)',
        'Zhang Yanlan (Người duyệt 2)',
        'Tang Caihong (Người duyệt 3)',
        'Shen Fei (Người duyệt bản tiếng Anh)',
      ],
    ],
    [
      '/en/articles/mayors-release-nanning-initiative',
      [
        'Huang Mengyao (Reviewer 1)',
        'Zhang Yanlan (Reviewer 2)',
        'Tang Caihong (Reviewer 3)',
        'Shen Fei (English reviewer)',
      ],
    ],
  ] as const;
  for (const [path, credits] of cases) {
    await page.goto(path);
    await expect(page.locator('footer ul').first().getByRole('listitem')).toHaveText([...credits]);
    // the names are pinyin: marked as such, the roles in the page's language
    if (!path.startsWith('/en/'))
      await expect(page.locator('footer ul').first().locator('span[lang="en"]').first()).toHaveText(
        'Huang Mengyao',
      );
  }
  await page.goto('/zh/sources');
  await expect(page.locator('#source-nnicc-2025-01-17')).toContainText(
    'Huang Mengyao（一审）、Zhang Yanlan（二审）、Tang Caihong（三审）和Shen Fei（英文审校）',
  );
  await expect(page.locator('#source-nnicc-2025-01-17')).not.toContainText('Reviewer');
});

test('a city lists its other spellings once each, separated as Chinese separates them', async ({ page }) => {
  await page.goto('/zh/cities/nanning');
  const names = page.locator('section[aria-labelledby="names-heading"]');
  await expect(names.getByRole('definition').filter({ hasText: '邕城' })).toHaveCount(1);
  await page.goto('/zh/cities/vientiane');
  // "Vientiane" is already its English name: only the Chinese variant is left
  await expect(names.locator('dd').last()).toHaveText('万象市');
  // a spelling that is already one of the names is not listed again
  await page.goto('/en/people/athsaphangthong-siphandone');
  await expect(names.getByText('Atsaphangthong Siphandone')).toHaveCount(1);
  await page.goto('/zh/cities/mong-cai');
  await expect(names.locator('dd').last()).toHaveText('芒街、Mong Cai');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an unknown report, address or language version is a readable 404 in the language asked for', async ({
    page,
  }) => {
    for (const [path, lang, title] of [
      ['/zh/articles/no-such-report', 'zh-Hans', '页面不存在'],
      ['/en/no/such/page', 'en', 'Page not found'],
      ['/vi/people/no-such-person', 'vi', 'Không tìm thấy trang'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('main').getByRole('link')).toHaveAttribute(
        'href',
        `/${path.split('/')[1]}`,
      );
      // the reader can go on: the site's sections and languages are there too
      await expect(
        page.getByRole('navigation', { name: /栏目|Sections|Chuyên mục/ }).getByRole('link'),
      ).toHaveCount(5);
      await expect(
        page.getByRole('navigation', { name: /语言|Language|Ngôn ngữ/ }).getByRole('link'),
      ).toHaveCount(2);
    }
    const missing = await page.goto('/vi/articles/2015-china-asean-mayors-forum-nanning-consensus');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài này chưa có bản tiếng Việt');
    await expect(page.getByRole('main').getByRole('link')).toHaveText([
      'Đọc bản Tiếng Trung (Giản thể)',
      'Đọc bản Tiếng Anh',
    ]);
    await expect(page.getByRole('main').locator('p[lang="en"]')).toContainText('Nanning Consensus');
  });
});

test('with JavaScript the 404 shows its content once', async ({ page }) => {
  const response = await page.goto('/en/articles/no-such-report');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // the site's own header and navigation, drawn by the script, replace the written-in content
  await expect(page.getByRole('navigation', { name: 'Language' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // a report missing this language: the page starts from the versions the server wrote into it,
  // so it never shows "not found" first, and asks for nothing more
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/article-versions/')) asked.push(r.url());
  });
  const missing = await page.goto('/vi/articles/2015-china-asean-mayors-forum-nanning-consensus');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('navigation', { name: 'Ngôn ngữ' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài này chưa có bản tiếng Việt');
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(2);
  expect(asked).toEqual([]);
});

test('every home page carries the site and its publisher as JSON-LD', async ({ page }) => {
  for (const locale of ['zh', 'en', 'vi']) {
    await page.goto(`/${locale}`);
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) =>
        scripts.map((s) => (JSON.parse(s.textContent ?? '{}') as { '@type': string })['@type']),
      );
    expect(types).toEqual(['WebSite', 'NewsMediaOrganization']);
  }
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header fits: place names whole, every section in view, the search box the width', async ({
    page,
  }) => {
    for (const locale of ['zh', 'en', 'vi']) {
      await page.goto(`/${locale}`);
      // "Nam Ninh" never breaks across lines (one line box)
      const place = page.locator('header a span.whitespace-nowrap').first();
      const box = (await place.boundingBox())!;
      const line = await place.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
      expect(box.height, locale).toBeLessThan(line * 1.5);
      // all five sections are on screen, none cut off behind a sideways scroll
      const sections = page.getByRole('navigation', { name: /栏目|Sections|Chuyên mục/ }).getByRole('link');
      await expect(sections).toHaveCount(5);
      for (const link of await sections.all()) {
        const b = (await link.boundingBox())!;
        expect(b.x + b.width, `${locale}: ${await link.textContent()}`).toBeLessThanOrEqual(390);
      }
      const input = (await page.locator('#site-search').boundingBox())!;
      expect(input.width, locale).toBeGreaterThan(250);
    }
  });

  test('search results start on the first screen, under the filters', async ({ page }) => {
    for (const [locale, q] of [
      ['zh', '南宁'],
      ['vi', 'nam ninh'],
    ] as const) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
      const first = (await page.getByTestId('search-result').first().boundingBox())!;
      expect(first.y, locale).toBeLessThan(560);
      // the chips are one row that scrolls sideways
      const chips = page.getByRole('navigation', { name: /类型|loại/i }).getByRole('listitem');
      const tops = new Set(
        await chips.evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top))),
      );
      expect(tops.size, locale).toBe(1);
    }
  });

  test('the map labels are readable: at least 12 px tall', async ({ page }) => {
    await page.goto('/vi');
    const heights = await page
      .locator('figure svg text')
      .evaluateAll((texts) =>
        texts.filter((t) => t.getClientRects().length > 0).map((t) => t.getBoundingClientRect().height),
      );
    expect(heights.length).toBe(9);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(12);
  });
});

test('the map shows neighbouring cities apart in an inset, and a city among its neighbours', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/vi');
  const map = page.locator('figure svg').first();
  // every city is labelled once among the visible labels, Lạng Sơn and Móng Cái well apart
  const labels = await map.locator('text').evaluateAll((texts) =>
    texts
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
  );
  expect(labels.map((l) => l.text).sort()).toEqual(
    [
      'Nam Ninh',
      'Viêng Chăn',
      'Yangon',
      'tỉnh Surat Thani',
      'bang Kedah',
      'Móng Cái',
      'Siem Reap',
      'Mataram',
      'Lạng Sơn',
    ].sort(),
  );
  const at = (name: string) => labels.find((l) => l.text === name)!;
  expect(
    Math.hypot(at('Lạng Sơn').x - at('Móng Cái').x, at('Lạng Sơn').y - at('Móng Cái').y),
  ).toBeGreaterThan(40);

  await page.goto('/zh/cities/mong-cai');
  const cityMap = page.locator('figure').first();
  expect(
    await cityMap.locator('circle').evaluateAll((c) => c.filter((x) => x.getClientRects().length).length),
  ).toBeGreaterThan(5);
  // named, not linked to itself
  await expect(cityMap.locator('figcaption a[href="/zh/cities/mong-cai"]')).toHaveCount(0);
  await expect(cityMap.locator('figcaption')).toContainText('芒街市');
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('person and place names are never broken inside, in any language, wherever they are printed', async ({
    page,
  }) => {
    const pages = [
      // the venue's line on the zh home page broke 南 / 宁 (issue 30)
      ['/zh', 1],
      ['/vi', 1],
      ['/zh/events/global-mayors-dialogue-nanning-2025', 8],
      ['/vi/events/china-asean-mayors-forum-2015', 3],
      ['/en/people', 6],
      ['/zh/cities', 9],
      ['/vi/people/athsaphangthong-siphandone', 1],
      ['/en/people/athsaphangthong-siphandone', 1],
      ['/vi/cities/surat-thani', 1],
      ['/zh/articles/nanning-changyi-fabu', 3],
      ['/vi/articles/cong-bo-sang-kien-nam-ninh', 3],
      ['/zh/search?q=%E5%8D%97%E5%AE%81', 1],
    ] as const;
    for (const [path, least] of pages) {
      await page.goto(path);
      // an inline element broken across two lines has two boxes
      const names = await page
        .locator('main [data-name]')
        .evaluateAll((elements) =>
          elements
            .filter((e) => (e as HTMLElement).offsetParent !== null)
            .map((e) => ({ text: e.textContent, boxes: e.getClientRects().length })),
        );
      expect(names.length, `${path}: names found`).toBeGreaterThanOrEqual(least);
      expect(
        names.filter((n) => n.boxes !== 1),
        `${path}: names broken across lines`,
      ).toEqual([]);
      // and the page does not scroll sideways for it
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    // the venue itself is one of them
    await page.goto('/zh');
    await expect(page.locator('main [data-name]', { hasText: '南宁' }).first()).toBeVisible();
  });
});
