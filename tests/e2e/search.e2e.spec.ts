import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.getByTestId('search-result');
const count = (page: Page) => page.getByTestId('result-count');
/** "People (2)" → 2 */
const chipCount = async (page: Page, nav: string, label: string | RegExp) =>
  Number(
    /\((\d+)\)/.exec(
      (await page.getByRole('navigation', { name: nav }).getByRole('link', { name: label }).textContent()) ??
        '',
    )?.[1],
  );

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Vietnamese reader searches from the header, without diacritics, and gets highlighted results', async ({
    page,
  }) => {
    await page.goto('/vi/cities');
    const box = page.getByRole('search', { name: 'Tìm kiếm trên trang' });
    await box.getByRole('searchbox', { name: 'Bài viết, nhân vật…' }).fill('sang kien nam ninh');
    await box.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL('/vi/search?q=sang+kien+nam+ninh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
    await expect(page).toHaveTitle(/^Tìm kiếm: sang kien nam ninh/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
    // the page's own form replaces the header's, and keeps the query
    await expect(page.getByRole('search')).toHaveCount(1);
    await expect(page.getByRole('searchbox')).toHaveValue('sang kien nam ninh');
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('Sáng kiến Nam Ninh');
    // the words as one phrase, highlighted as one
    await expect(first.locator('h2 mark')).toHaveText(['Sáng kiến Nam Ninh']);
    await expect(first).toHaveAttribute('data-kind', 'agreement');
    await expect(first.getByRole('link')).toHaveAttribute('href', '/vi/agreements/nanning-initiative-2025');
    // Vietnamese results come first
    const languages = await results(page).evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-language')),
    );
    expect(languages.indexOf('vi')).toBe(0);
    expect(languages.slice(languages.lastIndexOf('vi') + 1).every((l) => l !== 'vi')).toBe(true);
  });

  test('Chinese: a word inside a longer one (倡议 in 南宁倡议) is found and highlighted', async ({
    page,
  }) => {
    await page.goto('/zh');
    await page.getByRole('searchbox', { name: '报道、人物、城市…' }).fill('倡议');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/zh\/search\?q=/);
    const initiative = results(page).filter({ hasText: '南宁倡议' }).first();
    await expect(initiative.locator('mark').first()).toHaveText('倡议');
  });
});

test('an English reader sees a Chinese-only match labelled, with a link to the English version', async ({
  page,
}) => {
  await page.goto('/en/search?q=%E5%80%A1%E8%AE%AE&type=article');
  const hit = results(page).filter({ hasText: '南宁倡议' });
  await expect(hit).toHaveAttribute('data-language', 'zh');
  await expect(hit).toContainText('Report · Found in the Simplified Chinese version');
  const title = hit.getByRole('heading', { level: 2 }).getByRole('link');
  await expect(title).toHaveAttribute('href', '/zh/articles/nanning-changyi-fabu');
  await expect(title).toHaveAttribute('lang', 'zh-Hans');
  await expect(hit.getByRole('link', { name: 'Read it in English' })).toHaveAttribute(
    'href',
    '/en/articles/mayors-release-nanning-initiative',
  );
  // a report with no Vietnamese version is shown to a Vietnamese reader as "only in" its language
  await page.goto('/vi/search?q=Nanning+Consensus&type=article');
  const only = results(page).filter({ hasText: 'Looking back' });
  await expect(only).toContainText(/Chỉ có bản (Tiếng Anh|Tiếng Trung)/);
  await expect(only.getByRole('link', { name: /^Đọc bản/ })).toHaveCount(0);
});

test('names cross languages: Nam Ninh, Nanning and 南宁 all give the city first', async ({ page }) => {
  for (const [locale, q, name] of [
    ['en', 'Nam Ninh', 'Nanning'],
    ['vi', 'Nanning', 'Nam Ninh'],
    ['en', '南宁', 'Nanning'],
  ] as const) {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
    await expect(results(page).first().getByRole('heading', { level: 2 }), q).toHaveText(name);
    await expect(results(page).first()).toHaveAttribute('data-kind', 'city');
  }
  await page.goto('/en/search?q=Atsaphangthong');
  await expect(results(page).first().getByRole('heading', { level: 2 })).toHaveText(
    'Athsaphangthong Siphandone',
  );
});

test('type and event filters with counts, and pages of ten', async ({ page }) => {
  await page.goto('/en/search?q=nanning');
  const total = await chipCount(page, 'Filter by type', /^All \(/);
  await expect(count(page)).toHaveText(`${total} results for “nanning”`);
  const people = await chipCount(page, 'Filter by type', /^People \(/);
  expect(total).toBeGreaterThan(10);
  expect(people).toBeGreaterThan(0);

  // pages: ten, then the rest, none repeated
  await expect(results(page)).toHaveCount(10);
  const firstPage = await results(page).getByRole('heading', { level: 2 }).allTextContents();
  const pages = page.getByRole('navigation', { name: 'Result pages' });
  await expect(pages).toContainText(`Page 1 of ${Math.ceil(total / 10)}`);
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL('/en/search?q=nanning&page=2');
  await expect(results(page)).toHaveCount(Math.min(10, total - 10));
  const secondPage = await results(page).getByRole('heading', { level: 2 }).allTextContents();
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);

  // a type filter keeps the query and starts again at page 1
  await page
    .getByRole('navigation', { name: 'Filter by type' })
    .getByRole('link', { name: /^People/ })
    .click();
  await expect(page).toHaveURL('/en/search?q=nanning&type=person');
  await expect(results(page)).toHaveCount(people);
  expect(
    new Set(await results(page).evaluateAll((li) => li.map((l) => l.getAttribute('data-kind')))),
  ).toEqual(new Set(['person']));

  // an event filter narrows the reports to that event's
  await page.goto('/en/search?q=nanning&type=article');
  await page
    .getByRole('navigation', { name: 'Filter by event' })
    .getByRole('link', { name: '2015 China–ASEAN Mayors Forum' })
    .click();
  await expect(page).toHaveURL('/en/search?q=nanning&type=article&event=china-asean-mayors-forum-2015');
  await expect(results(page).getByRole('heading', { level: 2 })).toHaveText([
    'Looking back: the 2015 China–ASEAN Mayors Forum and the Nanning Consensus',
  ]);
  // a page past the last goes to the last
  await page.goto('/en/search?q=nanning&page=999');
  await expect(page).toHaveURL(`/en/search?q=nanning&page=${Math.ceil(total / 10)}`);
});

test.describe('bad input gets a message in the reader’s language, never an error page', () => {
  const cases = [
    { url: '/zh/search', text: '输入关键词或名称，即可在三种语言中搜索报道、人物、城市、协议和活动。' },
    { url: "/en/search?q=%26%20%7C%20!%20(%20)%20%3A%20*%20'", text: 'Type a word or a name' },
    { url: '/vi/search?q=%F0%9F%99%82%F0%9F%8E%89', text: 'Nhập một từ hoặc một cái tên' },
    { url: '/zh/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8xyzzy', text: '没有找到与“不存在xyzzy”相关的内容。' },
    {
      url: '/en/search?q=nanning&type=person&event=china-asean-mayors-forum-2015',
      text: 'Search without filters',
    },
    { url: '/vi/search?q=nam+ninh&type=nonsense&event=..%2F..&page=-4', text: 'kết quả cho “nam ninh”' },
    { url: '/en/search?q=%27%3B%20DROP%20TABLE%20search_documents%3B%20--', text: "for “'; DROP TABLE" },
    { url: '/en/search?q=nanning:*%20%26%20!(x%20|%20y)', text: 'for “nanning:* & !(x | y)”' },
  ];
  for (const c of cases) {
    test(c.url, async ({ page }) => {
      const response = await page.goto(c.url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('main')).toContainText(c.text);
    });
  }

  test('markup in the query is shown as text and never runs', async ({ page }) => {
    page.on('dialog', () => {
      throw new Error('a script from the query ran');
    });
    await page.goto(
      '/vi/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E',
    );
    await expect(count(page)).toContainText('“<script>alert(1)</script><img src=x onerror=alert(2)>”');
    await expect(page.locator('main img, main script')).toHaveCount(0);
    await expect(page).toHaveTitle(/^Tìm kiếm: <script>/);
  });

  test('a very long query is cut, and the reader is told', async ({ page }) => {
    const response = await page.goto(`/en/search?q=${'nanning%20'.repeat(600)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText(
      'Your search was too long, so only its first 200 characters and 12 words were used.',
    );
    expect(Array.from(await page.getByRole('searchbox').inputValue()).length).toBeLessThanOrEqual(200);
    await expect(results(page).first()).toBeVisible();
  });
});

test.describe('search that forgives', () => {
  test('a misspelt name finds the entity, in each language, and the page says what it searched for', async ({
    page,
  }) => {
    for (const [locale, q, notice, href] of [
      [
        'en',
        'Vientaine',
        'Nothing matched “Vientaine”. Showing results for “Vientiane”.',
        '/en/cities/vientiane',
      ],
      [
        'zh',
        'Vientaine',
        '没有与“Vientaine”相符的结果，以下是“Vientiane”的搜索结果。',
        '/zh/cities/vientiane',
      ],
      [
        'vi',
        'Vientaine',
        'Không có kết quả cho “Vientaine”. Đang hiển thị kết quả cho “Vientiane”.',
        '/vi/cities/vientiane',
      ],
    ] as const) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
      await expect(page.getByTestId('corrected')).toHaveText(notice);
      await expect(results(page).first().getByRole('link')).toHaveAttribute('href', href);
      // the box holds what was searched (as filters and pages do), the notice what was typed
      await expect(page.getByRole('searchbox')).toHaveValue('Vientiane');
    }
  });

  test('a misspelt word beside a right one is searched as corrected when that names an entry, and what was typed is a click away', async ({
    page,
  }) => {
    await page.goto('/en/search?q=Nanning%20Initative');
    const notice = page.getByTestId('corrected');
    await expect(notice).toHaveText(
      'Showing results for “Nanning Initiative”. Search instead for “Nanning Initative”',
    );
    await expect(results(page).first().getByRole('link')).toHaveAttribute(
      'href',
      '/en/agreements/nanning-initiative-2025',
    );
    // what was typed, searched as typed: the correction is only offered
    await notice.getByTestId('search-verbatim').click();
    await expect(page).toHaveURL('/en/search?q=Nanning+Initative&verbatim=1');
    const offer = page.getByTestId('did-you-mean');
    await expect(offer).toHaveText('Did you mean Nanning Initiative?');
    await expect(page.getByTestId('corrected')).toHaveCount(0);
    await offer.getByRole('link').click();
    await expect(page).toHaveURL('/en/search?q=Nanning+Initiative');
    await expect(page.getByTestId('did-you-mean')).toHaveCount(0);
    // the same in Chinese and Vietnamese boxes
    await page.goto('/zh/search?q=Nanning%20Initative');
    await expect(page.getByTestId('corrected')).toContainText('以下是“Nanning Initiative”的搜索结果');
    await page.goto('/vi/search?q=Nanning%20Initative');
    await expect(page.getByTestId('corrected')).toContainText(
      'Đang hiển thị kết quả cho “Nanning Initiative”',
    );
  });

  test('names typed as they sound find the entry first, in every language', async ({ page }) => {
    for (const [locale, q, href] of [
      ['en', 'Wieng Chan', '/en/cities/vientiane'],
      ['vi', 'Mong Kai', '/vi/cities/mong-cai'],
      ['zh', 'nan ning', '/zh/cities/nanning'],
      ['en', '2025 memorandum Yangon', '/en/agreements/nanning-yangon-mou-2025-2026'],
    ] as const) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
      await expect(results(page).first().getByRole('link'), q).toHaveAttribute('href', href);
    }
  });

  test('an abbreviation finds what it stands for, highlighted', async ({ page }) => {
    await page.goto('/en/search?q=CAFTA&type=article');
    const opening = results(page).filter({ hasText: 'Opening day in Nanning' });
    await expect(opening.locator('mark')).toContainText(['China–ASEAN Free Trade Area']);
    await page.goto('/zh/search?q=CAFTA&type=article');
    await expect(results(page).filter({ hasText: '开幕' }).locator('mark').first()).toHaveText(
      '中国—东盟自贸区',
    );
    await page.goto('/vi/search?q=MOU');
    await expect(results(page).first().getByRole('link')).toHaveAttribute(
      'href',
      '/vi/agreements/nanning-yangon-mou-2025-2026',
    );
  });

  test('an entity named with an event comes first; a Vietnamese phrase is highlighted as one', async ({
    page,
  }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent('侯刚 世界市长对话')}`);
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/zh/people/hou-gang');
    await page.goto(`/vi/search?q=${encodeURIComponent('thị trưởng')}&type=article`);
    const marks = await page.locator('[data-testid="search-result"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('thị trưởng');
  });
});
