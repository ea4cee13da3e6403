import { appDb } from '../db/app-client';
import { locales, type Locale } from '../model/locales';
import { misnamed, type GlossaryTerm } from '../translation/names';

/**
 * Names in a saved version that do not follow the glossary for its language: a person's known
 * spelling variant where the glossary has another form, or another language's name of a mentioned
 * person, city or agreement (e.g. "Nanning" in Vietnamese, where it is "Nam Ninh"). City and
 * agreement aliases are accepted short forms. The translation checks apply the same rule
 * (lib/translation/names.ts).
 */
export type GlossaryFlag = { paragraph: number; found: string; suggested: string };

export async function glossaryFlags(
  articleId: string,
  locale: Locale,
  paragraphs: string[],
): Promise<GlossaryFlag[]> {
  const terms = await reportGlossary(articleId);
  return paragraphs.flatMap((text, i) =>
    misnamed(text, locale, terms).map((m) => ({ paragraph: i + 1, found: m.found, suggested: m.expected })),
  );
}

/**
 * The names a report mentions, as the translation checks read them (lib/translation/names.ts):
 * each person, city and agreement with its name per language; a city's and an agreement's aliases
 * are accepted variants, a person's known misspellings are to be corrected (in their language, or
 * in every language when the alias has none).
 */
export async function reportGlossary(articleId: string): Promise<GlossaryTerm[]> {
  const article = await appDb().article.findUnique({
    where: { id: articleId },
    include: {
      people: { include: { person: { include: { translations: true, aliases: true } } } },
      cities: { include: { city: { include: { translations: true, aliases: true } } } },
      agreements: { include: { agreement: { include: { translations: true, aliases: true } } } },
    },
  });
  if (!article) return [];
  const names = (translations: Array<{ locale: Locale; name: string }>) =>
    Object.fromEntries(translations.map((t) => [t.locale, t.name])) as GlossaryTerm['names'];
  const byLocale = (aliases: Array<{ locale: Locale | null; name: string }>) => {
    const out: Partial<Record<Locale, string[]>> = {};
    for (const a of aliases) for (const l of a.locale ? [a.locale] : locales) (out[l] ??= []).push(a.name);
    return out;
  };
  return [
    ...article.people.map(({ person: p }) => ({
      id: p.id,
      names: names(p.translations),
      variants: {},
      rejected: byLocale(p.aliases),
    })),
    ...article.cities.map(({ city: c }) => ({
      id: c.id,
      names: names(c.translations),
      variants: byLocale(c.aliases),
    })),
    ...article.agreements.map(({ agreement: a }) => ({
      id: a.id,
      names: names(a.translations),
      variants: byLocale(a.aliases),
    })),
  ];
}
