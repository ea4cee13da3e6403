import type { Locale } from '../model/locales';

/**
 * Glossary names in a translation (issue 28): a person, city or agreement the original names must
 * appear in the glossary's form for the translation's language or one of its accepted variants.
 * Another language's form where the glossary has its own ("Nanning" in Vietnamese, where it is
 * "Nam Ninh") is named as rejected; a name not found at all is said as missing (the translator may
 * have written "the city": a warning, not an error). Pure; the glossary is given.
 */
export type GlossaryTerm = {
  id: string;
  names: Partial<Record<Locale, string>>;
  /** accepted spellings per language (a city's or an agreement's short forms) */
  variants: Partial<Record<Locale, string[]>>;
  /** spellings to correct (a person's misspelt name as sources printed it) */
  rejected?: Partial<Record<Locale, string[]>>;
};
export type NameFinding =
  | { kind: 'rejected'; term: string; found: string; expected: string }
  | { kind: 'missing'; term: string; expected: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A name as a whole word in spaced scripts (any case); anywhere in Chinese. */
export function findsName(text: string, name: string): boolean {
  const n = name.normalize('NFC');
  if (/\p{Script=Han}/u.test(n)) return text.includes(n);
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(n)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu').test(text);
}

const formsIn = (term: GlossaryTerm, locale: Locale) =>
  [term.names[locale], ...(term.variants[locale] ?? [])].filter((f): f is string => Boolean(f?.trim()));

/** Too short to tell from a word ("Ha"), except in Chinese, where two characters make most names. */
const distinctive = (form: string) => [...form].length >= (/\p{Script=Han}/u.test(form) ? 2 : 3);

/**
 * The names in `text`, written in `locale`, in a form the glossary does not take for that language
 * — another language's name or variant, or a known misspelling — each with the glossary's form;
 * a form found beside an accepted one is left alone (the text may quote it).
 */
export function misnamed(
  text: string,
  locale: Locale,
  terms: readonly GlossaryTerm[],
): Array<{ term: string; found: string; expected: string }> {
  const normalized = text.normalize('NFC');
  return terms.flatMap((term) => {
    const expected = term.names[locale];
    if (!expected) return [];
    const accepted = formsIn(term, locale);
    if (accepted.some((f) => findsName(normalized, f))) return [];
    const found = [
      ...(term.rejected?.[locale] ?? []),
      ...(Object.keys(term.names) as Locale[]).filter((l) => l !== locale).flatMap((l) => formsIn(term, l)),
    ]
      .filter((f) => distinctive(f) && !accepted.includes(f) && !expected.includes(f))
      .find((f) => findsName(normalized, f));
    return found ? [{ term: term.id, found, expected }] : [];
  });
}

/** The names of the original the translation misnames (an error) or does not name (a warning). */
export function checkNames(
  source: { locale: Locale; text: string },
  target: { locale: Locale; text: string },
  terms: readonly GlossaryTerm[],
): NameFinding[] {
  const from = source.text.normalize('NFC');
  const to = target.text.normalize('NFC');
  const mentioned = terms.filter(
    (term) => term.names[target.locale] && formsIn(term, source.locale).some((f) => findsName(from, f)),
  );
  const wrong = misnamed(to, target.locale, mentioned);
  return mentioned.flatMap((term): NameFinding[] => {
    const rejected = wrong.find((w) => w.term === term.id);
    if (rejected) return [{ kind: 'rejected', ...rejected }];
    if (formsIn(term, target.locale).some((f) => findsName(to, f))) return [];
    return [{ kind: 'missing', term: term.id, expected: term.names[target.locale]! }];
  });
}
