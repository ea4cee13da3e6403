import { z } from 'zod';
import { appDb } from '../db/app-client';
import { locales, type Locale } from '../model/locales';
import { isEntityId, pick } from '../model/localized';
import { authorize } from '../auth/permissions';
import type { Actor } from '../auth/sessions';
import { stateOf, type CorrectionState, type VersionState } from './versions';
import { noCounts, paragraphState, type StateCounts } from '../translation/states';

/** The newsroom's front page: every report with the state of each language version. */

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

export const dashboardFilterSchema = z.object({
  event: z.string().refine(isEntityId).optional().catch(undefined),
  language: z.enum(locales).optional().catch(undefined),
  status: z
    .enum(['missing', 'draft', 'inReview', 'approved', 'scheduled', 'published', 'outdated'])
    .optional()
    .catch(undefined),
});

/** Every report with the state of each language, filtered by event, language and state. */
export async function dashboard(
  actor: Actor | null,
  filterInput: unknown,
  uiLocale: Locale,
): Promise<DashboardRow[]> {
  authorize(actor, 'dashboard.view');
  const filter = dashboardFilterSchema.parse(filterInput ?? {});
  const articles = await appDb().article.findMany({
    where: filter.event ? { eventId: filter.event } : {},
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
  });
  const counts = await paragraphCounts(articles.map((a) => a.id));
  const rows = articles.map((a): DashboardRow => {
    const byLocale = (l: Locale) => a.translations.find((t) => t.locale === l);
    // a version imported without a headline has an empty title: show another language's
    const titled = (l: Locale) => (byLocale(l)?.title ? byLocale(l) : undefined);
    const shown =
      titled(uiLocale) ?? titled(a.originalLocale) ?? a.translations.find((t) => t.title) ?? undefined;
    return {
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
          counts.get(`${a.id}/${l}`) ?? { ...noCounts(), untranslated: counts.get(a.id)?.untranslated ?? 0 },
        ]),
      ) as DashboardRow['paragraphs'],
      corrections: Object.fromEntries(
        a.translations.flatMap((t) =>
          t.correction && t.correction !== 'published' ? [[t.locale, t.correction]] : [],
        ),
      ),
      updatedAt: new Date(
        Math.max(a.createdAt.getTime(), ...a.translations.map((t) => t.updatedAt.getTime())),
      ),
    };
  });
  const languages = filter.language ? [filter.language] : locales;
  return rows
    .filter((r) =>
      !filter.status
        ? true
        : languages.some((l) =>
            filter.status === 'outdated' ? r.outdated[l] : r.states[l] === filter.status,
          ),
    )
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
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
