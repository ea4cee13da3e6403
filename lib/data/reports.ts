import type { Locale } from '../model/locales';
import type { ReportLink } from './types';

type ArticleWithTranslations = {
  id: string;
  translations: Array<{ slug: string; title: string; publishedAt: Date | null }>;
};

/** Reports (already filtered to the reader's language and published) as links, newest first. */
export function reportLinks(articles: ArticleWithTranslations[]): ReportLink[] {
  return articles
    .flatMap((a) =>
      a.translations.map((t) => ({
        id: a.id,
        slug: t.slug,
        title: t.title,
        publishedAt: t.publishedAt ?? new Date(0),
      })),
    )
    .sort((x, y) => y.publishedAt.getTime() - x.publishedAt.getTime());
}

/** Prisma `include` for an entity's article mentions: the reports published in `locale`. */
export function mentionsIn(locale: Locale) {
  return {
    include: {
      article: {
        include: {
          translations: {
            where: { locale, status: 'published' as const },
            select: { slug: true, title: true, publishedAt: true },
          },
        },
      },
    },
  };
}
