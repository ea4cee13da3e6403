import type { Prisma } from '../db/generated/client';
import type { ArticleFacts } from '../freshness/change';
import type { Locale } from '../model/locales';

/**
 * A report's facts that decide what its change makes stale (lib/freshness/change.ts): its language
 * versions and what it mentions. A write reads them inside its own transaction, and only when a
 * published report changed, and passes them on: nothing is read again after the commit.
 */
const factsInclude = {
  translations: { select: { locale: true, slug: true } },
  people: { select: { personId: true } },
  cities: { select: { cityId: true } },
  agreements: { select: { agreementId: true } },
} as const;

type Loaded = {
  eventId: string | null;
  translations: Array<{ locale: Locale; slug: string }>;
  people: Array<{ personId: string }>;
  cities: Array<{ cityId: string }>;
  agreements: Array<{ agreementId: string }>;
};

function factsOf(article: Loaded): ArticleFacts {
  return {
    eventId: article.eventId,
    translations: article.translations,
    people: article.people.map((p) => p.personId),
    cities: article.cities.map((c) => c.cityId),
    agreements: article.agreements.map((a) => a.agreementId),
  };
}

export async function readArticleFacts(
  db: Pick<Prisma.TransactionClient, 'article'>,
  articleId: string,
): Promise<ArticleFacts | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, include: factsInclude });
  return article && factsOf(article);
}
