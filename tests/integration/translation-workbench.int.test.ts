import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/sessions';
import { appDb } from '@/lib/db/app-client';
import { prepareDatabase } from '@/lib/content/prepare';
import { versionFindings } from '@/lib/editorial/translation-gate';
import { snapshot } from '@/lib/editorial/versions';
import { transition } from '@/lib/editorial/workflow';
import { dashboard } from '@/lib/editorial/dashboard';
import { paragraphState } from '@/lib/translation/states';
import { addUnits, suggest } from '@/lib/memory/store';
import { launchArticles } from '../support/launch-content';
import type { Locale } from '@/lib/model/locales';
import { createTestAccount } from '../support/accounts';
import { saveEdited } from '../support/versions';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

/**
 * The translator's workbench on the launch content in a real PostgreSQL (issue 28): the checks
 * as the workflow's gate.
 */

const actors = {} as Record<'admin' | 'translator' | 'reviewer', Actor>;
beforeAll(async () => {
  const url = await createTestDatabase('workbench');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  actors.admin = await createTestAccount('admin');
  actors.translator = await createTestAccount('translator', ['vi', 'en']);
  actors.reviewer = await createTestAccount('reviewer', ['vi', 'en']);
}, 120_000);
afterAll(dropTestDatabases);

const save = saveEdited;

describe('the checks as the gate of review and approval', () => {
  it('the launch content: no translation holds an error', async () => {
    const articles = await appDb().article.findMany({
      include: { translations: { select: { locale: true } } },
    });
    const errors: string[] = [];
    for (const a of articles)
      for (const { locale } of a.translations)
        for (const p of await versionFindings(appDb(), a.id, locale, a.originalLocale))
          for (const f of p.findings)
            if (f.severity === 'error') errors.push(`${a.id}/${locale} ¶${p.number} ${f.check}: ${f.found}`);
    expect(articles.length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('an error holds back review; a warning holds back approval until a note passes it', async () => {
    const articleId = 'gmd-2025-signings';
    const { originalLocale } = (await appDb().article.findUniqueOrThrow({ where: { id: articleId } }))!;
    const locale: Locale = originalLocale === 'vi' ? 'en' : 'vi';
    await transition(actors.admin, { articleId, locale, action: 'unpublish' });
    const v = (await snapshot(articleId, locale))!;
    // a number changed: an error in that paragraph
    const n = v.paragraphs.findIndex((p) => /\d/u.test(p.markup));
    const wrong = await save(actors.translator, articleId, locale, v, (m, i) =>
      i === n ? m.replace(/\d+/u, (d) => String(Number(d) + 7)) : m,
    );
    expect(wrong).toMatchObject({ ok: true, unchanged: false });
    const refused = await transition(actors.translator, { articleId, locale, action: 'submit' });
    expect(refused).toMatchObject({ ok: false, kind: 'checksFailed', paragraphs: [n + 1] });
    expect((await snapshot(articleId, locale))!.revision).toBe(v.revision + 1);
    // fixed, and a doubled word left in (a warning)
    const fixed = await save(
      actors.translator,
      articleId,
      locale,
      (await snapshot(articleId, locale))!,
      (_m, i) =>
        i === n + 1 ? v.paragraphs[2]!.markup.replace(/(\p{L}+)/u, '$1 $1') : v.paragraphs[i]!.markup,
    );
    expect(fixed.ok).toBe(true);
    expect(await transition(actors.translator, { articleId, locale, action: 'submit' })).toMatchObject({
      ok: true,
    });
    expect(await transition(actors.reviewer, { articleId, locale, action: 'approve' })).toMatchObject({
      ok: false,
      kind: 'warningsNeedNote',
      paragraphs: expect.arrayContaining([n + 2]),
    });
    const note = 'Doubled on purpose in the quotation.';
    expect(
      await transition(actors.reviewer, { articleId, locale, action: 'approve', comment: note }),
    ).toMatchObject({
      ok: true,
      state: 'approved',
    });
    const review = await appDb().articleReview.findFirstOrThrow({
      where: { articleId, locale },
      orderBy: { at: 'desc' },
    });
    expect(review).toMatchObject({ decision: 'approved', comment: note, revision: v.revision + 2 });
  });
});

describe('a state per paragraph', () => {
  const articleId = 'gmd-2025-opening';
  const statesOf = async (locale: Locale) =>
    (await snapshot(articleId, locale))!.paragraphs.map(paragraphState);
  const counted = async (locale: Locale) =>
    (await dashboard(actors.admin, {}, 'en')).items.find((r) => r.id === articleId)!.paragraphs[locale];

  it('reviewed after approval, translated once edited, needs editing when the original changes', async () => {
    const { originalLocale } = await appDb().article.findUniqueOrThrow({ where: { id: articleId } });
    const locale: Locale = originalLocale === 'en' ? 'vi' : 'en';
    const slots = (await snapshot(articleId, locale))!.paragraphs.length;
    // the launch content's published versions were reviewed where they were written
    expect(new Set(await statesOf(locale))).toEqual(new Set(['reviewed']));
    expect(await counted(locale)).toEqual({
      untranslated: 0,
      needsEditing: 0,
      translated: 0,
      reviewed: slots,
    });

    // the translator edits the second paragraph: it is translated, no longer reviewed
    await transition(actors.admin, { articleId, locale, action: 'unpublish' });
    const v = (await snapshot(articleId, locale))!;
    await save(actors.translator, articleId, locale, v, (m, i) => (i === 1 ? `${m} ` + m.split(' ')[0] : m));
    expect((await statesOf(locale))[1]).toBe('translated');
    expect((await statesOf(locale))[0]).toBe('reviewed');
    // the editor changes the original's first paragraph: the translation there needs editing
    await transition(actors.admin, { articleId, locale: originalLocale, action: 'unpublish' });
    const o = (await snapshot(articleId, originalLocale))!;
    await save(actors.admin, articleId, originalLocale, o, (m, i) => (i === 0 ? `${m}（更新）` : m));
    expect((await statesOf(locale)).slice(0, 2)).toEqual(['needsEditing', 'translated']);
    expect(await counted(locale)).toEqual({
      untranslated: 0,
      needsEditing: 1,
      translated: 1,
      reviewed: slots - 2,
    });
    // a paragraph emptied is untranslated
    await save(actors.translator, articleId, locale, (await snapshot(articleId, locale))!, (m, i) =>
      i === 2 ? '' : m,
    );
    expect((await counted(locale)).untranslated).toBe(1);
  });
});

describe('the translation memory', () => {
  it('holds every aligned pair of the launch content, in the six directions', async () => {
    const rows = await appDb().$queryRaw<Array<{ d: string; n: number }>>`
      SELECT source_locale || '>' || target_locale AS d, count(*)::int AS n FROM translation_units
      WHERE origin = 'report' GROUP BY 1 ORDER BY 1`;
    expect(rows.map((r) => r.d)).toEqual(['en>vi', 'en>zh', 'vi>en', 'vi>zh', 'zh>en', 'zh>vi']);
    for (const r of rows) expect(r.n).toBeGreaterThan(20);
  });

  const signing = launchArticles.find((a) => a.report === 'gmd-2025-signings')!.paragraphs;
  const withNumber = signing.find((p) => /\d/u.test(p.en ?? '') && p.zh && p.vi)!;

  it('ranks a context match, an exact one, a number substituted and fuzzy ones', async () => {
    const text = withNumber.en!;
    const found = await suggest(
      {
        sourceLocale: 'en',
        targetLocale: 'vi',
        articleId: 'gmd-2025-signings',
        texts: [
          { key: 'same', text },
          { key: 'elsewhere', text },
          { key: 'number', text: text.replace(/\d+/u, (d) => String(Number(d) + 2)) },
          { key: 'edited', text: text.replace(/\s\S+\s*$/u, '') },
          { key: 'unrelated', text: 'Completely different words about weather tomorrow afternoon.' },
        ],
      },
      appDb(),
    );
    expect(found.get('same')![0]).toMatchObject({
      score: 101,
      kind: 'context',
      approved: true,
      target: withNumber.vi,
    });
    const elsewhere = await suggest(
      { sourceLocale: 'en', targetLocale: 'vi', texts: [{ key: 'x', text }] },
      appDb(),
    );
    expect(elsewhere.get('x')![0]).toMatchObject({ score: 100, kind: 'exact' });
    const number = found.get('number')![0]!;
    expect(number.kind === 'numbers' ? number.score : 0).toBe(99);
    const edited = found.get('edited')![0]!;
    expect(edited.kind).toBe('fuzzy');
    expect(edited.score).toBeGreaterThanOrEqual(75);
    expect(edited.score).toBeLessThan(99);
    expect(found.get('unrelated')).toBeUndefined();
  });

  it('an unapproved unit ranks below an approved one of the same score, and its own text is not suggested', async () => {
    const source = 'The two mayors agreed to open a direct flight between their cities next spring.';
    await addUnits(appDb(), [
      {
        sourceLocale: 'en',
        targetLocale: 'zh',
        source,
        target: '两位市长同意明年春季开通两市直航（机构译文）。',
        approved: false,
        origin: 'tmx',
      },
      {
        sourceLocale: 'en',
        targetLocale: 'zh',
        source,
        target: '两位市长商定明年春天开通两市直飞航班。',
        approved: true,
        origin: 'report',
      },
    ]);
    const found = (
      await suggest({ sourceLocale: 'en', targetLocale: 'zh', texts: [{ key: 'k', text: source }] }, appDb())
    ).get('k')!;
    expect(found.map((f) => [f.score, f.approved])).toEqual([
      [100, true],
      [100, false],
    ]);
    const current = found[0]!.target;
    const without = (
      await suggest(
        { sourceLocale: 'en', targetLocale: 'zh', texts: [{ key: 'k', text: source, current }] },
        appDb(),
      )
    ).get('k')!;
    expect(without.map((f) => f.approved)).toEqual([false]);
  });
});
