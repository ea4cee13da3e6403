import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { e2eStateFile } from '../support/e2e-state';

/**
 * The newsroom story in a real browser against the real server and database: accounts, a
 * translation, review, publication, what the reader then sees, and an edit of the original that
 * marks the translation outdated. Runs after the public-site tests (it changes published content).
 */
test.describe.configure({ mode: 'serial' });

const password = 'violet harbour kettle 42';
const people = {
  admin: { email: 'admin@newsroom.test', name: 'Lý Minh Châu' },
  editor: { email: 'editor@newsroom.test', name: 'Zhou Lan' },
  translator: { email: 'translator@newsroom.test', name: 'Phạm Thu Trang' },
  reviewer: { email: 'reviewer@newsroom.test', name: 'Đỗ Quang Huy' },
};
const forum = 'mayors-forum-2015-nanning-consensus';
const viSlug = 'dien-dan-thi-truong-trung-quoc-asean-2015';

function databaseUrl(): string {
  const { adminUrl, database } = JSON.parse(readFileSync(e2eStateFile, 'utf8')) as {
    adminUrl: string;
    database: string;
  };
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.href;
}

async function signIn(browser: Browser, who: keyof typeof people, ui = 'en'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`/editor/${ui}/login`);
  await page.locator('input[name=email]').fill(people[who].email);
  await page.locator('input[name=password]').fill(password);
  await Promise.all([page.waitForURL(new RegExp(`/editor/${ui}$`)), page.locator('main button').click()]);
  return page;
}

test.beforeAll(() => {
  // the first admin comes from the command line: there are no default credentials
  execFileSync(
    'npx',
    [
      '--no-install',
      'tsx',
      '--conditions=react-server',
      'scripts/editor-create.ts',
      '--email',
      people.admin.email,
      '--name',
      people.admin.name,
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl(), EDITOR_PASSWORD: password },
      stdio: 'pipe',
    },
  );
});

test('an anonymous visitor is sent to the login page and cannot call the scheduler', async ({
  page,
  request,
}) => {
  await page.goto('/editor/en');
  await expect(page).toHaveURL(/\/editor\/en\/login$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await request.post('/api/publish-due')).status()).toBe(403);
  await page.goto(`/editor/vi/articles/${forum}/vi`);
  await expect(page).toHaveURL(/\/editor\/vi\/login$/);
});

test('a cross-origin POST to a server action is refused; a same-origin one is answered', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/editor/en/login');
  const actionField = await page.locator('form input[type=hidden][name^="$ACTION_ID_"]').getAttribute('name');
  expect(actionField).toBeTruthy();
  const form = { [actionField!]: '', uiLocale: 'en', email: people.admin.email, password };
  const crossOrigin = await request.post('/editor/en/login', {
    multipart: form,
    headers: { origin: 'https://attacker.example' },
    maxRedirects: 0,
  });
  expect(crossOrigin.status()).toBeGreaterThanOrEqual(400);
  expect(crossOrigin.headers()['set-cookie'] ?? '').not.toContain('portal_session');
  const sameOrigin = await request.post('/editor/en/login', {
    multipart: form,
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(sameOrigin.status()).toBe(303);
  expect(sameOrigin.headers()['set-cookie']).toMatch(/portal_session=[^;]+;.*HttpOnly/i);
});

test('editor pages carry a nonce-based CSP, public pages the static one', async ({ request }) => {
  const editor = await request.get('/editor/zh/login');
  const csp = editor.headers()['content-security-policy']!;
  expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  const html = await editor.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  const again = await request.get('/editor/zh/login');
  expect(again.headers()['content-security-policy']).not.toBe(csp);
  const home = await request.get('/vi');
  expect(home.headers()['content-security-policy']).toContain("object-src 'none'");
  expect(home.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('the whole story: accounts, translation, review, publication, the reader, an outdated translation', async ({
  browser,
}) => {
  // 1. the admin creates an editor, a Vietnamese translator and a reviewer
  const admin = await signIn(browser, 'admin', 'en');
  for (const [who, role, languages] of [
    ['editor', 'editor', []],
    ['translator', 'translator', ['vi']],
    ['reviewer', 'reviewer', ['vi', 'en']],
  ] as const) {
    await admin.goto('/editor/en/users');
    const form = admin.locator('form').filter({ has: admin.locator('input[name=password]') });
    await form.locator('input[name=name]').fill(people[who].name);
    await form.locator('input[name=email]').fill(people[who].email);
    await form.locator('select[name=role]').selectOption(role);
    for (const l of languages) await form.locator(`input[name=languages][value=${l}]`).check();
    await form.locator('input[name=password]').fill(password);
    await Promise.all([admin.waitForURL(/done=created/), form.locator('button').click()]);
  }
  await expect(admin.locator('tr[data-email]')).toHaveCount(4);

  // 2. the translator writes the Vietnamese version, beside the Chinese original, and sends it to review
  const translator = await signIn(browser, 'translator', 'vi');
  await expect(translator.locator(`tr[data-article=${forum}] td[data-locale=vi]`)).toContainText('Chưa có');
  await translator.goto(`/editor/vi/articles/${forum}/vi`);
  await translator
    .locator('input[name=title]')
    .fill('Nhìn lại Diễn đàn Thị trưởng Trung Quốc – ASEAN 2015 và Đồng thuận Nam Ninh');
  await translator.locator('input[name=slug]').fill(viSlug);
  await translator
    .locator('textarea[name=standfirst]')
    .fill('Các thành phố Trung Quốc và ASEAN đã thống nhất những kênh hợp tác mới tại Nam Ninh năm 2015.');
  const slots = translator.locator('textarea[name=text]');
  const count = await slots.count();
  expect(count).toBeGreaterThan(2);
  for (let i = 0; i < count; i++)
    await slots.nth(i).fill(`Đoạn ${i + 1} của bản tiếng Việt về diễn đàn năm 2015.`);
  await translator.getByRole('button', { name: 'Lưu' }).click();
  await expect(translator.locator('main [role=status]').first()).toContainText('Đã lưu thành bản sửa 1');
  await translator.reload();
  await Promise.all([
    translator.waitForURL(/done=inReview/),
    translator.getByRole('button', { name: 'Gửi duyệt' }).click(),
  ]);

  // a translator cannot publish: there is no button, and the action refuses anyway
  await expect(translator.getByRole('button', { name: 'Đăng ngay' })).toHaveCount(0);

  // 3. the reviewer approves it
  const reviewer = await signIn(browser, 'reviewer', 'en');
  await reviewer.goto(`/editor/en/articles/${forum}/vi`);
  await reviewer.locator('textarea[name=comment]').fill('Names checked against the glossary.');
  await Promise.all([
    reviewer.waitForURL(/done=approved/),
    reviewer.getByRole('button', { name: 'Approve' }).click(),
  ]);

  // 4. the editor publishes it
  const editor = await signIn(browser, 'editor', 'zh');
  await editor.goto(`/editor/zh/articles/${forum}/vi`);
  await Promise.all([
    editor.waitForURL(/done=published/),
    editor.getByRole('button', { name: '立即发布' }).click(),
  ]);

  // 5. an anonymous reader sees the three languages side by side, and who reviewed the Vietnamese
  const reader = await browser.newPage();
  const response = await reader.goto(`/vi/articles/${viSlug}/with/zh,en`);
  expect(response?.status()).toBe(200);
  for (const lang of ['zh-Hans', 'en', 'vi'])
    await expect(reader.locator(`[lang=${lang}]`).first()).toBeVisible();
  await expect(reader.getByText('Đoạn 1 của bản tiếng Việt')).toBeVisible();
  await reader.goto(`/vi/articles/${viSlug}`);
  await expect(reader.getByText(`${people.reviewer.name} (người duyệt)`)).toBeVisible();

  // 6. the editor changes the original's first paragraph: the Vietnamese version becomes outdated
  await editor.goto(`/editor/zh/articles/${forum}/zh`);
  const first = editor.locator('textarea[name=text]').first();
  await first.fill(`${await first.inputValue()}(编辑部补充)`);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.locator('main [role=status]').first()).toContainText('已保存');
  await reader.goto(`/vi/articles/${viSlug}`);
  await expect(reader.getByRole('note')).toContainText('Bản gốc của bài đã được sửa');
  await translator.goto(`/editor/vi/articles/${forum}/vi`);
  await expect(translator.getByTestId('outdated')).toHaveCount(1);
  await translator.goto('/editor/vi?language=vi&status=outdated');
  await expect(translator.locator('tr[data-article]')).toHaveCount(1);
});

test('two editors saving the same version: the second is refused and keeps their text beside the first', async ({
  browser,
}) => {
  const a = await signIn(browser, 'editor', 'en');
  const b = await signIn(browser, 'admin', 'en');
  const path = `/editor/en/articles/${forum}/en`;
  await a.goto(path);
  await b.goto(path);
  await a.locator('textarea[name=text]').first().fill('First editor’s wording.');
  await a.getByRole('button', { name: 'Save' }).click();
  await expect(a.locator('main [role=status]').first()).toContainText('Saved as revision');
  await b.locator('textarea[name=text]').first().fill('Second editor’s wording, typed at the same time.');
  await b.getByRole('button', { name: 'Save' }).click();
  await expect(b.locator('main [role=alert]').first()).toContainText('Nothing was overwritten');
  await expect(b.locator('textarea[name=text]').first()).toHaveValue(
    'Second editor’s wording, typed at the same time.',
  );
  await expect(b.getByTestId('theirs').first()).toContainText('First editor’s wording.');
});

test('script and HTML typed into every field render as inert text on the public page', async ({
  browser,
}) => {
  const editor = await signIn(browser, 'editor', 'en');
  await editor.goto(`/editor/en/articles/${forum}/en`);
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  await editor.locator('input[name=title]').fill(`Forum ${payload}`);
  await editor.locator('textarea[name=standfirst]').fill(payload);
  await editor.locator('textarea[name=text]').nth(1).fill(`${payload} [x](javascript:window.__xss=3)`);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.locator('main [role=status]').first()).toContainText('Saved as revision');
  const reader = await browser.newPage();
  await reader.goto('/en/articles/2015-china-asean-mayors-forum-nanning-consensus');
  await expect(reader.locator('h1')).toHaveText(`Forum ${payload}`);
  await expect(reader.locator('article img, article script')).toHaveCount(0);
  await expect(reader.locator('a[href^="javascript:"]')).toHaveCount(0);
  await reader.locator('h1').click();
  expect(await reader.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('repeated wrong passwords lock the account, with the same message for an unknown account', async ({
  page,
}) => {
  const attempt = async (email: string, secret: string) => {
    await page.goto('/editor/en/login');
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(secret);
    await Promise.all([page.waitForURL(/error=/), page.locator('main button').click()]);
    return page.locator('main [role=alert]').innerText();
  };
  const unknown = await attempt('nobody@newsroom.test', 'wrong password 0');
  const wrong = await attempt(people.reviewer.email, 'wrong password 1');
  expect(unknown).toBe(wrong);
  for (let i = 2; i <= 5; i++) await attempt(people.reviewer.email, `wrong password ${i}`);
  expect(await attempt(people.reviewer.email, password)).toContain('15 minutes');
});
