import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { createAccount } from '../support/e2e-state';
import { publishVersion, signInAs } from '../support/e2e-newsroom';

/**
 * The photo library in Chromium against the real server: files made here with sharp (a camera
 * JPEG with EXIF and GPS, a PNG) and a PDF named .jpg, uploaded with the progress the page shows,
 * then without JavaScript; the refused file named with its reason; a photo's texts in two
 * languages and its focal point set by a click; renditions served immutable and without EXIF.
 */
test.describe.configure({ mode: 'serial' });

const account = { email: 'photos@newsroom.test', name: 'Hoàng Lan', password: 'silver kite harbour 41' };
test.beforeAll(() => createAccount(account));

const opened: Page[] = [];
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.context().close()));
});

const camera = () =>
  sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#4477aa' } })
    .withExif({
      IFD0: { Artist: 'Lu Wen', ImageDescription: 'Mayors at the signing table' },
      IFD2: { DateTimeOriginal: '2025:01:16 10:30:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '22/1 49/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '108/1 22/1 0/1',
      },
    })
    .jpeg()
    .toBuffer();

test('upload with progress, a refused file named, texts in two languages, a focal point by click', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const page = await signInAs(browser, account, opened);
  await page.goto('/editor/en/photos');
  await page.getByLabel('Photo files').setInputFiles([
    { name: 'signing.jpg', mimeType: 'image/jpeg', buffer: await camera() },
    {
      name: 'delegates.png',
      mimeType: 'image/png',
      buffer: await sharp({ create: { width: 900, height: 600, channels: 4, background: '#22aa6680' } })
        .png()
        .toBuffer(),
    },
    {
      name: 'programme.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('%PDF-1.7\n% the programme, not a photo\n'),
    },
  ]);
  await page.getByRole('button', { name: 'Upload' }).click();
  const outcome = page.getByTestId('upload-outcome');
  await expect(outcome).toContainText('2 photos added');
  await expect(outcome).toContainText('the file records where it was taken');
  await expect(page.getByTestId('upload-refused')).toHaveText(
    'programme.jpg: not added — it is not an image (whatever its name says).',
  );
  const cards = page.getByTestId('photo-library').locator('li');
  await expect(cards).toHaveCount(2);
  // the thumbnails are real images, served for a year, with nothing of the camera's EXIF or GPS
  const thumb = cards.filter({ hasText: 'Mayors at the signing table' }).locator('img');
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  const answer = await request.get((await thumb.getAttribute('src'))!);
  expect(answer.headers()['cache-control']).toBe('public, max-age=31536000, s-maxage=31536000, immutable');
  expect(answer.headers()['content-type']).toBe('image/jpeg');
  expect(await exifr.parse(await answer.body(), { gps: true }).catch(() => undefined)).toBeUndefined();

  await cards.filter({ hasText: 'Mayors at the signing table' }).locator('a').click();
  await expect(page.locator('input[name=credit]')).toHaveValue('Lu Wen');
  await expect(page.locator('textarea[name=caption-en]')).toHaveValue('Mayors at the signing table');
  await page.locator('textarea[name=caption-zh]').fill('各城市市长在签字桌前。');
  await page.locator('input[name=alt-zh]').fill('几位市长站在铺着桌布的签字桌后');
  await page.locator('input[name=alt-en]').fill('Several mayors stand behind a draped signing table');
  // a click a quarter across and a third down the photo sets the focal point
  const image = page.getByTestId('focal-image');
  const box = (await image.boundingBox())!;
  await image.click({ position: { x: box.width * 0.25, y: box.height / 3 } });
  await expect(page.locator('input[name=focalX]')).toHaveValue(/^2[45](\.\d)?$/);
  const cropBefore = await page.locator('img[width="160"]').first().getAttribute('src');
  await page.getByRole('button', { name: 'Save photo' }).click();
  await expect(page.locator('main [role=status]')).toHaveText('Photo saved.');
  await expect(page.locator('input[name=focalY]')).toHaveValue(/^3[23](\.\d)?$/);
  await expect(page.locator('input[name=alt-zh]')).toHaveValue('几位市长站在铺着桌布的签字桌后');
  // the crops have new addresses (the key follows the focal point); each is a real image
  const crop = page.locator('img[width="160"]').first();
  expect(await crop.getAttribute('src')).not.toBe(cropBefore);
  await expect.poll(() => crop.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
});

test('the upload works without JavaScript, and bad files change nothing', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  opened.push(page);
  await page.goto('/editor/en/login');
  await page.locator('input[name=email]').fill(account.email);
  await page.locator('input[name=password]').fill(account.password);
  await Promise.all([page.waitForURL(/\/editor\/en$/), page.locator('main button').click()]);
  await page.goto('/editor/zh/photos');
  const before = await page.getByTestId('photo-library').locator('li').count();
  await page.getByLabel('图片文件').setInputFiles([
    {
      name: 'drawing.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    },
    { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
  ]);
  await Promise.all([
    page.waitForURL(/\/editor\/zh\/photos\?/),
    page.getByRole('button', { name: '上传' }).click(),
  ]);
  await expect(page.getByTestId('upload-refused')).toHaveText([
    'drawing.svg：未添加——不接受SVG矢量图（其中可能含有脚本）；请导出为PNG。',
    'empty.jpg：未添加——文件是空的。',
  ]);
  await expect(page.getByTestId('photo-library').locator('li')).toHaveCount(before);
});

test('a report with a lead photo and a photo in its text: alt text first, then published and read', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const page = await signInAs(browser, account, opened);
  // a Vietnamese page whose photo placeholder left a caption slot (fixture 18, our own)
  await page.goto('/editor/en/import');
  await page
    .getByLabel('Text of the release')
    .fill(
      readFileSync(
        new URL('../fixtures/import/18-vietnamese-page-with-photo-slots.txt', import.meta.url),
        'utf8',
      ),
    );
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.locator('input[name=articleId]').fill('delegates-photos-e2e');
  await page.locator('input[name=slug-vi]').fill('dai-bieu-anh-e2e');
  await page.locator('select[name=sourceId]').selectOption('');
  await Promise.all([
    page.waitForURL(/\/editor\/en\/articles\/delegates-photos-e2e\/vi\?done=imported/),
    page.getByRole('button', { name: 'Create draft' }).click(),
  ]);
  // the photos: the camera photo leads, the other stands above the caption
  await page.goto('/editor/en/articles/delegates-photos-e2e');
  const lead = page.locator('select[name=leadPhotoId]');
  const camera = await lead
    .locator('option', { hasText: 'Mayors at the signing table' })
    .getAttribute('value');
  const other = await lead
    .locator('option', { hasNotText: 'Mayors at the signing table' })
    .nth(1)
    .getAttribute('value');
  await lead.selectOption(camera!);
  await page.locator('select[name^=photo-]').selectOption(other!);
  await page.getByRole('button', { name: 'Save photos' }).click();
  await expect(page.locator('main [role=status]', { hasText: 'Photos saved.' })).toBeVisible();

  // publication waits for the Vietnamese alt text of both photos, naming them
  await page.goto('/editor/en/articles/delegates-photos-e2e/vi');
  await Promise.all([
    page.waitForURL(/done=inReview/),
    page.getByRole('button', { name: 'Send to review' }).click(),
  ]);
  await page.locator('textarea[name=comment]').fill('Checked against the page as received.');
  await Promise.all([
    page.waitForURL(/done=approved/),
    page.getByRole('button', { name: 'Approve' }).click(),
  ]);
  await Promise.all([
    page.waitForURL(/error=photoAltMissing/),
    page.getByRole('button', { name: 'Publish now' }).click(),
  ]);
  await expect(page.locator('main [role=alert]')).toContainText('needs an alt text in Tiếng Việt');
  await expect(page.locator('main [role=alert]')).toContainText(camera!);
  for (const id of [camera!, other!]) {
    await page.goto(`/editor/en/photos/${id}`);
    await page.locator('input[name=alt-vi]').fill('Các đại biểu tại sân bay quốc tế Ngô Khư');
    await page.getByRole('button', { name: 'Save photo' }).click();
    await expect(page.locator('main [role=status]')).toHaveText('Photo saved.');
  }
  await page.goto('/editor/en/articles/delegates-photos-e2e/vi');
  await Promise.all([
    page.waitForURL(/done=published/),
    page.getByRole('button', { name: 'Publish now' }).click(),
  ]);

  const reader = await browser.newPage({ viewport: { width: 390, height: 844 } });
  opened.push(reader);
  expect((await reader.goto('/vi/articles/dai-bieu-anh-e2e'))?.status()).toBe(200);
  const leadImage = reader.getByTestId('lead-photo').locator('img');
  await expect(leadImage).toHaveAttribute('fetchpriority', 'high');
  await expect(leadImage).toHaveAttribute('alt', 'Các đại biểu tại sân bay quốc tế Ngô Khư');
  await expect(leadImage).toHaveAttribute('width', /^\d+$/);
  await expect(reader.getByTestId('lead-photo').locator('source[type="image/avif"]')).toHaveAttribute(
    'srcset',
    /wide-320\.avif 320w/,
  );
  await expect.poll(() => leadImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const figure = reader.getByTestId('article-body').locator('figure[data-kind=photo]');
  await expect(figure.locator('figcaption')).toContainText('Đoàn đại biểu tới sân bay quốc tế Ngô Khư.');
  await expect(figure.locator('img')).toHaveAttribute('loading', 'lazy');
  await reader.screenshot({ path: testInfo.outputPath('report-with-photos-390.png'), fullPage: true });
  // search engines and link previews: the lead photo, large, in the shapes Google asks for
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/media\/photos\/.+\/wide-1280\.jpg$/,
  );
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/);
  const nodes = await reader
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) =>
      scripts.map((el) => JSON.parse(el.textContent ?? '{}') as Record<string, unknown>),
    );
  const news = nodes.find((n) => n['@type'] === 'NewsArticle') as
    { image: Array<{ '@type': string; url: string; width: number; height: number }> } | undefined;
  // 1600 × 1067 taken: 16:9 at 1280, 4:3 at 1280, 1:1 as large as the frame allows
  expect(news?.image.map((i) => [i['@type'], i.url.replace(/.*\//, ''), i.width, i.height])).toEqual([
    ['ImageObject', 'wide-1280.jpg', 1280, 720],
    ['ImageObject', 'standard-1280.jpg', 1280, 960],
    ['ImageObject', 'square-960.jpg', 960, 960],
  ]);

  // the list of reports shows it as a thumbnail beside the headline (no alt: the headline says it)
  await reader.goto('/vi/articles');
  const item = reader.locator('main li', { hasText: 'Nam Ninh đón đoàn đại biểu các thành phố ASEAN' });
  await expect(item.locator('img')).toHaveAttribute('alt', '');
  await expect(item.locator('source[type="image/webp"]')).toHaveAttribute(
    'srcset',
    /standard-320\.webp 320w/,
  );
  await expect(
    reader
      .locator('main li')
      .filter({ hasNot: reader.locator('img') })
      .first(),
  ).toBeVisible();
  await reader.goto('/vi/articles/dai-bieu-anh-e2e');
  await reader.setViewportSize({ width: 1280, height: 900 });
  await reader.reload();
  await expect
    .poll(() => leadImage.evaluate((img: HTMLImageElement) => img.currentSrc))
    .toMatch(/\/media\/photos\//);
  await reader.screenshot({ path: testInfo.outputPath('report-with-photos-1280.png'), fullPage: true });
});

test('a bilingual report with photos side by side: one picture across the columns, each its own caption; a portrait', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const page = await signInAs(browser, account, opened);
  // our own zh + en release with three photo placeholders, each followed by its caption
  await page.goto('/editor/en/import');
  await page
    .getByLabel('Text of the release')
    .fill(
      readFileSync(new URL('../fixtures/import/23-bilingual-with-photo-slots.txt', import.meta.url), 'utf8'),
    );
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.locator('input[name=articleId]').fill('logistics-photos-e2e');
  await page.locator('input[name=slug-zh]').fill('wuliu-tupian-e2e');
  await page.locator('input[name=slug-en]').fill('logistics-photos-e2e');
  await page.locator('select[name=sourceId]').selectOption('');
  await Promise.all([
    page.waitForURL(/\/editor\/en\/articles\/logistics-photos-e2e\/zh\?done=imported/),
    page.getByRole('button', { name: 'Create draft' }).click(),
  ]);

  // a lead photo and one in each of the three caption slots, from the library
  await page.goto('/editor/en/articles/logistics-photos-e2e');
  const choices = await page
    .locator('select[name=leadPhotoId] option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(choices.length).toBeGreaterThanOrEqual(2);
  await page.locator('select[name=leadPhotoId]').selectOption(choices[0]!);
  const slots = page.locator('select[name^=photo-]');
  await expect(slots).toHaveCount(3);
  for (let i = 0; i < 3; i++) await slots.nth(i).selectOption(choices[(i + 1) % choices.length]!);
  await page.getByRole('button', { name: 'Save photos' }).click();
  await expect(page.locator('main [role=status]', { hasText: 'Photos saved.' })).toBeVisible();

  const used = [...new Set([choices[0]!, ...[1, 2, 3].map((i) => choices[i % choices.length]!)])];
  for (const id of used) {
    await page.goto(`/editor/en/photos/${id}`);
    await page.locator('input[name=alt-zh]').fill('物流园区里的参观者');
    await page.locator('input[name=alt-en]').fill('Visitors at the logistics park');
    await page.getByRole('button', { name: 'Save photo' }).click();
    await expect(page.locator('main [role=status]')).toHaveText('Photo saved.');
  }
  for (const lang of ['zh', 'en'])
    await publishVersion(page, 'logistics-photos-e2e', lang, 'Photos checked.');

  const reader = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  opened.push(reader);
  expect((await reader.goto('/zh/articles/wuliu-tupian-e2e/with/en'))?.status()).toBe(200);
  const rows = reader
    .getByTestId('parallel-text')
    .locator('section')
    .filter({ has: reader.locator('picture') });
  await expect(rows).toHaveCount(3);
  const first = rows.first();
  // one image across the columns, with the reader's alt text, and a caption in each column's language
  await expect(first.locator('picture')).toHaveCount(1);
  await expect(first.locator('img')).toHaveAttribute('alt', '物流园区里的参观者');
  await expect(first.locator('[data-language=zh]')).toHaveAttribute('lang', 'zh-Hans');
  await expect(first.locator('[data-language=zh]')).toContainText('代表们在物流园区了解冷链运输流程。');
  await expect(first.locator('[data-language=en]')).toHaveAttribute('lang', 'en');
  await expect(first.locator('[data-language=en]')).toContainText(
    'Delegates learn how cold-chain freight is handled at the logistics park.',
  );
  await expect
    .poll(() => first.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await reader.screenshot({ path: testInfo.outputPath('side-by-side-photos-1280.png'), fullPage: true });
  // each language alone: the English page's lead photo with the English alt text
  expect((await reader.goto('/en/articles/logistics-photos-e2e'))?.status()).toBe(200);
  await expect(reader.getByTestId('lead-photo').locator('img')).toHaveAttribute(
    'alt',
    'Visitors at the logistics park',
  );
  const figures = reader.getByTestId('article-body').locator('figure[data-kind=photo] img');
  await expect(figures).toHaveCount(3);
  // the lead photo is fetched first; those in the text when the reader comes near them
  expect(await figures.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('loading')))).toEqual([
    'lazy',
    'lazy',
    'lazy',
  ]);
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.goto('/zh/articles/wuliu-tupian-e2e/with/en');
  await reader.screenshot({ path: testInfo.outputPath('side-by-side-photos-390.png'), fullPage: true });

  // a portrait, chosen in the glossary: on the person's page (never without an alt text: the
  // photo's in that language, else the name), in its JSON-LD, and in the people sitemap
  await page.goto('/editor/en/entities/person/wen-ge');
  await page.locator('select[name=photoId]').selectOption(choices[0]!);
  await Promise.all([page.waitForURL(/done=saved/), page.getByRole('button', { name: 'Save' }).click()]);
  // the library says where the photo is shown, and finds it by the person's name
  await page.goto(`/editor/en/photos/${choices[0]}`);
  await expect(page.getByTestId('photo-used-in')).toContainText('Portrait');
  await expect(page.getByTestId('photo-used-in')).toContainText('Report');
  await page.goto('/editor/en/photos?q=Wen%20Ge');
  await expect(page.getByTestId('photo-library').locator(`a[href$="/photos/${choices[0]}"]`)).toBeVisible();
  expect((await reader.goto('/vi/people/wen-ge'))?.status()).toBe(200);
  const portrait = reader.getByTestId('page-photo').locator('img');
  await expect(portrait).toHaveAttribute('fetchpriority', 'high');
  await expect(portrait).toHaveAttribute('alt', /\S/u);
  const person = await reader
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) =>
      scripts
        .map((el) => JSON.parse(el.textContent ?? '{}') as Record<string, unknown>)
        .find((n) => n['@type'] === 'Person'),
    );
  expect((person?.image as unknown[] | undefined)?.length).toBe(3);
  const sitemap = await (await reader.request.get('/sitemaps/people.xml')).text();
  expect(sitemap).toMatch(
    new RegExp(`<loc>[^<]*/vi/people/wen-ge</loc>.*?<image:loc>[^<]*/media/photos/${choices[0]}/`, 'u'),
  );
});
