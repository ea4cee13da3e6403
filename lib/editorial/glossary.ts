import { appDb } from '../db/app-client';
import { locales, type Locale } from '../model/locales';
import type { GlossaryTerm } from '../translation/names';

/**
 * Names in a saved version that do not follow the glossary for its language: a person's known
 * spelling variant (PersonAlias) where the glossary has another form, or another language's name of
 * a mentioned person, city or agreement (e.g. "Nanning" in Vietnamese, where it is "Nam Ninh").
 * City and agreement aliases are accepted short forms and are not flagged.
 */
export type GlossaryFlag = { paragraph: number; found: string; suggested: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word in spaced scripts; anywhere in Chinese. */
const finds = (text: string, name: string) =>
  /\p{Script=Han}/u.test(name)
    ? text.includes(name)
    : new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(text);

export async function glossaryFlags(
  articleId: string,
  locale: Locale,
  paragraphs: string[],
): Promise<GlossaryFlag[]> {
  const article = await appDb().article.findUnique({
    where: { id: articleId },
    include: {
      people: { include: { person: { include: { translations: true, aliases: true } } } },
      cities: { include: { city: { include: { translations: true } } } },
      agreements: { include: { agreement: { include: { translations: true } } } },
    },
  });
  if (!article) return [];
  const rules = new Map<string, { variant: string; suggested: string }>();
  const add = (translations: Array<{ locale: Locale; name: string }>, variants: string[]) => {
    const preferred = translations.find((t) => t.locale === locale)?.name;
    if (!preferred) return;
    for (const variant of variants)
      if (variant.length >= 3 && variant !== preferred && !preferred.includes(variant))
        rules.set(variant, { variant, suggested: preferred });
  };
  const otherNames = (translations: Array<{ locale: Locale; name: string }>) =>
    locales
      .filter((l) => l !== locale)
      .flatMap((l) => translations.filter((t) => t.locale === l).map((t) => t.name));
  for (const { person } of article.people)
    add(person.translations, [
      ...person.aliases.filter((a) => a.locale === locale || a.locale === null).map((a) => a.name),
      ...otherNames(person.translations),
    ]);
  for (const { city } of article.cities) add(city.translations, otherNames(city.translations));
  for (const { agreement } of article.agreements)
    add(agreement.translations, otherNames(agreement.translations));

  const flags: GlossaryFlag[] = [];
  paragraphs.forEach((text, i) => {
    const normalized = text.normalize('NFC');
    for (const rule of rules.values())
      if (finds(normalized, rule.variant) && !finds(normalized, rule.suggested))
        flags.push({ paragraph: i + 1, found: rule.variant, suggested: rule.suggested });
  });
  return flags;
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
