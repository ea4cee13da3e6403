import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/sessions';
import { prepareDatabase } from '@/lib/content/prepare';
import { summaries } from '@/lib/data/article-list';
import { reportWindow } from '@/lib/data/report-lists';
import { appDb } from '@/lib/db/app-client';
import { dashboard } from '@/lib/editorial/dashboard';
import { transition } from '@/lib/editorial/workflow';
import { nextTargets, proxyPaths, windowTag, type Change } from '@/lib/freshness/change';
import { REPORTS_PER_PAGE, type Cursor } from '@/lib/model/lists';
import type { Locale } from '@/lib/model/locales';
import { createTestAccount } from '../support/accounts';
import { createTestDatabase, dropTestDatabases } from '../support/databases';
import { derivedTableDifferences, expectDerivedTablesTrue } from '../support/derived-tables';

/**
 * Lists of reports by keyset (docs/decisions/028): a reader paging through a list while the
 * newsroom publishes and withdraws reports sees each report once and misses none, and a
 * publication refreshes exactly the pages around the report it published.
 */

let editor: Actor;
const event = 'global-mayors-dialogue-nanning-2025';
const hour = 3_600_000;
const base = Date.UTC(2026, 5, 1, 8);

/** A report in English (and Chinese), published `hoursAgo` before `base`, or approved and waiting. */
async function report(id: string, hoursAgo: number, status: 'published' | 'approved' = 'published') {
  const at = new Date(base - hoursAgo * hour);
  await appDb().article.create({
    data: {
      id,
      eventId: event,
      originalLocale: 'en',
      translations: {
        create: (['en', 'zh'] as Locale[]).map((locale) => ({
          locale,
          slug: `${id}-${locale}`,
          title: `${id} ${locale}`,
          standfirst: `About ${id}.`,
          status: locale === 'en' ? status : 'published',
          publishedAt: at,
          revision: 1,
        })),
      },
      paragraphs: { create: [{ key: 'p1', position: 0 }] },
      cities: { create: [{ cityId: 'yangon' }] },
    },
  });
  await appDb().paragraphTranslation.createMany({
    data: (['en', 'zh'] as Locale[]).map((locale) => ({
      articleId: id,
      paragraphKey: 'p1',
      locale,
      text: `${id} in ${locale}: 14 projects.`,
      reviewed: true,
    })),
  });
}

/** Every report of a list in order, read whole (the oracle: a test may scan). */
async function wholeList(list: string, locale: Locale): Promise<string[]> {
  const rows = await appDb().reportListEntry.findMany({
    where: { list, locale },
    orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }],
    select: { articleId: true },
  });
  return rows.map((r) => r.articleId);
}

beforeAll(async () => {
  const url = await createTestDatabase('lists');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  editor = await createTestAccount('editor');
  // thirty reports an hour apart, older than the launch content
  for (let k = 0; k < 30; k++) await report(`older-${String(k).padStart(2, '0')}`, k);
});
afterAll(dropTestDatabases);

describe('keyset pages while the newsroom publishes', () => {
  it('show every report once and miss none, whatever is published or withdrawn between two reads', async () => {
    const before = await wholeList('all', 'en');
    const seen: string[] = [];
    let cursor: Cursor = null;
    let step = 0;
    do {
      const page = await reportWindow(appDb(), 'all', 'en', cursor, REPORTS_PER_PAGE);
      expect(page).not.toBeNull();
      // the page's reports as the list shows them, in the same order
      expect((await summaries(appDb(), 'en', page!.items)).map((s) => s.id)).toEqual(page!.items);
      seen.push(...page!.items);
      cursor = page!.older;
      // between two reads: a new report at the top, a late scheduled one among the pages already
      // read, one withdrawn from a page not read yet
      if (step === 1) await report('breaking-news', -24);
      if (step === 2) await report('late-scheduled', 3.5);
      if (step === 3)
        await appDb().articleTranslation.update({
          where: { articleId_locale: { articleId: 'older-25', locale: 'en' } },
          data: { status: 'draft' },
        });
      step++;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    // every report listed before the first read and still listed is seen: no gap
    const after = new Set(await wholeList('all', 'en'));
    expect(before.filter((id) => after.has(id)).filter((id) => !seen.includes(id))).toEqual([]);
    // the withdrawn one is not shown after it was withdrawn; newer ones appear on the first page
    expect(seen).not.toContain('older-25');
    expect(seen).not.toContain('breaking-news');
    const first = await reportWindow(appDb(), 'all', 'en', null, REPORTS_PER_PAGE);
    expect(first!.items[0]).toBe('breaking-news');
    await expectDerivedTablesTrue('after publications and a withdrawal');
  });

  it('reads a page back from its address the same way, in both directions', async () => {
    const all = await wholeList('all', 'en');
    const after = await reportWindow(appDb(), 'all', 'en', { dir: 'after', id: all[9]! }, REPORTS_PER_PAGE);
    expect(after!.items).toEqual(all.slice(10, 15));
    const before = await reportWindow(
      appDb(),
      'all',
      'en',
      { dir: 'before', id: all[10]! },
      REPORTS_PER_PAGE,
    );
    expect(before!.items).toEqual(all.slice(5, 10));
    expect(before!.older).toEqual({ dir: 'after', id: all[9] });
    expect(before!.newer).toEqual({ dir: 'before', id: all[5] });
    // a cursor that is not on the list is no page (the route sends the reader to the first)
    expect(
      await reportWindow(appDb(), 'all', 'en', { dir: 'after', id: 'older-25' }, REPORTS_PER_PAGE),
    ).toBeNull();
  });
});

describe('the tables the triggers keep', () => {
  it('are checked for real: a wrong count or a missing entry is found', async () => {
    await expectDerivedTablesTrue();
    await appDb()
      .$executeRaw`UPDATE version_counts SET count = count + 1 WHERE locale = 'vi' AND status = 'draft'`;
    expect((await derivedTableDifferences()).map((d) => d.what)).toEqual(['version count']);
    await appDb()
      .$executeRaw`UPDATE version_counts SET count = count - 1 WHERE locale = 'vi' AND status = 'draft'`;
    const [entry] = await appDb().$queryRaw<Array<{ article_id: string }>>`
      DELETE FROM report_list_entries WHERE list = 'city:yangon' AND locale = 'zh' AND article_id = 'older-03' RETURNING article_id`;
    expect(entry).toBeDefined();
    expect(await derivedTableDifferences()).toEqual([
      { what: 'list entry missing', row: expect.stringContaining('older-03') },
    ]);
    // the trigger puts it back from the report's rows
    await appDb().$executeRaw`SELECT refresh_report_lists('older-03')`;
    await expectDerivedTablesTrue();
    await appDb()
      .$executeRaw`DELETE FROM dashboard_entries WHERE tag = 'zh:published' AND article_id = 'older-04'`;
    expect(await derivedTableDifferences()).toEqual([
      { what: 'dashboard entry missing', row: expect.stringContaining('older-04') },
    ]);
    await appDb().$executeRaw`SELECT refresh_dashboard_entries('older-04')`;
    await expectDerivedTablesTrue();
  });
});

describe('what a publication refreshes', () => {
  /** The pages of `list` that show `id` (by the whole list read after the change): the oracle. */
  async function expectedWindows(list: string, locale: Locale, id: string) {
    const all = await wholeList(list, locale);
    const i = all.indexOf(id);
    expect(i).toBeGreaterThanOrEqual(0);
    return [
      ...(i < REPORTS_PER_PAGE ? [{ list, locale, cursor: null }] : []),
      ...all
        .slice(Math.max(0, i - REPORTS_PER_PAGE), i)
        .map((c) => ({ list, locale, cursor: { dir: 'after', id: c } })),
      ...all
        .slice(i + 1, i + 1 + REPORTS_PER_PAGE)
        .map((c) => ({ list, locale, cursor: { dir: 'before', id: c } })),
      { list, locale, cursor: { dir: 'after', id } },
      { list, locale, cursor: { dir: 'before', id } },
    ].map((w) => windowTag(w as Parameters<typeof windowTag>[0]));
  }

  it('refreshes the pages around the report on each of its lists, its feeds and sitemap part — nothing else', async () => {
    // approved, to go back on line at the place it had (withdrawn earlier): deep in its lists
    await report('republished', 12.5, 'approved');
    const published = await transition(editor, { articleId: 'republished', locale: 'en', action: 'publish' });
    expect(published).toMatchObject({ ok: true, state: 'published' });
    const change = (published as { refresh: Change }).refresh;
    const tags = nextTargets(change).tags;
    const lists = ['all', `event:${event}`, 'city:yangon'];
    const expected = new Set<string>();
    // both its versions' pages (a change of the report is a change of each version's entries)
    for (const locale of ['en', 'zh'] as Locale[])
      for (const list of lists)
        for (const tag of await expectedWindows(list, locale, 'republished')) expected.add(tag);
    expect(new Set(tags.filter((t) => t.startsWith('list:')))).toEqual(expected);
    // deep in every list: no first page, and no page of another list
    expect(tags).not.toContain('list:all:en:first');
    expect(tags.filter((t) => t.startsWith('list:person:'))).toEqual([]);
    expect(tags).not.toContain('article-list');
    expect(tags).toEqual(expect.arrayContaining(['feed:en', 'feed:zh', 'news-sitemap']));
    expect(tags).not.toContain('feed:vi');

    const paths = proxyPaths(change);
    const day = new Date(base - 12.5 * hour).toISOString();
    // its own pages, its list pages as addresses, its month's and day's sitemap parts
    expect(paths).toEqual(
      expect.arrayContaining([
        '/en/articles/republished-en',
        '/zh/articles/republished-zh',
        '/en/articles?after=republished',
        '/en/articles?city=yangon&before=republished',
        `/sitemaps/articles-${day.slice(0, 7)}.xml`,
        `/sitemaps/articles-${day.slice(0, 10)}.xml`,
      ]),
    );
    expect(paths.filter((p) => p.startsWith('/sitemaps/'))).toHaveLength(2);
    expect(paths).not.toContain('/en/articles');
    expect(paths).not.toContain('/vi/feed.xml');
    // the pages of reports near it on its event: their related reports changed
    const neighbours = (await wholeList(`event:${event}`, 'en')).filter((id) => id.startsWith('older-'));
    expect(paths.some((p) => neighbours.some((n) => p === `/en/articles/${n}-en`))).toBe(true);
    await expectDerivedTablesTrue('after a publication');
    // bounded: a publication's refresh does not grow with the archive
    expect(tags.length).toBeLessThan(2 * lists.length * (2 * REPORTS_PER_PAGE + 3) + 10);
  });

  it('refreshes the first page when the report is among the newest', async () => {
    await report('fresh-news', -48, 'approved');
    const published = await transition(editor, { articleId: 'fresh-news', locale: 'en', action: 'publish' });
    const tags = nextTargets((published as { refresh: Change }).refresh).tags;
    expect(tags).toEqual(
      expect.arrayContaining([
        'list:all:en:first',
        `list:event:${event}:en:first`,
        'list:city:yangon:en:first',
      ]),
    );
  });
});

describe("the newsroom's filters", () => {
  it('list exactly the reports in the state asked for, by last change, for every state, language and event', async () => {
    // states to find: Vietnamese drafts, a version in review, one scheduled, one outdated, one
    // report of no event, a report with no versions at all
    const version = (articleId: string, locale: Locale) => ({ articleId_locale: { articleId, locale } });
    await appDb().articleTranslation.createMany({
      data: ['older-05', 'older-06'].map((id) => ({
        articleId: id,
        locale: 'vi' as const,
        slug: `${id}-vi`,
        title: `${id} vi`,
        standfirst: '',
        status: 'draft' as const,
        revision: 1,
      })),
    });
    await appDb().articleTranslation.update({
      where: version('older-07', 'zh'),
      data: { status: 'inReview' },
    });
    await appDb().articleTranslation.update({
      where: version('older-08', 'en'),
      data: { status: 'approved', publishedAt: null, scheduledAt: new Date(base + 48 * hour) },
    });
    await appDb().articleTranslation.update({
      where: version('older-09', 'zh'),
      data: { outdatedSince: new Date(base) },
    });
    await appDb().article.update({ where: { id: 'older-10' }, data: { eventId: null } });
    await appDb().article.create({ data: { id: 'no-versions-yet', eventId: event, originalLocale: 'en' } });
    await expectDerivedTablesTrue('after the states changed');

    // the oracle: every report read whole, its states computed here
    const articles = await appDb().article.findMany({
      include: { translations: true },
      orderBy: [{ touchedAt: 'desc' }, { id: 'desc' }],
    });
    const stateOf = (t: (typeof articles)[number]['translations'][number] | undefined) =>
      !t ? 'missing' : t.status === 'approved' && t.scheduledAt ? 'scheduled' : t.status;
    const statuses = [
      'missing',
      'draft',
      'inReview',
      'approved',
      'scheduled',
      'published',
      'outdated',
    ] as const;
    const languages: Locale[] = ['zh', 'en', 'vi'];
    let filters = 0;
    for (const status of [undefined, ...statuses])
      for (const language of [undefined, ...languages])
        for (const eventId of [undefined, event]) {
          const expected = articles
            .filter((a) => !eventId || a.eventId === eventId)
            .filter(
              (a) =>
                !status ||
                (language ? [language] : languages).some((l) => {
                  const t = a.translations.find((x) => x.locale === l);
                  return status === 'outdated' ? !!t?.outdatedSince : stateOf(t) === status;
                }),
            )
            .map((a) => a.id);
          const seen: string[] = [];
          let after: string | undefined;
          do {
            const page = await dashboard(editor, { status, language, event: eventId, after }, 'en');
            seen.push(...page.items.map((r) => r.id));
            after = page.older?.id;
          } while (after);
          expect(
            seen,
            `${status ?? 'any state'} · ${language ?? 'any language'} · ${eventId ?? 'any event'}`,
          ).toEqual(expected);
          if (status) filters++;
        }
    expect(filters).toBe(statuses.length * 4 * 2);
    // the rare states were there to be found
    expect(
      articles.filter((a) => a.translations.some((t) => t.locale === 'vi' && t.status === 'draft')),
    ).toHaveLength(2);
  });
});
