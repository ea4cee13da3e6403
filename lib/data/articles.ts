import 'server-only';
import { cache } from 'react';
import { appDb } from '../db/app-client';
import { locales, type Locale } from '../i18n/locales';
import { pick } from './localized';
import type { ArticlePageData } from './types';

/** A published article in `locale` by its slug in that locale, or null. */
export const getArticle = cache(async (locale: Locale, slug: string): Promise<ArticlePageData | null> => {
  // A malformed slug cannot exist (content and editors only make these): no query for it.
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return null;
  const row = await appDb().articleTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    include: {
      paragraphs: true,
      article: {
        include: {
          paragraphs: { orderBy: { position: 'asc' } },
          translations: { where: { status: 'published' }, select: { locale: true, slug: true } },
          event: { include: { translations: true } },
          source: { include: { translations: true, reviewers: { orderBy: { position: 'asc' } } } },
        },
      },
    },
  });
  if (!row || row.status !== 'published' || !row.publishedAt) return null;

  const texts = new Map(row.paragraphs.map((p) => [p.paragraphKey, p.text]));
  const { article } = row;
  return {
    id: article.id,
    locale,
    title: row.title,
    standfirst: row.standfirst,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    event: article.event && {
      id: article.event.id,
      name: pick(article.event.translations, locale, 'name') ?? { text: article.event.id, locale: 'en' },
    },
    source: article.source && {
      outlet: pick(article.source.translations, locale, 'outlet') ?? {
        text: article.source.id,
        locale: 'en',
      },
      releasedAt: article.source.releasedAt,
      releasedAtPrecision: article.source.releasedAtPrecision,
      reviewers: article.source.reviewers.map((r) => ({ name: r.name, role: r.role })),
    },
    // Paragraphs in the shared order; a slot this language lacks is skipped here (side-by-side
    // reading, issue 3, shows it as a placeholder instead).
    paragraphs: article.paragraphs.flatMap((p) => {
      const text = texts.get(p.key);
      return text === undefined ? [] : [{ key: p.key, kind: p.kind, text }];
    }),
    versions: locales.flatMap((l) => article.translations.filter((t) => t.locale === l)),
  };
});
