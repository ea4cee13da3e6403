import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAccount } from '../support/e2e-state';
import { publishVersion, signInAs } from '../support/e2e-newsroom';

/**
 * Real releases through the import page, in Chromium against the real server: a bilingual release
 * whose headline exists in English only and with one paragraph in English only; a Chinese
 * newspaper clipping hard-wrapped every 15 characters with its title printed last; a structured
 * English report with a table of contents, headings, lists and an interview. Each is previewed,
 * confirmed, opened in the editor, published and read on the public page side by side.
 * Runs after the newsroom story (it publishes reports).
 */
test.describe.configure({ mode: 'serial' });

const password = 'amber lantern orchard 73';
const admin = { email: 'importer@newsroom.test', name: 'Trần Minh Anh' };
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

test.beforeAll(() => {
  createAccount({ ...admin, password });
});

const opened: Page[] = [];
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.context().close()));
});
const signIn = (browser: Browser) => signInAs(browser, { ...admin, password }, opened);

async function preview(page: Page, text: string) {
  await page.goto('/editor/en/import');
  await page.getByLabel('Text of the release').fill(text);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

async function create(page: Page, articleId: string, slugs: Record<string, string>, original: string) {
  await page.locator('input[name=articleId]').fill(articleId);
  for (const [l, slug] of Object.entries(slugs)) await page.locator(`input[name=slug-${l}]`).fill(slug);
  await Promise.all([
    page.waitForURL(new RegExp(`/editor/en/articles/${articleId}/${original}\\?done=imported`)),
    page.getByRole('button', { name: 'Create draft' }).click(),
  ]);
}

const publish = (page: Page, articleId: string, lang: string) =>
  publishVersion(page, articleId, lang, 'Checked against the release.');

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('main [role=status]', { hasText: 'Saved as revision' })).toBeVisible();
}

test('a bilingual release with an English-only headline and one English-only paragraph', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await signIn(browser);
  await preview(page, fixture('01-headline-in-english-only.txt'));
  await expect(page.getByTestId('import-summary')).toContainText(
    'Original language: 中文. Languages found: 中文, English. 6 paragraphs',
  );
  await expect(page.getByTestId('import-missing-title')).toContainText('no headline in 中文');
  // pairs by content: the paragraph on 农生文 sits beside the one on Nong Shengwen …
  const table = page.getByTestId('import-table');
  await expect(table.locator('tr', { hasText: '农生文' })).toContainText('Nong Shengwen');
  await expect(table.locator('tr', { hasText: '此次对话共签约14个' })).toContainText(
    '14 exchange and cooperation projects',
  );
  // … and the English-only paragraph is one unpaired row, not a shift of every pair after it
  await expect(table.locator('tr[data-unpaired]')).toHaveCount(1);
  await expect(table.locator('tr[data-unpaired]')).toContainText('Organisers said the venue');
  // header: time first, day-month-year; the outlet and this very release are on file
  await expect(page.getByTestId('import-released')).toHaveText('January 17, 2025 at 9:14 PM');
  await expect(page.getByTestId('import-outlet')).toHaveText('NNICC');
  await expect(page.getByTestId('import-outlet-match')).toContainText('already on file');
  await expect(page.locator('select[name=sourceId]')).toHaveValue('nnicc-2025-01-17');
  await expect(page.locator('select[name=eventId]')).toHaveValue('global-mayors-dialogue-nanning-2025');
  await expect(page.getByTestId('import-matches')).toContainText('Nong Shengwen');
  await expect(page.locator('input[name=title-zh]')).toHaveValue('');

  const id = 'mayors-open-dialogue-e2e';
  await create(page, id, { zh: 'shi-zhang-kai-mu-e2e', en: id }, 'zh');
  // the editor: the Chinese headline is left to write; the English-only slot is empty in Chinese
  await expect(page.locator('input[name=title]')).toHaveValue('');
  const texts = page.locator('textarea[name=text]');
  await expect(texts).toHaveCount(6);
  await expect(texts.nth(2)).toHaveValue('');
  await expect(texts.nth(5)).toHaveValue('此次对话共签约14个交流合作项目。');
  await page.locator('input[name=title]').fill('十二城市市长出席世界市长对话·南宁开幕式');
  await save(page);
  await publish(page, id, 'zh');
  await publish(page, id, 'en');

  const reader = await browser.newPage();
  opened.push(reader);
  expect((await reader.goto(`/en/articles/${id}/with/zh`))?.status()).toBe(200);
  const row = (text: string) => reader.getByTestId('parallel-text').locator('section', { hasText: text });
  await expect(row('Nong Shengwen')).toContainText('广西壮族自治区政府副主席农生文在开幕式上致辞。');
  await expect(row('Organisers said the venue')).toContainText('This paragraph is not in the');
  await expect(row('14 exchange and cooperation projects')).toContainText('此次对话共签约14个交流合作项目。');
});

test('a Chinese newspaper clipping hard-wrapped every 15 characters, its title printed last', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await signIn(browser);
  await preview(page, fixture('08-chinese-clipping.txt'));
  await expect(page.getByTestId('import-summary')).toContainText('3 paragraphs');
  const table = page.getByTestId('import-table');
  await expect(table.locator('tr').nth(1)).toContainText('中国—东盟市长论坛在南宁闭幕');
  await expect(table.locator('tr').nth(1)).toContainText('首届论坛聚焦互联互通');
  await expect(page.getByTestId('import-byline')).toHaveText('本报记者 丁翊轩');
  await expect(table).toContainText(
    '论坛以“一带一路”区域互联互通、城市合作共赢为主题，由中国市长协会和中国—东盟博览会秘书处共同主办。',
  );
  await expect(page.locator('select[name=eventId]')).toHaveValue('china-asean-mayors-forum-2015');
  await expect(page.locator('input[name=outlet]')).toHaveValue('本报');

  const id = 'forum-2015-clipping-e2e';
  await create(page, id, { zh: 'lun-tan-bi-mu-e2e' }, 'zh');
  await expect(page.locator('input[name=title]')).toHaveValue('中国—东盟市长论坛在南宁闭幕');
  await expect(page.locator('textarea[name=standfirst]')).toHaveValue('首届论坛聚焦互联互通');
  await expect(page.locator('textarea[name=text]')).toHaveCount(3);
  await publish(page, id, 'zh');

  // an English version beside it, written in the editor, then both side by side
  await page.goto(`/editor/en/articles/${id}/en`);
  await page.locator('input[name=title]').fill('China–ASEAN Mayors Forum closes in Nanning');
  await page.locator('input[name=slug]').fill('forum-closes-e2e');
  const texts = page.locator('textarea[name=text]');
  for (const [i, text] of [
    'On 20 September the two-day 2015 China–ASEAN Mayors Forum closed in Nanning, the first edition of the forum.',
    'Its theme was Belt and Road regional connectivity and win-win cooperation between cities.',
    'City representatives discussed connectivity; several ASEAN cities said they would sign the Nanning Consensus.',
  ].entries())
    await texts.nth(i).fill(text);
  await save(page);
  await publish(page, id, 'en');

  const reader = await browser.newPage();
  opened.push(reader);
  expect((await reader.goto(`/zh/articles/lun-tan-bi-mu-e2e/with/en`))?.status()).toBe(200);
  const rows = reader.getByTestId('parallel-text').locator('section');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('由中国市长协会和中国—东盟博览会秘书处共同主办');
  await expect(rows.nth(1)).toContainText('Belt and Road');
  await expect(reader.locator('h1')).toContainText('中国—东盟市长论坛在南宁闭幕');
});

test('a structured English report: contents, headings, lists and an interview', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await signIn(browser);
  await preview(page, fixture('06-structured-report.txt'));
  const table = page.getByTestId('import-table');
  await expect(table.locator('tr[data-kind=heading]')).toHaveCount(3);
  await expect(table.locator('tr[data-kind=bullet]')).toHaveCount(3);
  await expect(table.locator('tr[data-kind=numbered]')).toHaveCount(3);
  await expect(table.locator('tr[data-kind=question]')).toHaveCount(2);
  await expect(table.locator('tr[data-kind=answer]')).toHaveCount(2);
  await expect(table).not.toContainText('- a shared initiative');
  const dropped = page.getByTestId('import-dropped');
  await expect(dropped.locator('li', { hasText: '1. The dialogue in brief' })).toContainText(
    'table of contents',
  );
  await expect(dropped.locator('li', { hasText: 'Lang Son presents' })).toContainText(
    'related-articles list',
  );

  // one click brings a dropped line back as text, another leaves it out again
  await dropped
    .locator('li', { hasText: 'Lang Son presents' })
    .getByRole('button', { name: 'Keep as text' })
    .click();
  await expect(table.locator('tr', { hasText: 'Lang Son presents its smart border gate' })).toHaveCount(1);
  await expect(page.getByTestId('import-kept')).toContainText('line 33');
  await page.getByTestId('import-kept').getByRole('button', { name: 'Leave out again' }).click();
  await expect(table.locator('tr', { hasText: 'Lang Son presents its smart border gate' })).toHaveCount(0);

  const id = 'nanning-meetings-guide-e2e';
  await create(page, id, { en: id }, 'en');
  const kinds = page.locator('select[name=kind]');
  await expect(kinds).toHaveCount(17);
  await expect(kinds.nth(0)).toHaveValue('heading');
  await expect(kinds.nth(3)).toHaveValue('bullet');
  await expect(kinds.nth(8)).toHaveValue('numbered');
  await expect(page.locator('textarea[name=text]').nth(13)).toHaveValue('**Q:** Why Nanning?');
  // the kinds and the strong labels round-trip through a save
  await page
    .locator('textarea[name=text]')
    .nth(14)
    .fill(
      '**A:** Nanning is the gateway between China and ASEAN; it has hosted the China-ASEAN Expo for two decades.',
    );
  await save(page);
  await page.reload();
  await expect(kinds.nth(3)).toHaveValue('bullet');
  await expect(kinds.nth(14)).toHaveValue('answer');
  await expect(page.locator('textarea[name=text]').nth(14)).toHaveValue(
    '**A:** Nanning is the gateway between China and ASEAN; it has hosted the China-ASEAN Expo for two decades.',
  );
  await publish(page, id, 'en');

  // a Vietnamese version of every slot, so the structure can be read side by side
  await page.goto(`/editor/en/articles/${id}/vi`);
  await page.locator('input[name=title]').fill('Các cuộc gặp ở Nam Ninh đã thống nhất điều gì');
  await page.locator('input[name=slug]').fill('cac-cuoc-gap-o-nam-ninh-e2e');
  const texts = page.locator('textarea[name=text]');
  for (let i = 0; i < 17; i++) await texts.nth(i).fill(`Đoạn ${i + 1} bằng tiếng Việt`);
  // the two paragraphs with figures need them, or the checks hold the version back from review
  const figures = [
    'Đối thoại Thị trưởng Toàn cầu · Nam Ninh quy tụ lãnh đạo 12 thành phố của 8 quốc gia từ ngày 15 đến 18/1.',
    '14 dự án ký kết tại phiên đối thoại chia thành ba nhóm, theo thứ tự sau:',
  ];
  const held: number[] = [];
  for (let i = 0; i < 17; i++) {
    const id = await texts.nth(i).getAttribute('id');
    if (await page.locator(`[id="${id}-checks"] [data-check=numbers]`).count()) held.push(i);
  }
  expect(held).toHaveLength(figures.length);
  for (const [n, i] of held.entries()) await texts.nth(i).fill(figures[n]!);
  await expect(page.locator('[data-testid=checks] [data-severity=error]')).toHaveCount(0);
  await save(page);
  await publish(page, id, 'vi');

  const reader = await browser.newPage();
  opened.push(reader);
  expect((await reader.goto(`/en/articles/${id}`))?.status()).toBe(200);
  const body = reader.getByTestId('article-body');
  await expect(body.locator('h2')).toHaveText([
    'The dialogue in brief',
    'Projects signed',
    'Interview with an organiser',
  ]);
  await expect(body.locator('ul > li')).toHaveText([
    'a shared initiative on city cooperation',
    'new routes for goods crossing the border',
    'more exchanges between students and artists',
  ]);
  await expect(body.locator('ol > li')).toHaveCount(3);
  await expect(body.locator('blockquote')).toContainText('Cities are where cooperation becomes visible');
  await expect(body.locator('p[data-kind=question] strong').first()).toHaveText('Q:');
  await expect(body.locator('p[data-kind=answer]').first()).toContainText(
    'it has hosted the China-ASEAN Expo',
  );

  expect((await reader.goto(`/en/articles/${id}/with/vi`))?.status()).toBe(200);
  const row = reader.getByTestId('parallel-text').locator('section', { hasText: 'culture and tourism' });
  await expect(row.locator('[data-language=en] ol')).toHaveAttribute('start', '2');
  await expect(row.locator('[data-language=vi]')).toContainText('Đoạn 10 bằng tiếng Việt');
});
