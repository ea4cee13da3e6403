import { appDb } from '../db/app-client';
import { locales } from '../i18n/locales';
import { entityPath, localizedPath } from '../i18n/paths';

/**
 * What publishing, unpublishing or correcting a report makes stale, as paths and cache tags —
 * computed here (testable without Next) and applied by lib/editorial/apply-refresh.ts inside the
 * server action or route handler.
 */
export type Refresh = {
  paths: string[];
  tags: string[];
  patterns: Array<{ path: string; type: 'page' | 'layout' }>;
};

export async function refreshFor(articleId: string): Promise<Refresh> {
  const article = await appDb().article.findUnique({
    where: { id: articleId },
    include: {
      translations: { select: { locale: true, slug: true } },
      people: true,
      cities: true,
      agreements: true,
    },
  });
  if (!article) return { paths: [], tags: ['article-list'], patterns: [] };
  const paths = new Set<string>();
  for (const t of article.translations) paths.add(localizedPath(t.locale, `/articles/${t.slug}`));
  for (const locale of locales) {
    paths.add(localizedPath(locale, '/'));
    if (article.eventId) paths.add(localizedPath(locale, entityPath('event', article.eventId)));
    for (const p of article.people) paths.add(localizedPath(locale, entityPath('person', p.personId)));
    for (const c of article.cities) paths.add(localizedPath(locale, entityPath('city', c.cityId)));
    for (const a of article.agreements)
      paths.add(localizedPath(locale, entityPath('agreement', a.agreementId)));
  }
  return {
    paths: [...paths],
    // lists, feeds and sitemaps read the published index under this tag
    tags: ['article-list'],
    // side-by-side views exist for many language combinations; refresh the route as a whole
    patterns: [{ path: '/[locale]/articles/[slug]/with/[languages]', type: 'page' }],
  };
}
