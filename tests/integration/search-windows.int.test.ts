import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '@/lib/content/prepare';
import { appDb, searchPool } from '@/lib/db/app-client';
import { settleRecent, writeDocuments } from '@/lib/search/index';
import { search, searchParamsSchema, searchQueryString, type SearchOutcome } from '@/lib/search/query';
import { createTestDatabase, dropTestDatabases } from '../support/databases';

/**
 * A search reads the newest reports first and widens only as it must (docs/decisions/029). The
 * windows here are small (the newest 15 versions first, at most 40 recent ones) so that a test archive of 60 reports has three.
 */

const WINDOWS = { first: 15, recent: 40 };
const hour = 3_600_000;
const base = Date.UTC(2026, 3, 1, 8);
const REPORTS = 60;

const find = (q: string, extra: Record<string, string> = {}) =>
  search(searchParamsSchema.parse({ q, ...extra }), 'en', searchPool(), WINDOWS);
const ok = (outcome: SearchOutcome) => {
  if (outcome.status !== 'ok') throw new Error('expected results');
  return outcome;
};
const ids = (outcome: SearchOutcome) => ok(outcome).results.map((r) => r.entityId);

beforeAll(async () => {
  const url = await createTestDatabase('searchwin');
  await prepareDatabase(url);
  process.env.DATABASE_URL = url;
  // sixty reports an hour apart, newer than the launch content: every one says "harbourmaster";
  // every third has it and "lighthouse" in its title; every second mentions Nanning; only the oldest says "quillwort"
  await writeDocuments(
    appDb(),
    Array.from({ length: REPORTS }, (_, k) => ({
      kind: 'article' as const,
      entityId: `window-${String(k).padStart(2, '0')}`,
      locale: 'en' as const,
      title: k % 3 === 0 ? `Harbourmaster lighthouse report ${k}` : `Port report ${k}`,
      body: `The harbourmaster of the port spoke on day ${k}.${k === REPORTS - 1 ? ' Quillwort grows there.' : ''}`,
      path: `/articles/window-${k}`,
      eventId: null,
      publishedAt: new Date(base - k * hour),
      entities: k % 2 === 0 ? ['city:nanning'] : [],
    })),
  );
  // the recent set as large as the test's windows (the portal's is 9,000 versions)
  await settleRecent(appDb(), WINDOWS.recent);
});
afterAll(dropTestDatabases);

describe('search windows', () => {
  it('answers a common word from the newest reports, and the older matches follow without a gap', async () => {
    const first = ok(await find('harbourmaster'));
    // the newest fifteen versions (the launch content is older): reports 0–14
    expect(first.window.since).toEqual(new Date(base - 14 * hour));
    expect(first.window.until).toBeNull();
    expect(first.total).toBe(15);
    expect(first.pages).toBe(2);
    // title matches first, newest first among them
    expect(ids(first).slice(0, 5)).toEqual(['window-00', 'window-03', 'window-06', 'window-09', 'window-12']);
    const second = ok(await find('harbourmaster', { page: '2' }));
    expect(second.window).toEqual(first.window);
    expect(new Set([...ids(first), ...ids(second)])).toEqual(
      new Set(Array.from({ length: 15 }, (_, k) => `window-${String(k).padStart(2, '0')}`)),
    );

    // "older matches": the window before, then the next, until the oldest is reached
    const seen = new Set([...ids(first), ...ids(second)]);
    let until = first.window.since;
    let steps = 0;
    while (until) {
      const older = ok(await find('harbourmaster', { until: until.toISOString() }));
      expect(older.window.until).toEqual(until);
      for (const id of ids(older)) {
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
      // a window's later pages: every result once
      for (let page = 2; page <= older.pages; page++)
        for (const id of ids(
          await find('harbourmaster', { until: until.toISOString(), page: String(page) }),
        )) {
          expect(seen.has(id), id).toBe(false);
          seen.add(id);
        }
      until = older.window.since;
      steps++;
    }
    expect(seen.size).toBe(REPORTS);
    expect(steps).toBeGreaterThanOrEqual(3);
  });

  it('widens to the recent reports until the page is filled, and reads everything when they have no match', async () => {
    const rare = ok(await find('quillwort'));
    expect(ids(rare)).toEqual(['window-59']);
    expect(rare.window).toEqual({ since: null, until: null });
    // a word in every third report: five in the first window do not fill a page, the next does
    const some = ok(await find('lighthouse'));
    expect(some.window.since).toEqual(new Date(base - 39 * hour));
    expect(some.total).toBe(14);
    expect(ids(some)).toHaveLength(10);
    // the same window's second page
    const next = ok(await find('lighthouse', { page: '2' }));
    expect(next.window).toEqual(some.window);
    expect(ids(next)).toHaveLength(4);
  });

  it('shows glossary entries with the newest reports, and not again among older matches', async () => {
    const first = ok(await find('Nanning'));
    expect(first.window.since).not.toBeNull();
    expect(first.results[0]!.entityId).toBe('nanning');
    const all = ok(await find('Nanning', { type: 'city' }));
    expect(all.window).toEqual({ since: null, until: null });
    const older = ok(await find('Nanning', { until: first.window.since!.toISOString() }));
    expect(older.results.every((r) => r.kind === 'article')).toBe(true);
  });

  it('keeps the newest versions and every glossary page recent, and moves older ones out', async () => {
    const rows = await appDb().$queryRaw<Array<{ dated: boolean; recent: boolean; n: number }>>`
      SELECT published_at IS NOT NULL AS dated, recent, count(*)::int AS n FROM search_documents GROUP BY 1, 2`;
    const count = (dated: boolean, recent: boolean) =>
      rows.find((r) => r.dated === dated && r.recent === recent)?.n ?? 0;
    expect(count(true, true)).toBe(WINDOWS.recent);
    expect(count(true, false)).toBeGreaterThan(0);
    expect(count(false, false)).toBe(0);
    const [{ newest_old, oldest_recent }] = await appDb().$queryRaw<
      [{ newest_old: Date; oldest_recent: Date }]
    >`SELECT max(published_at) FILTER (WHERE NOT recent) AS newest_old,
             min(published_at) FILTER (WHERE recent) AS oldest_recent FROM search_documents`;
    expect(newest_old.getTime()).toBeLessThan(oldest_recent.getTime());
  });

  it('carries the window in the address, and a malformed one is no window', () => {
    const at = new Date(base);
    const params = searchParamsSchema.parse({ q: 'port', until: at.toISOString() });
    expect(params.until).toEqual(at);
    expect(searchQueryString(params)).toBe(`?q=port&until=${encodeURIComponent(at.toISOString())}`);
    expect(searchParamsSchema.parse({ q: 'port', until: 'yesterday' }).until).toBeUndefined();
    expect(searchParamsSchema.parse({ q: 'port', until: ['2026-01-01T00:00:00.000Z', 'x'] }).until).toEqual(
      new Date('2026-01-01T00:00:00.000Z'),
    );
  });
});
