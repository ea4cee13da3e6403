import { expect, test, type Page } from '@playwright/test';
import { createAccount } from '../support/e2e-state';
import { signInAs } from '../support/e2e-newsroom';

/**
 * The translator's workbench in Chromium (issue 28): the editor changes a figure in a published
 * Chinese original; the Vietnamese translation of that paragraph needs editing, its check names
 * the figure, and the translation memory offers the old translation with the figure replaced
 * (99 %). The translator inserts it, adds a date of her own, saves and sends the version to review;
 * the reviewer sees each paragraph's state and the checks' warning, cannot approve without a note,
 * and approves with one, kept with the review.
 */
const password = 'amber river lantern 62';
const people = {
  editor: { email: 'editor@workbench.test', name: 'Hoàng Minh', password },
  translator: { email: 'translator@workbench.test', name: 'Phạm Lan', password },
  reviewer: { email: 'reviewer@workbench.test', name: 'Trần Quang', password },
};

const report = '/articles/gmd-2025-preview';

test('a translator inserts a 99 % match into an outdated paragraph, and a reviewer passes a warning with a note', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // accounts of its own (created here: the file's tests may run in two workers, each with its hooks)
  createAccount({ ...people.editor, role: 'editor' });
  createAccount({ ...people.translator, role: 'translator', languages: 'vi' });
  createAccount({ ...people.reviewer, role: 'reviewer', languages: 'vi' });
  const opened: Page[] = [];
  try {
    // the editor corrects the number of mayors in the original, published at once
    const editor = await signInAs(browser, people.editor, opened);
    await editor.goto(`/editor/en${report}/zh`);
    const original = editor.locator('li[data-key=p2] textarea[name=text]');
    await original.fill((await original.inputValue()).replace('9位市长', '11位市长'));
    await editor.getByLabel('Minor fix').check();
    await editor.getByLabel('Publish this correction now').check();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.locator('main [role=status]').first()).toContainText('published');

    // the translator's paragraph needs editing; its check names the figure; the memory has it
    const translator = await signInAs(browser, people.translator, opened);
    await translator.goto(`/editor/vi${report}/vi`);
    const p2 = translator.locator('li[data-key=p2]');
    await expect(p2.getByTestId('paragraph-state')).toHaveAttribute('data-state', 'needsEditing');
    await expect(p2.getByTestId('paragraph-state')).toHaveText('Cần sửa');
    await expect(p2.locator('[data-check=numbers]')).toContainText('11');
    const match = p2.getByTestId('memory-match').first();
    await expect(match).toHaveAttribute('data-score', '99');
    await expect(match).toContainText('99%');
    await expect(match).toContainText('đã thay số');
    await expect(match.getByTestId('word-diff').locator('ins')).toHaveText(['11']);
    // (what the translator sees, kept with the run's results)
    await translator
      .locator('li[data-key=p2]')
      .screenshot({ path: test.info().outputPath('memory-match.png') });
    await match.getByRole('button', { name: 'Chèn' }).click();
    const field = p2.locator('textarea[name=text]');
    await expect(field).toHaveValue(/11 thị trưởng từ 7 nước ASEAN/u);
    await expect(p2.locator('[data-check=numbers]')).toHaveCount(0);
    // inserted, not yet saved: still to be edited
    await expect(p2.getByTestId('paragraph-state')).toHaveAttribute('data-state', 'needsEditing');
    // she makes the date explicit: a figure the original does not state (a warning)
    await field.fill(
      (await field.inputValue()).replace(
        'khi sự kiện đang diễn ra',
        'khi sự kiện đang diễn ra (tháng 1/2025)',
      ),
    );
    await expect(p2.locator('[data-check=numbersAdded]')).toBeVisible();
    await expect(p2.getByTestId('paragraph-state')).toHaveAttribute('data-state', 'needsEditing');
    // the published translation follows the original's change: the translator says what it is
    await translator.getByRole('radio', { name: /^Sửa lỗi nhỏ/ }).check();
    await translator.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(translator.locator('main [role=status]').first()).toContainText('Đã lưu');
    await translator.reload();
    await expect(translator.locator('li[data-key=p2]').getByTestId('paragraph-state')).toHaveAttribute(
      'data-state',
      'translated',
    );
    await Promise.all([
      translator.waitForURL(/done=inReview/),
      translator.getByRole('button', { name: 'Gửi duyệt' }).click(),
    ]);

    // the reviewer sees the states and the warning; approval waits for a note
    const reviewer = await signInAs(browser, people.reviewer, opened);
    await reviewer.goto(`/editor/en${report}/vi`);
    const states = reviewer.getByTestId('paragraph-state');
    await expect(states.first()).toHaveAttribute('data-state', 'reviewed');
    await expect(reviewer.locator('[data-key=p2]').getByTestId('paragraph-state')).toHaveText('Translated');
    await expect(reviewer.locator('[data-key=p2] [data-check=numbersAdded]')).toBeVisible();
    await expect(reviewer.getByTestId('checks-summary')).toContainText(/warn about paragraphs? (\d, )*2\b/u);
    await Promise.all([
      reviewer.waitForURL(/error=warningsNeedNote/),
      reviewer.getByRole('button', { name: 'Approve' }).click(),
    ]);
    await expect(reviewer.locator('main p[role=alert]')).toContainText('approve with a note');
    const note = 'The date in brackets is right: the preview ran in January 2025.';
    await reviewer.locator('textarea[name=comment]').fill(note);
    await Promise.all([
      reviewer.waitForURL(/done=approved/),
      reviewer.getByRole('button', { name: 'Approve' }).click(),
    ]);
    await expect(reviewer.locator('section[aria-labelledby=reviews-heading]')).toContainText(note);
    await expect(reviewer.locator('[data-key=p2]').getByTestId('paragraph-state')).toHaveText('Reviewed');
    // the editor publishes the correction: the version is no longer behind its original
    await editor.goto(`/editor/en${report}/vi`);
    await Promise.all([
      editor.waitForURL(/done=published/),
      editor.getByRole('button', { name: 'Publish now' }).click(),
    ]);
    await expect(editor.getByTestId('outdated')).toHaveCount(0);
  } finally {
    await Promise.all(opened.map((p) => p.context().close()));
  }
});

test('a translation goes out as XLIFF and comes back through the form; an agency TMX joins the memory', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // accounts of its own: the tests of this file may run in two workers at once
  const mine = {
    translator: { email: 'files.translator@workbench.test', name: 'Đỗ Hà', password },
    editor: { email: 'files.editor@workbench.test', name: 'Lý Văn', password },
  };
  createAccount({ ...mine.translator, role: 'translator', languages: 'vi' });
  createAccount({ ...mine.editor, role: 'editor' });
  const opened: Page[] = [];
  try {
    const translator = await signInAs(browser, mine.translator, opened);
    const path = '/editor/en/articles/gmd-2025-opening/vi';
    await translator.goto(path);
    const [download] = await Promise.all([
      translator.waitForEvent('download'),
      translator.getByTestId('xliff-12').click(),
    ]);
    expect(download.suggestedFilename()).toBe('gmd-2025-opening.zh-vi.xlf');
    const xml = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'));
    // the translator's tool adds a sentence to the second paragraph's translation
    const translated = xml.replace(
      /(<trans-unit id="p\.p2"[\s\S]*?<target[^>]*>[\s\S]*?)(<\/target>)/u,
      '$1 Câu thêm từ công cụ dịch.$2',
    );
    expect(translated).not.toBe(xml);
    await translator.locator('input[name=file]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(translated),
    });
    await translator.getByRole('button', { name: 'Import the translation' }).click();
    await expect(translator.locator('main [role=status]').first()).toContainText('Saved as revision');
    await translator.reload();
    await expect(translator.locator('li[data-key=p2] textarea[name=text]')).toHaveValue(
      /Câu thêm từ công cụ dịch\.$/u,
    );
    // a file of another report is refused, naming why, in the newsroom's language
    await translator.goto('/editor/vi/articles/gmd-2025-opening/vi');
    await translator.locator('input[name=file]').setInputFiles({
      name: 'other.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(xml.replaceAll('article/gmd-2025-opening/', 'article/gmd-2025-preview/')),
    });
    await translator.getByRole('button', { name: 'Nhập bản dịch' }).click();
    await expect(translator.locator('main [data-save-error=xliff]')).toContainText(
      'Tệp thuộc về một bài khác',
    );

    // a translator may not import an agency's memory: no form, and the route refuses
    await translator.goto('/editor/en/memory');
    await expect(translator.locator('input[name=file]')).toHaveCount(0);
    const tried = await translator.request.post('/editor/en/memory/import', {
      multipart: {
        file: { name: 'a.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from('<tmx/>') },
      },
      maxRedirects: 0,
    });
    expect(tried.status()).toBe(303);
    expect(tried.headers().location).toContain('error=forbidden');

    const editor = await signInAs(browser, mine.editor, opened);
    await editor.goto('/editor/en/memory');
    const before = Number(await editor.locator('tr[data-direction=en-vi] td').nth(1).innerText());
    const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="Agency" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>The delegates toured the new logistics park.</seg></tuv><tuv xml:lang="vi"><seg>Các đại biểu tham quan khu logistics mới.</seg></tuv></tu></body></tmx>`;
    await editor
      .locator('input[name=file]')
      .setInputFiles({ name: 'agency.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx) });
    await Promise.all([
      editor.waitForURL(/done=imported/),
      editor.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await expect(editor.getByRole('status')).toContainText(
      '1 translation unit read; 2 memory units added or refreshed.',
    );
    await expect(editor.locator('tr[data-direction=en-vi] td').nth(1)).toHaveText(String(before + 1));
  } finally {
    await Promise.all(opened.map((p) => p.context().close()));
  }
});
