import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/sessions';
import { prepareDatabase } from '@/lib/content/prepare';
import { getArticle } from '@/lib/data/articles';
import { CORRECTIONS_PER_PAGE, loadCorrections } from '@/lib/data/corrections';
import { appDb } from '@/lib/db/app-client';
import { draftedCorrections } from '@/lib/editorial/corrections';
import { loadVersionPage } from '@/lib/editorial/version-page';
import { saveVersion, snapshot, type SaveInput, type VersionSnapshot } from '@/lib/editorial/versions';
import { transition } from '@/lib/editorial/workflow';
import { nextTargets } from '@/lib/freshness/change';
import type { Locale } from '@/lib/model/locales';
import { createTestAccount } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

// Corrections as newspapers print them (issue 30, docs/decisions/030), on the launch report of the
// signing ceremony: its English version (a translation; the original is Chinese) gets a figure wrong.
const article = 'gmd-2025-signings';
const actors = {} as Record<'editor' | 'translatorVi' | 'reviewer', Actor>;

beforeAll(async () => {
  const url = await createTestDatabase('corrections');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.editor = await createTestAccount('editor');
  actors.translatorVi = await createTestAccount('translator', ['vi']);
  actors.reviewer = await createTestAccount('reviewer', ['vi', 'en']);
});
afterAll(dropTestDatabases);

/** A save of `version` with one paragraph's text replaced. */
function save(
  actor: Actor,
  locale: Locale,
  version: VersionSnapshot,
  edit: (markup: string, key: string) => string,
  more: Partial<SaveInput> = {},
) {
  return saveVersion(actor, {
    articleId: article,
    locale,
    baseRevision: version.revision,
    slug: version.slug,
    title: version.title,
    standfirst: version.standfirst,
    paragraphs: version.paragraphs.map((p) => ({ key: p.key, kind: p.kind, text: edit(p.markup, p.key) })),
    ...more,
  });
}
const row = (locale: Locale) =>
  appDb().articleTranslation.findUniqueOrThrow({
    where: { articleId_locale: { articleId: article, locale } },
  });
const corrections = () =>
  appDb().correction.findMany({ where: { articleId: article }, orderBy: { id: 'asc' } });
const p1 = async (locale: Locale) =>
  (await snapshot(article, locale))!.paragraphs.find((p) => p.key === 'p1')!.markup;
const wrong = (markup: string) => markup.replace('USD 452 million', 'USD 425 million');

describe('a change to a published version is a correction or a minor fix, as its editor says', () => {
  it('refuses to publish a change with the save before the editor says which it is, and changes nothing', async () => {
    const en = (await snapshot(article, 'en'))!;
    const before = await p1('en');
    const result = await save(actors.editor, 'en', en, (m, k) => (k === 'p1' ? wrong(m) : m), {
      publishNow: true,
    });
    expect(result).toEqual({ ok: false, kind: 'changeKindMissing' });
    expect(await p1('en')).toBe(before);
  });

  it('refuses a correction without a note, or with a note in another language', async () => {
    const en = (await snapshot(article, 'en'))!;
    const edit = (m: string, k: string) => (k === 'p1' ? wrong(m) : m);
    const kind = { publishNow: true, changeKind: 'correction' } as const;
    expect(await save(actors.editor, 'en', en, edit, { ...kind, correctionNote: '  ' })).toEqual({
      ok: false,
      kind: 'correctionNoteMissing',
    });
    expect(
      await save(actors.editor, 'en', en, edit, {
        ...kind,
        correctionNote: '本文原称约4.25亿美元，实为约4.52亿美元。',
      }),
    ).toEqual({ ok: false, kind: 'correctionNoteLanguage' });
    expect(await corrections()).toEqual([]);
  });

  it('a minor fix goes live and prints nothing', async () => {
    const en = (await snapshot(article, 'en'))!;
    // a slip put live as a minor fix (the next test's correction puts the right figure back)
    const result = await save(actors.editor, 'en', en, (m, k) => (k === 'p1' ? wrong(m) : m), {
      publishNow: true,
      changeKind: 'minor',
      correctionNote: 'ignored for a minor fix',
    });
    expect(result).toMatchObject({ ok: true, live: true });
    expect(await p1('en')).toContain('USD 425 million');
    expect(await corrections()).toEqual([]);
    expect((await getArticle('en', en.slug))!.corrections.en).toEqual([]);
    // the original is Chinese: a translation's minor fix leaves the other languages alone
    expect((await row('zh')).outdatedSince).toBeNull();
  });

  it('a correction is printed dated under the report, and drafted for every other published language', async () => {
    const en = (await snapshot(article, 'en'))!;
    const note =
      'An earlier version of this report gave the projects’ value as about USD 425 million; it is about USD 452 million.';
    const result = await save(
      actors.editor,
      'en',
      en,
      (m, k) => (k === 'p1' ? m.replace('USD 425 million', 'USD 452 million') : m),
      { publishNow: true, changeKind: 'correction', correctionNote: note },
    );
    expect(result).toMatchObject({ ok: true, live: true });
    const rows = await corrections();
    const printed = rows.find((c) => c.locale === 'en')!;
    expect(printed).toMatchObject({
      note,
      sourceId: null,
      revision: (result as { revision: number }).revision,
    });
    expect(printed.publishedAt).toBeInstanceOf(Date);
    expect(printed.changes).toEqual([
      {
        on: 'p1',
        before: expect.stringContaining('USD 425 million'),
        after: expect.stringContaining('USD 452 million'),
      },
    ]);
    // Chinese and Vietnamese read the same fact: each gets a drafted note and is outdated until its own
    expect(
      rows.filter((c) => c.locale !== 'en').map((c) => [c.locale, c.sourceId, c.note, c.publishedAt]),
    ).toEqual([
      ['zh', printed.id, null, null],
      ['vi', printed.id, null, null],
    ]);
    expect((await row('zh')).outdatedSince).toBeInstanceOf(Date);
    expect((await row('vi')).outdatedSince).toBeInstanceOf(Date);
    expect((await row('en')).outdatedSince).toBeNull();
    // what a publication refreshes includes the corrections pages of the report's languages
    const refresh = (result as { refresh: Parameters<typeof nextTargets>[0] }).refresh;
    expect(nextTargets(refresh).tags).toEqual(expect.arrayContaining(['corrections:en', 'corrections:zh']));

    // readers: the note under the English report, the page modified at the correction's time;
    // the Vietnamese page says a correction is on its way
    const page = (await getArticle('en', en.slug))!;
    expect(page.corrections.en).toEqual([{ note, publishedAt: printed.publishedAt, parts: ['p1'] }]);
    expect(page.updatedAt.getTime()).toBe(printed.publishedAt!.getTime());
    const vi = (await snapshot(article, 'vi'))!;
    expect((await getArticle('vi', vi.slug))!.pendingCorrections).toEqual([
      { locale: 'en', publishedAt: printed.publishedAt },
    ]);
  });

  it('shows the correction to the translator with the note drafted, and prints the translated note at publication', async () => {
    const page = (await loadVersionPage(actors.translatorVi, article, 'vi'))!;
    expect(page.drafted).toHaveLength(1);
    expect(page.drafted[0]).toMatchObject({ sourceLocale: 'en', changes: [{ on: 'p1' }] });
    expect(page.change).toEqual({ kind: 'correction', note: page.drafted[0]!.sourceNote });

    const vi = (await snapshot(article, 'vi'))!;
    // the Vietnamese text carried the wrong figure too (put there as the English was)
    const fix = (m: string, k: string) => (k === 'p1' ? m.replace('452 triệu USD', '425 triệu USD') : m);
    await appDb().paragraphTranslation.update({
      where: { articleId_paragraphKey_locale: { articleId: article, paragraphKey: 'p1', locale: 'vi' } },
      data: { text: fix(await p1('vi'), 'p1'), runs: undefined },
    });
    const right = (m: string, k: string) => (k === 'p1' ? m.replace('425 triệu USD', '452 triệu USD') : m);
    // the draft sent back untranslated is refused
    expect(
      await save(actors.translatorVi, 'vi', vi, right, {
        changeKind: 'correction',
        correctionNote: page.change.note,
      }),
    ).toEqual({ ok: false, kind: 'correctionNoteLanguage' });
    const note =
      'Bản trước của bài này ghi giá trị các dự án khoảng 425 triệu USD; con số đúng là khoảng 452 triệu USD.';
    const saved = await save(actors.translatorVi, 'vi', (await snapshot(article, 'vi'))!, right, {
      changeKind: 'correction',
      correctionNote: note,
    });
    expect(saved).toMatchObject({ ok: true, correction: true, live: false });
    // nothing is printed while the correction waits for its review
    expect((await corrections()).find((c) => c.locale === 'vi')?.note).toBeNull();
    const step = (actor: Actor, action: string) =>
      transition(actor, {
        articleId: article,
        locale: 'vi',
        action,
        comment: 'Checked against the English note.',
      });
    expect(await step(actors.translatorVi, 'submit')).toMatchObject({ ok: true });
    expect(await step(actors.reviewer, 'approve')).toMatchObject({ ok: true });
    expect(await step(actors.editor, 'publish')).toMatchObject({ ok: true, state: 'published' });

    const printed = (await corrections()).filter((c) => c.locale === 'vi');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ note, sourceId: expect.any(Number) });
    expect(printed[0]!.publishedAt).toBeInstanceOf(Date);
    expect((await row('vi')).outdatedSince).toBeNull();
    expect(await draftedCorrections(appDb(), article, 'vi')).toEqual([]);
    // Chinese still waits for its own
    expect(await draftedCorrections(appDb(), article, 'zh')).toHaveLength(1);
    expect((await row('zh')).outdatedSince).toBeInstanceOf(Date);
  });

  it('a version that already had it right dismisses the drafted correction: nothing printed, up to date again', async () => {
    const dismiss = (actor: Actor, locale: Locale) =>
      transition(actor, { articleId: article, locale, action: 'dismissCorrection' });
    // a translator of another language may not
    await expect(dismiss(actors.translatorVi, 'zh')).rejects.toThrow();
    const result = await dismiss(actors.editor, 'zh');
    expect(result).toMatchObject({ ok: true, state: 'published' });
    expect(await draftedCorrections(appDb(), article, 'zh')).toEqual([]);
    expect((await corrections()).filter((c) => c.locale === 'zh')).toEqual([]);
    expect((await row('zh')).outdatedSince).toBeNull();
    const zh = (await snapshot(article, 'zh'))!;
    expect((await getArticle('zh', zh.slug))!.pendingCorrections).toEqual([]);
    // nothing left to dismiss
    expect(await dismiss(actors.editor, 'zh')).toEqual({ ok: false, kind: 'wrongState' });
  });

  it('a waiting correction whose kind no save said is not published until one says it', async () => {
    const en = (await snapshot(article, 'en'))!;
    // a save without the question's answer (as a translated file's import is)
    const saved = await save(actors.editor, 'en', en, (m, k) => (k === 'p1' ? `${m} ` + 'More.' : m));
    expect(saved).toMatchObject({ ok: true, correction: true });
    const step = (actor: Actor, action: string) =>
      transition(actor, { articleId: article, locale: 'en', action, comment: 'Fine.' });
    expect(await step(actors.editor, 'submit')).toMatchObject({ ok: true });
    expect(await step(actors.reviewer, 'approve')).toMatchObject({ ok: true });
    expect(await step(actors.editor, 'publish')).toEqual({ ok: false, kind: 'changeKindMissing' });
    expect((await row('en')).correction).toBe('approved');
    // said with a save that changes no text (a minor fix): still approved, and published unprinted
    const said = await save(actors.editor, 'en', (await snapshot(article, 'en'))!, (m) => m, {
      changeKind: 'minor',
    });
    expect(said).toMatchObject({ ok: true, unchanged: true });
    expect(await row('en')).toMatchObject({ correction: 'approved', correctionKind: 'minor' });
    const printed = (await corrections()).length;
    expect(await step(actors.editor, 'publish')).toMatchObject({ ok: true, state: 'published' });
    expect((await corrections()).length).toBe(printed);
    expect(await row('en')).toMatchObject({ correction: null, correctionKind: null, correctionNote: null });
  });

  it('the corrections page goes through every printed correction by keyset, newest first, once each', async () => {
    // forty-five more English corrections, some at the same moment (the id breaks the tie)
    const base = Date.parse('2026-03-01T00:00:00Z');
    await appDb().correction.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        articleId: article,
        locale: 'en' as const,
        note: `Correction number ${i}.`,
        changes: [],
        publishedAt: new Date(base + Math.floor(i / 3) * 60_000),
      })),
    });
    const all = await appDb().correction.findMany({
      where: { locale: 'en', publishedAt: { not: null } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    const seen: string[] = [];
    let page = await loadCorrections('en', null);
    const pages = [page];
    while (page?.older) {
      page = await loadCorrections('en', page.older);
      pages.push(page);
    }
    for (const p of pages) seen.push(...p!.items.map((c) => c.id));
    expect(seen).toEqual(all.map((c) => String(c.id)));
    expect(pages[0]!.items).toHaveLength(CORRECTIONS_PER_PAGE);
    expect(pages[0]!.newer).toBeNull();
    // and back: the page before the last is the second page again
    const back = await loadCorrections('en', pages.at(-1)!.newer);
    expect(back!.items.map((c) => c.id)).toEqual(pages.at(-2)!.items.map((c) => c.id));
    // each item links its report's English version
    expect(pages[0]!.items[0]!.slug).toBe((await snapshot(article, 'en'))!.slug);
    // a cursor that names no printed correction starts nowhere
    expect(await loadCorrections('en', { dir: 'after', id: '999999' })).toBeNull();
    expect(await loadCorrections('en', { dir: 'after', id: 'x' })).toBeNull();
  });
});
