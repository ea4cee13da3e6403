import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import sharp from 'sharp';
import { FormClient } from '../../scripts/soak/form-client';
import { createAccount, e2eStateFile } from '../support/e2e-state';

const pages = [
  { path: '/zh/articles?city=nanning', heading: '关于南宁的报道' },
  { path: '/en/events/global-mayors-dialogue-nanning-2025', heading: 'Global Mayors Dialogue · Nanning' },
  { path: '/vi/people/nguyen-van-hanh', heading: 'Nguyễn Văn Hạnh' },
  { path: '/zh/cities/lang-son', heading: '谅山市' },
  {
    path: '/en/agreements/cooperation-projects-2025',
    heading: 'Major exchange and cooperation projects signed in Nanning',
  },
  { path: '/zh', heading: '世界市长对话·南宁' },
  { path: '/en', heading: 'Global Mayors Dialogue · Nanning' },
  { path: '/vi', heading: 'Đối thoại Thị trưởng thế giới · Nam Ninh' },
  {
    path: '/en/articles/mayors-release-nanning-initiative',
    heading: 'Mayors release the Nanning Initiative after the main dialogue',
  },
  {
    path: '/vi/articles/cong-bo-sang-kien-nam-ninh',
    heading: 'Các thị trưởng công bố Sáng kiến Nam Ninh sau phiên đối thoại chính',
  },
  {
    path: '/zh/articles/nanning-changyi-fabu/with/en,vi',
    heading: '市长主对话发布《南宁倡议》 聚焦友好交往、经贸合作与民心相通',
  },
];

const unlinked = '/vi/articles/cong-bo-sang-kien-nam-ninh/with/en,zh';

test('published pages are served from the cache while the database is unreachable', async ({
  page,
  browser,
  baseURL,
}) => {
  // an editor signed in before the outage (without JavaScript: the form posts itself)
  const account = { email: 'editor@outage.test', name: 'Outage', password: 'quiet harbour lantern 5' };
  createAccount(account);
  const editor = new FormClient(baseURL!);
  const signedIn = await editor.signIn('vi', account.email, account.password);
  expect(signedIn.location).toMatch(/\/editor\/vi$/);
  const { adminUrl, database } = JSON.parse(readFileSync(e2eStateFile, 'utf8')) as {
    adminUrl: string;
    database: string;
  };

  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#5588aa' } })
    .jpeg()
    .toBuffer();
  for (const p of pages) expect((await page.goto(p.path))?.status(), p.path).toBe(200);
  // a search read just before the outage (its page may stand in for ten minutes: stale-if-error=600)
  expect((await page.goto('/en/search?q=nanning'))?.status()).toBe(200);

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Nobody, superusers included, may connect any more; the app's open connections are cut.
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      database,
    ]);
    const probe = new pg.Client({ connectionString: adminUrl.replace(/\/[^/]*$/, `/${database}`) });
    await expect(probe.connect()).rejects.toThrow(/not currently accepting connections/);

    for (const p of pages) {
      const response = await page.goto(p.path);
      expect(response?.status(), p.path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
    }

    // A page nobody has asked for yet needs the database: a server error that says so in the
    // page's language, with a way home — never a blank page. The address is a valid comparison
    // that no page links to (links list languages in table order), so neither the crawler nor
    // another test has rendered it.
    const uncached = await page.goto(unlinked);
    expect(uncached?.status()).toBe(500);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tạm thời không thể hiển thị trang này');
    await expect(page.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/vi');

    // Search reads the database: a query nobody asked before gets the same localized error, never
    // a blank page; one read moments ago is answered from its last good copy (docs/decisions/021).
    const search = await page.goto('/en/search?q=border%20gates%20outage');
    expect(search?.status()).toBe(500);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page cannot be shown right now');
    // Without JavaScript (a text browser, a reader who turned it off) the same page is there: its
    // content is written into the HTML, not only into the script's payload.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      const answer = await plain.goto('/zh/search?q=%E6%96%AD%E7%BD%91');
      expect(answer?.status()).toBe(500);
      await expect(plain.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      await expect(plain.getByRole('heading', { level: 1 })).toHaveText('页面暂时无法显示');
      await expect(plain.getByRole('link', { name: '重试' })).toHaveAttribute(
        'href',
        '/zh/search?q=%E6%96%AD%E7%BD%91',
      );
      await expect(plain.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/zh');
    } finally {
      await noScript.close();
    }
    // A newsroom page needs the database: a server error in the newsroom's language, with its
    // header, never Next's bare 500 — without JavaScript, and with it (the newsroom's error page)
    const dashboard = await editor.get('/editor/vi');
    expect(dashboard.status).toBe(500);
    expect(dashboard.root.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(dashboard.root.querySelector('h1')?.text).toBe('Tạm thời không thể hiển thị trang này');
    expect(dashboard.html).toContain('Tòa soạn');
    // A photo uploaded during the outage: back to the library with the reason, nothing kept (the
    // library needs the database too; it says why once it is back, below)
    const body = new FormData();
    body.append('files', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'outage.jpg');
    const upload = await fetch(`${baseURL}/media/upload?ui=vi`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { cookie: editor.cookieHeader(), origin: baseURL! },
    });
    expect([upload.status, upload.headers.get('location')]).toEqual([
      303,
      '/editor/vi/photos?error=unavailable',
    ]);
    const scripted = await browser.newContext();
    try {
      const [name, value] = editor.cookieHeader().split('=') as [string, string];
      await scripted.addCookies([{ name, value, url: baseURL! }]);
      const newsroom = await scripted.newPage();
      expect((await newsroom.goto('/editor/vi'))?.status()).toBe(500);
      await expect(newsroom.locator('main [role=alert]')).toContainText(
        'Hiện không kết nối được cơ sở dữ liệu',
      );
      await expect(newsroom.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    } finally {
      await scripted.close();
    }

    const recent = await page.goto('/en/search?q=nanning');
    expect(recent?.status()).toBe(200);
    expect(recent?.headers()['x-portal-cache']).toMatch(/^(hit|stale-if-error)$/);
  } finally {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await admin.end();
  }

  const library = await editor.get('/editor/vi/photos?error=unavailable');
  expect(library.status).toBe(200);
  expect(library.root.querySelector('main [role=alert]')?.text).toContain(
    'Hiện không kết nối được cơ sở dữ liệu',
  );
  const kept = new pg.Client({ connectionString: adminUrl.replace(/\/[^/]*$/, `/${database}`) });
  await kept.connect();
  try {
    const sha256 = createHash('sha256').update(photo).digest('hex');
    const { rows } = await kept.query('SELECT count(*)::int AS n FROM photo_originals WHERE sha256 = $1', [
      sha256,
    ]);
    expect(rows[0].n).toBe(0);
  } finally {
    await kept.end();
  }

  // Once the database is back, the page renders: the error was not cached.
  await expect.poll(async () => (await page.goto(unlinked))?.status(), { timeout: 15_000 }).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Các thị trưởng công bố Sáng kiến Nam Ninh sau phiên đối thoại chính',
  );
});
