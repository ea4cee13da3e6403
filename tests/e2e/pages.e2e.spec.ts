import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eDistDir } from '../support/e2e-state';

const locales = [
  {
    locale: 'zh',
    lang: 'zh-Hans',
    event: '世界市长对话·南宁',
    reports: 6,
    article: {
      slug: 'nanning-changyi-fabu',
      title: '市长主对话发布《南宁倡议》 聚焦友好交往、经贸合作与民心相通',
    },
    notFound: '页面不存在',
    published: '发布于2025年1月17日 21:50（北京时间）',
  },
  {
    locale: 'en',
    lang: 'en',
    event: 'Global Mayors Dialogue · Nanning',
    reports: 6,
    article: {
      slug: 'mayors-release-nanning-initiative',
      title: 'Mayors release the Nanning Initiative after the main dialogue',
    },
    notFound: 'Page not found',
    published: 'Published 17 January 2025, 21:50 (Beijing time)',
  },
  {
    locale: 'vi',
    lang: 'vi',
    event: 'Đối thoại Thị trưởng thế giới · Nam Ninh',
    reports: 5,
    article: {
      slug: 'cong-bo-sang-kien-nam-ninh',
      title: 'Các thị trưởng công bố Sáng kiến Nam Ninh sau phiên đối thoại chính',
    },
    notFound: 'Không tìm thấy trang',
    published: 'Đăng lúc 21:50 ngày 17/1/2025 (giờ Bắc Kinh)',
  },
] as const;

for (const l of locales) {
  test.describe(`in ${l.locale}`, () => {
    test('the home page shows the current event and the reports published in this language', async ({
      page,
    }) => {
      const response = await page.goto(`/${l.locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.event);
      await expect(page.locator('#latest + ul > li')).toHaveCount(l.reports);
      await expect(page.getByRole('definition').filter({ hasText: /^12$/ })).toBeVisible();
    });

    test('a report opens from the home page with its body, release time and sources', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      await page.getByRole('link', { name: l.article.title }).click();
      await expect(page).toHaveURL(`/${l.locale}/articles/${l.article.slug}`);
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.article.title);
      await expect(page.locator('article p[id^="p"]')).toHaveCount(4);
      await expect(page.locator('article time').first()).toHaveText(l.published);
      await expect(page.getByText('Shen Fei')).toBeVisible();
    });

    test('an unknown article or path is a 404 in this language', async ({ page }) => {
      for (const path of [`/${l.locale}/articles/no-such-report`, `/${l.locale}/no/such/page`]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.notFound);
      }
    });
  });
}

test('a report offers exactly the languages it exists in, and they lead to the same report', async ({
  page,
}) => {
  await page.goto('/en/articles/2015-china-asean-mayors-forum-nanning-consensus');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('listitem')).toHaveText(['中文', 'English']);
  await switcher.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL('/zh/articles/2015-zhongguo-dongmeng-shizhang-luntan-nanning-gongshi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('南宁共识');
});

test('asking for a language a report lacks is a 404 that says so and links the versions that exist', async ({
  page,
}) => {
  const response = await page.goto('/vi/articles/2015-china-asean-mayors-forum-nanning-consensus');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài này chưa có bản tiếng Việt');
  const main = page.getByRole('main');
  await expect(main.getByRole('link')).toHaveText(['Đọc bản Tiếng Trung (Giản thể)', 'Đọc bản Tiếng Anh']);
  await main.getByRole('link', { name: 'Đọc bản Tiếng Anh' }).click();
  await expect(page).toHaveURL('/en/articles/2015-china-asean-mayors-forum-nanning-consensus');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nanning Consensus');
});

test.describe('the root URL', () => {
  const cases: Array<{ name: string; headers: Record<string, string>; to: string }> = [
    {
      name: 'follows the Accept-Language header (a stale locale cookie is not read)',
      headers: { cookie: 'NEXT_LOCALE=en', 'accept-language': 'vi' },
      to: '/vi',
    },
    {
      name: 'follows the Accept-Language header',
      headers: { 'accept-language': 'vi-VN,vi;q=0.9,en;q=0.5' },
      to: '/vi',
    },
    { name: 'falls back to Chinese', headers: { 'accept-language': 'fr-FR' }, to: '/zh' },
  ];
  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const response = await request.get('/', { headers: c.headers, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(c.to);
    });
  }
});

test('an unknown locale prefix is a 404', async ({ request }) => {
  for (const path of ['/xx', '/xx/articles/anything', '/EN']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});

test('a report links the people, cities and agreements it is about, and other reports on its event', async ({
  page,
}) => {
  await page.goto('/en/articles/fourteen-projects-signed-nanning-yangon-memorandum');
  const mentioned = page.getByRole('region', { name: 'In this report' });
  await expect(mentioned.getByRole('link')).toHaveText([
    'Nanning',
    'Yangon',
    'Major exchange and cooperation projects signed in Nanning',
    'Nanning–Yangon Memorandum on the 2025–2026 Friendship Exchange Plan',
  ]);
  await expect(page.getByRole('region', { name: 'Related reports' }).getByRole('link')).toHaveCount(4);
  await mentioned.getByRole('link', { name: 'Yangon', exact: true }).click();
  await expect(page).toHaveURL('/en/cities/yangon');
  await expect(page.getByRole('region', { name: 'Agreements' }).getByRole('link')).toHaveText([
    'Nanning–Yangon Memorandum on the 2025–2026 Friendship Exchange Plan',
  ]);
});

const bodyLinks = [
  { locale: 'zh', slug: 'nanning-changyi-fabu', person: '侯刚', agreement: '南宁倡议', heading: '侯刚' },
  {
    locale: 'en',
    slug: 'mayors-release-nanning-initiative',
    person: 'Hou Gang',
    agreement: 'Nanning Initiative',
    heading: 'Hou Gang',
  },
  {
    locale: 'vi',
    slug: 'cong-bo-sang-kien-nam-ninh',
    person: 'Hầu Cương',
    agreement: 'Sáng kiến Nam Ninh',
    heading: 'Hầu Cương',
  },
] as const;

for (const c of bodyLinks) {
  test(`in ${c.locale}, the first mention of a person, city or agreement in a report's body links to its page`, async ({
    page,
  }) => {
    await page.goto(`/${c.locale}/articles/${c.slug}`);
    const body = page.getByTestId('article-body');
    // first mention only: each entity is linked once however often the body names it
    await expect(body.locator(`a[href="/${c.locale}/people/hou-gang"]`)).toHaveText([c.person]);
    await expect(body.locator(`a[href="/${c.locale}/cities/nanning"]`)).toHaveCount(1);
    await expect(body.locator(`a[href="/${c.locale}/agreements/nanning-initiative-2025"]`)).toHaveText([
      c.agreement,
    ]);
    // a link never sits inside another one
    await expect(body.locator('a a')).toHaveCount(0);
    await body.getByRole('link', { name: c.person, exact: true }).click();
    await expect(page).toHaveURL(`/${c.locale}/people/hou-gang`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(c.heading);
  });
}

test('side by side, each column links its own names to pages in the reader’s language', async ({ page }) => {
  await page.goto('/en/articles/mayors-release-nanning-initiative/with/zh,vi');
  const columns = page.getByTestId('parallel-text');
  await expect(columns.locator('[data-language="zh"] a[href="/en/people/hou-gang"]')).toHaveText(['侯刚']);
  await expect(columns.locator('[data-language="vi"] a[href="/en/people/hou-gang"]')).toHaveText([
    'Hầu Cương',
  ]);
  await expect(columns.locator('[data-language="en"] a[href="/en/people/hou-gang"]')).toHaveText([
    'Hou Gang',
  ]);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of [
    '/vi',
    '/vi/articles/cong-bo-sang-kien-nam-ninh',
    '/en/events/global-mayors-dialogue-nanning-2025',
    '/zh/articles/nanning-changyi-fabu/with/en,vi',
    '/vi/people/athsaphangthong-siphandone',
  ]) {
    test(`${path} fits the screen: no sideways scrolling, language names on one line`, async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const switcher = page.getByRole('navigation', { name: /语言|Language|Ngôn ngữ/ });
      for (const item of await switcher.getByRole('listitem').all()) {
        const box = await item.boundingBox();
        expect(box?.height ?? 0).toBeLessThan(30);
      }
    });
  }
});

test('the start-up JavaScript every page loads is marked for eager compilation, page chunks are not', async ({
  request,
}) => {
  // docs/decisions/013: the build adds V8's compile hint to Next's root main files only.
  const manifest = JSON.parse(await readFile(join(e2eDistDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const startup = new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
  for (const path of ['/zh/articles/nanning-changyi-fabu', '/en/cities/nanning', '/vi']) {
    const html = await (await request.get(path)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.filter((src) => startup.has(src)).sort(), path).toEqual([...startup].sort());
    for (const src of scripts) {
      const body = await (await request.get(src)).text();
      expect(body.startsWith('//# allFunctionsCalledOnLoad\n'), src).toBe(startup.has(src));
    }
  }
});

test('public/ serves the favicon, the icons and a web app manifest in each language, linked from every page', async ({
  request,
}) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icons/icon-192.png', 'image/png'],
    ['/icons/icon-512.png', 'image/png'],
    ['/icons/apple-touch-icon.png', 'image/png'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  for (const [locale, name] of [
    ['zh', '南宁城市对话'],
    ['en', 'Nanning City Dialogues'],
    ['vi', 'Đối thoại các thành phố tại Nam Ninh'],
  ] as const) {
    const html = await (await request.get(`/${locale}`)).text();
    expect(html).toContain(`<link rel="manifest" href="/manifest.${locale}.webmanifest"`);
    const manifest = (await (await request.get(`/manifest.${locale}.webmanifest`)).json()) as {
      name: string;
      start_url: string;
      icons: Array<{ src: string }>;
    };
    expect(manifest).toMatchObject({ name, start_url: `/${locale}` });
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  }
});

test('shared caches may keep public answers — no cookie, a public policy, HTML and RSC told apart — but never the newsroom or the language redirect', async ({
  request,
}) => {
  for (const path of [
    '/zh',
    '/en/articles/mayors-release-nanning-initiative',
    '/vi/people/nguyen-van-hanh',
    '/zh/cities/lang-son',
    '/en/search?q=nanning',
    '/zh/feed.xml',
    '/sitemap.xml',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
    const policy = response.headers()['cache-control'] ?? '';
    for (const part of [/^public,/, /s-maxage=\d+/, /stale-while-revalidate=\d+/, /stale-if-error=\d+/])
      expect(policy, path).toMatch(part);
  }
  expect((await request.get('/en/search?q=nanning')).headers()['cache-control']).toContain('s-maxage=30');
  // one URL, two answers: the HTML and the RSC payload are kept apart by Vary
  const html = await request.get('/en');
  const rsc = await request.get('/en', { headers: { RSC: '1' } });
  expect(html.headers()['content-type']).toContain('text/html');
  expect(rsc.headers()['content-type']).toContain('text/x-component');
  for (const r of [html, rsc]) expect(r.headers()['vary']?.toLowerCase()).toContain('rsc');
  // the newsroom and the language negotiation at / are never stored
  expect((await request.get('/editor/en/login')).headers()['cache-control']).toBe('private, no-store');
  const root = await request.get('/', { headers: { 'accept-language': 'vi' }, maxRedirects: 0 });
  expect(root.status()).toBe(307);
  expect(root.headers()['cache-control']).toBe('private, no-store');
  expect(root.headers()['set-cookie']).toBeUndefined();
  // each instance answers a page it served before from its own memory (docs/decisions/019): the
  // same page, never an RSC payload or the newsroom
  const again = await request.get('/en/articles/mayors-release-nanning-initiative');
  expect(again.headers()['x-portal-cache']).toBe('hit');
  expect(again.headers()['cache-control']).toMatch(/^public,/);
  expect(await again.text()).toContain('Mayors release the Nanning Initiative');
  expect(rsc.headers()['x-portal-cache']).toBeUndefined();
  expect((await request.get('/editor/en/login')).headers()['x-portal-cache']).toBeUndefined();
});

test('an address or a form body that cannot be read gets a 400 page in its language, never a 500', async ({
  request,
}) => {
  for (const [path, lang, text] of [
    ['/zh/%zz', 'zh-Hans', '地址无效'],
    ['/en/articles/%c3%28', 'en', 'This address is not valid'],
    ['/en/cities/a%', 'en', 'This address is not valid'],
    ['/vi/%00', 'vi', 'Địa chỉ không hợp lệ'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${lang}">`);
    expect(html, path).toContain(text);
    expect(response.headers()['content-security-policy'], path).toBeTruthy();
  }
  // a form body that cannot be read, posted as a server action or to a page: a 400, not Next's 500
  for (const headers of [
    { 'content-type': 'multipart/form-data; boundary=x', 'next-action': 'f00d' } as Record<string, string>,
    { 'content-type': 'multipart/form-data; boundary=x' },
    { 'content-type': 'multipart/form-data' },
  ]) {
    const response = await request.post('/vi', {
      headers,
      data: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\ncut',
    });
    expect(response.status(), JSON.stringify(headers)).toBe(400);
    expect(await response.text()).toContain('Không đọc được biểu mẫu này');
  }
  // the portal keeps serving afterwards
  expect((await request.get('/zh')).status()).toBe(200);
});
