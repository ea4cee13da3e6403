import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { createAccount, e2eDatabaseUrl } from '../support/e2e-state';
import { signInAs } from '../support/e2e-newsroom';

/**
 * Corrections printed as newspapers print them (issue 30), in Chromium: the English version of the
 * opening report went out with a wrong figure; the editor corrects it with a note. The English page
 * prints the dated note and says so in its JSON-LD; the Chinese and Vietnamese versions are outdated
 * with the correction shown to their translators, its note drafted; the corrections pages list it;
 * side by side, the corrected paragraph is marked in the English column only; a minor fix prints
 * nothing; a version that had it right dismisses the drafted correction.
 */
const password = 'copper harbour signal 48';
const people = {
  editor: { email: 'editor@corrections.test', name: 'Lê Thu', password },
  translator: { email: 'translator@corrections.test', name: 'Đỗ Hà', password },
};
const articleId = 'gmd-2025-opening';
const slugs = {
  zh: 'shijie-shizhang-duihua-nanning-kaimu',
  en: 'global-mayors-dialogue-nanning-opening-speeches',
  vi: 'khai-mac-doi-thoai-thi-truong-the-gioi-nam-ninh',
};
const note =
  'An earlier version of this report put China–ASEAN trade in 2019 at more than USD 500 billion; Nong gave it as more than USD 600 billion.';

/** The page's JSON-LD node of a type. */
async function jsonLd(page: Page, type: string): Promise<Record<string, unknown>> {
  const nodes = (await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.flatMap((s) => JSON.parse(s.textContent ?? '[]')))) as Array<
    Record<string, unknown>
  >;
  const all = nodes.flatMap((n) => (Array.isArray(n['@graph']) ? (n['@graph'] as typeof nodes) : [n]));
  return all.find((n) => n['@type'] === type) ?? {};
}

/** Today as each language dates a correction (the portal's zone is Beijing's). */
const today = (intl: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(intl, { timeZone: 'Asia/Shanghai', ...options }).format(new Date());

test('an editor corrects a figure in a published English version: printed, marked, drafted, listed', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  createAccount({ ...people.editor, role: 'editor' });
  createAccount({ ...people.translator, role: 'translator', languages: 'vi' });
  // the English report went out with the wrong figure (as a release's typo would have put it there)
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    await db.query(
      `UPDATE paragraph_translations SET text = replace(text, 'USD 600 billion', 'USD 500 billion'), runs = NULL
       WHERE article_id = $1 AND locale = 'en' AND paragraph_key = 'p3'`,
      [articleId],
    );
  } finally {
    await db.end();
  }
  const opened: Page[] = [];
  try {
    const editor = await signInAs(browser, people.editor, opened);
    await editor.goto(`/editor/en/articles/${articleId}/en`);
    const p3 = editor.locator('li[data-key=p3] textarea[name=text]');
    await expect(p3).toHaveValue(/USD 500 billion/);

    // a minor fix first: published at once, and readers are told nothing
    const p5 = editor.locator('li[data-key=p5] textarea[name=text]');
    await p5.fill((await p5.inputValue()).replace('also addressed the opening', 'also spoke at the opening'));
    await editor.getByLabel('Minor fix').check();
    await editor.getByLabel('Publish this correction now').check();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.locator('main [role=status]').first()).toContainText('published');
    const reader = await browser.newPage();
    opened.push(reader);
    await reader.goto(`/en/articles/${slugs.en}`);
    await expect(reader.getByText('also spoke at the opening')).toBeVisible();
    await expect(reader.getByTestId('corrections')).toHaveCount(0);
    expect((await jsonLd(reader, 'NewsArticle')).correction).toBeUndefined();

    // the correction: the figure put right, a note required and written in English
    await editor.goto(`/editor/en/articles/${articleId}/en`);
    await p3.fill((await p3.inputValue()).replace('USD 500 billion', 'USD 600 billion'));
    await editor.getByRole('radio', { name: /^Correction/ }).check();
    await editor.getByLabel('Publish this correction now').check();
    // a note in another language is refused, and nothing changes
    await editor.locator('textarea[name=correctionNote]').fill('本文此前将2019年贸易额误作5000多亿美元。');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.locator('[data-save-error=correctionNoteLanguage]')).toContainText('English');
    await editor.locator('textarea[name=correctionNote]').fill(note);
    await editor.getByLabel('Publish this correction now').check();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(editor.locator('main [role=status]').first()).toContainText('published');

    // the English page: the dated note at its foot, and in its JSON-LD
    await reader.goto(`/en/articles/${slugs.en}`);
    await expect(reader.getByText('more than USD 600 billion in 2019')).toBeVisible();
    const printed = reader.getByTestId('correction-note');
    await expect(printed).toHaveCount(1);
    await expect(printed).toHaveText(
      `Correction (${today('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}): ${note}`,
    );
    const article = await jsonLd(reader, 'NewsArticle');
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: note, datePublished: expect.any(String) },
    ]);
    const corrected = Date.parse((article.correction as Array<{ datePublished: string }>)[0]!.datePublished);
    expect(Math.abs(Date.parse(article.dateModified as string) - corrected)).toBeLessThan(1000);
    expect(Date.now() - corrected).toBeLessThan(120_000);
    expect((article.publisher as Record<string, string>).correctionsPolicy).toMatch(
      /\/en\/corrections\/policy$/,
    );
    // (what readers see, kept with the run's results)
    await reader
      .getByTestId('corrections')
      .screenshot({ path: test.info().outputPath('correction-note.png') });
    await reader.goto(`/en/corrections/policy`);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Corrections policy');
    // the feed's entry says it was updated
    const atom = await (await reader.request.get('/en/atom.xml')).text();
    const entry = atom.split('<entry>').find((e) => e.includes(slugs.en)) ?? '';
    expect(Date.now() - Date.parse(/<updated>([^<]+)<\/updated>/.exec(entry)?.[1] ?? '')).toBeLessThan(
      120_000,
    );

    // the other languages: readers are told a correction is on its way
    await reader.goto(`/vi/articles/${slugs.vi}`);
    await expect(reader.getByTestId('correction-pending')).toContainText('đã được đính chính');
    await expect(reader.getByTestId('corrections')).toHaveCount(0);

    // the Vietnamese translator sees the correction and a drafted note to translate
    const translator = await signInAs(browser, people.translator, opened);
    await translator.goto(`/editor/vi/articles/${articleId}/vi`);
    const drafted = translator.getByTestId('drafted-correction');
    await expect(drafted).toContainText(note);
    await expect(drafted.getByTestId('word-diff').locator('ins')).toContainText(['600']);
    await expect(translator.getByRole('radio', { name: /^Đính chính/ })).toBeChecked();
    await expect(translator.locator('textarea[name=correctionNote]')).toHaveValue(note);
    await translator
      .getByTestId('drafted-corrections')
      .screenshot({ path: test.info().outputPath('drafted.png') });
    await translator
      .getByTestId('change-kind')
      .screenshot({ path: test.info().outputPath('change-kind.png') });
    await expect(translator.locator('#workflow-heading').locator('..')).toContainText('Cần cập nhật');
    // so does the original's editor, and both versions are outdated on the dashboard
    await editor.goto(`/editor/en/articles/${articleId}/zh`);
    await expect(editor.getByTestId('drafted-correction')).toContainText(note);
    for (const language of ['zh', 'vi']) {
      await editor.goto(`/editor/en?language=${language}&status=outdated`);
      await expect(editor.locator(`tr[data-article=${articleId}]`)).toHaveCount(1);
    }

    // the corrections pages: English lists it, linked to the report; Chinese has not printed one
    await reader.goto('/en/corrections');
    const item = reader.getByTestId('corrections-item').filter({ hasText: note });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link')).toHaveAttribute('href', `/en/articles/${slugs.en}#corrections`);
    await reader.goto('/zh/corrections');
    await expect(reader.getByTestId('corrections-item').filter({ hasText: 'USD 600' })).toHaveCount(0);

    // side by side: the corrected paragraph is marked in the English column, not the Vietnamese
    await reader.goto(`/en/articles/${slugs.en}/with/vi`);
    const row = reader.locator('section#para-p3');
    await expect(row.locator('[data-language=en][data-corrected=true]')).toHaveCount(1);
    await expect(row.locator('[data-language=en]')).toContainText(
      `Corrected on ${today('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
    );
    await expect(row.locator('[data-language=vi][data-corrected]')).toHaveCount(0);
    await expect(reader.locator('[data-corrected]')).toHaveCount(1);
    await row.screenshot({ path: test.info().outputPath('corrected-side-by-side.png') });

    // the Chinese original had the figure right: its editor dismisses the drafted correction
    await editor.goto(`/editor/en/articles/${articleId}/zh`);
    await Promise.all([
      editor.waitForURL(/done=published/),
      editor.getByRole('button', { name: 'This version was already right' }).click(),
    ]);
    await expect(editor.getByTestId('drafted-corrections')).toHaveCount(0);
    await reader.goto(`/zh/articles/${slugs.zh}`);
    await expect(reader.getByTestId('correction-pending')).toHaveCount(0);
    await reader.goto(`/vi/articles/${slugs.vi}`);
    await expect(reader.getByTestId('correction-pending')).toHaveCount(1);
    // the Vietnamese text had it right too: its translator dismisses the draft, and it is up to date
    // (the whole-story test counts the outdated Vietnamese reports on the dashboard afterwards)
    await translator.goto(`/editor/vi/articles/${articleId}/vi`);
    await Promise.all([
      translator.waitForURL(/done=published/),
      translator.getByRole('button', { name: 'Phiên bản này vốn đã đúng' }).click(),
    ]);
    await reader.goto(`/vi/articles/${slugs.vi}`);
    await expect(reader.getByTestId('correction-pending')).toHaveCount(0);
    await expect(reader.getByRole('note')).toHaveCount(0);
  } finally {
    for (const page of opened) await page.close();
  }
});
