import { z } from 'zod';
import { Prisma } from '../db/generated/client';
import { appDb } from '../db/app-client';
import { keysetPage, type Cursor, type KeysetPage } from '../model/lists';
import { locales, type Locale } from '../model/locales';
import { isEntityId, pick } from '../model/localized';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { stateOf, type CorrectionState, type VersionState } from './versions';
import { noCounts, paragraphState, type StateCounts } from '../translation/states';

/**
 * The newsroom's front page: the reports by their latest change, a page at a time (keyset on
 * `articles.touched_at`, kept by a trigger), a filter as one range of `dashboard_entries` (kept by
 * triggers too, docs/decisions/029), with the versions' counts by language and state from a table
 * the same trigger keeps (docs/decisions/028).
 */

/** Reports per page of the dashboard. */
export const DASHBOARD_PAGE = 50;

export type DashboardRow = {
  id: string;
  title: string;
  titleLocale: Locale;
  eventId: string | null;
  originalLocale: Locale;
  states: Record<Locale, VersionState>;
  outdated: Record<Locale, boolean>;
  /** each version's paragraphs by state (lib/translation/states.ts) */
  paragraphs: Record<Locale, StateCounts>;
  /** a published version's correction waiting, by its review state */
  corrections: Partial<Record<Locale, Exclude<CorrectionState, null>>>;
  updatedAt: Date;
};

const cursorId = z.string().refine(isEntityId).optional().catch(undefined);

export const dashboardFilterSchema = z.object({
  event: z.string().refine(isEntityId).optional().catch(undefined),
  after: cursorId,
  before: cursorId,
  language: z.enum(locales).optional().catch(undefined),
  status: z
    .enum(['missing', 'draft', 'inReview', 'approved', 'scheduled', 'published', 'outdated'])
    .optional()
    .catch(undefined),
});

export type Dashboard = KeysetPage<DashboardRow> & {
  /** language versions by language and state, as the trigger counted them */
  counts: Record<Locale, Partial<Record<VersionState, number>>>;
};

type Filter = z.output<typeof dashboardFilterSchema>;

/**
 * The filter as the tag of its rows in `dashboard_entries` (kept by a trigger, docs/decisions/029):
 * "draft", "vi:draft", "event:<id>", "event:<id>|vi:draft"; null without a filter. A language
 * alone does not filter: it says which versions a state is asked of.
 */
export function filterTag(filter: Pick<Filter, 'event' | 'language' | 'status'>): string | null {
  const state = filter.status
    ? filter.language
      ? `${filter.language}:${filter.status}`
      : filter.status
    : null;
  if (filter.event) return state ? `event:${filter.event}|${state}` : `event:${filter.event}`;
  return state;
}

/** One page of the reports with the state of each language, filtered by event, language and state. */
export async function dashboard(
  actor: Actor | null,
  filterInput: unknown,
  uiLocale: Locale,
): Promise<Dashboard> {
  authorize(actor, 'dashboard.view');
  const filter = dashboardFilterSchema.parse(filterInput ?? {});
  const cursor: Cursor = filter.after
    ? { dir: 'after', id: filter.after }
    : filter.before
      ? { dir: 'before', id: filter.before }
      : null;
  const db = appDb();
  const take = DASHBOARD_PAGE + 1;
  const tag = filterTag(filter);
  // a cursor's report is placed by its own touched_at (a report gone: the first page)
  const place = cursor
    ? await db.article.findUnique({ where: { id: cursor.id }, select: { touchedAt: true } })
    : null;
  const keyed = cursor && place ? cursor : null;
  // unfiltered: the reports by last change; filtered: the filter's range of dashboard_entries,
  // in the same order (one index range either way: a rare state costs what a common one does)
  const from = tag
    ? Prisma.sql`(SELECT article_id AS id, touched_at FROM dashboard_entries WHERE tag = ${tag}) a`
    : Prisma.sql`articles a`;
  const ids = await db.$queryRaw<Array<{ id: string }>>(
    !keyed
      ? Prisma.sql`SELECT a.id FROM ${from} ORDER BY a.touched_at DESC, a.id DESC LIMIT ${take}`
      : keyed.dir === 'after'
        ? Prisma.sql`SELECT a.id FROM ${from} WHERE (a.touched_at, a.id) < (${place!.touchedAt}, ${keyed.id})
            ORDER BY a.touched_at DESC, a.id DESC LIMIT ${take}`
        : Prisma.sql`SELECT a.id FROM ${from} WHERE (a.touched_at, a.id) > (${place!.touchedAt}, ${keyed.id})
            ORDER BY a.touched_at ASC, a.id ASC LIMIT ${take}`,
  );
  const page = keysetPage(
    ids.map((r) => r.id),
    keyed,
    DASHBOARD_PAGE,
    (id) => id,
  );
  const [articles, counts, versionCounts] = await Promise.all([
    db.article.findMany({
      where: { id: { in: page.items } },
      include: {
        translations: {
          select: {
            locale: true,
            title: true,
            status: true,
            scheduledAt: true,
            outdatedSince: true,
            correction: true,
            updatedAt: true,
          },
        },
      },
    }),
    paragraphCounts(page.items),
    db.versionCount.findMany(),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const rows = page.items.flatMap((id): DashboardRow[] => {
    const a = byId.get(id);
    if (!a) return [];
    const byLocale = (l: Locale) => a.translations.find((t) => t.locale === l);
    // a version imported without a headline has an empty title: show another language's
    const titled = (l: Locale) => (byLocale(l)?.title ? byLocale(l) : undefined);
    const shown =
      titled(uiLocale) ?? titled(a.originalLocale) ?? a.translations.find((t) => t.title) ?? undefined;
    return [
      {
        id: a.id,
        title: shown?.title ?? a.id,
        titleLocale: shown?.locale ?? a.originalLocale,
        eventId: a.eventId,
        originalLocale: a.originalLocale,
        states: Object.fromEntries(locales.map((l) => [l, stateOf(byLocale(l))])) as DashboardRow['states'],
        outdated: Object.fromEntries(
          locales.map((l) => [l, !!byLocale(l)?.outdatedSince]),
        ) as DashboardRow['outdated'],
        paragraphs: Object.fromEntries(
          locales.map((l) => [
            l,
            counts.get(`${a.id}/${l}`) ?? {
              ...noCounts(),
              untranslated: counts.get(a.id)?.untranslated ?? 0,
            },
          ]),
        ) as DashboardRow['paragraphs'],
        corrections: Object.fromEntries(
          a.translations.flatMap((t) =>
            t.correction && t.correction !== 'published' ? [[t.locale, t.correction]] : [],
          ),
        ),
        updatedAt: a.touchedAt,
      },
    ];
  });
  const tally = Object.fromEntries(locales.map((l) => [l, {}])) as Dashboard['counts'];
  for (const c of versionCounts) if (c.count > 0) tally[c.locale][c.status as VersionState] = c.count;
  return { items: rows, newer: page.newer, older: page.older, counts: tally };
}

/**
 * The reports' paragraphs by state and language, counted in the database (two grouped queries
 * over the reports shown): the slots of each report, and each version's written paragraphs by
 * their marks; what a version has not written is untranslated. Keyed `id/locale`, and `id` for a
 * report's slot count.
 */
async function paragraphCounts(ids: string[]): Promise<Map<string, StateCounts>> {
  const db = appDb();
  const [slots, written] = await Promise.all([
    db.articleParagraph.groupBy({ by: ['articleId'], where: { articleId: { in: ids } }, _count: true }),
    db.paragraphTranslation.groupBy({
      by: ['articleId', 'locale', 'outdated', 'reviewed'],
      where: { articleId: { in: ids } },
      _count: true,
    }),
  ]);
  const out = new Map<string, StateCounts>();
  for (const s of slots) out.set(s.articleId, { ...noCounts(), untranslated: s._count });
  for (const w of written) {
    const key = `${w.articleId}/${w.locale}`;
    const c = out.get(key) ?? { ...noCounts(), untranslated: out.get(w.articleId)?.untranslated ?? 0 };
    // a written row is never untranslated (an emptied paragraph's row is deleted)
    c[paragraphState({ markup: 'x', outdated: w.outdated, reviewed: w.reviewed })] += w._count;
    c.untranslated -= w._count;
    out.set(key, c);
  }
  return out;
}

/** Events to filter the dashboard by, named in the interface language where possible. */
export async function eventOptions(
  actor: Actor | null,
  locale: Locale,
): Promise<Array<{ id: string; name: string; locale: Locale }>> {
  authorize(actor, 'dashboard.view');
  const events = await appDb().event.findMany({
    include: { translations: true },
    orderBy: { startsOn: 'desc' },
  });
  return events.map((e) => {
    const name = pick(e.translations, locale, 'name') ?? { text: e.id, locale: 'en' as const };
    return { id: e.id, name: name.text, locale: name.locale };
  });
}
