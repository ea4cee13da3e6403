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

export function checkNames(
  source: { locale: Locale; text: string },
  target: { locale: Locale; text: string },
  terms: readonly GlossaryTerm[],
): NameFinding[] {
  const from = source.text.normalize('NFC');
  const to = target.text.normalize('NFC');
  const findings: NameFinding[] = [];
  for (const term of terms) {
    const expected = term.names[target.locale];
    if (!expected || !formsIn(term, source.locale).some((f) => findsName(from, f))) continue;
    const accepted = formsIn(term, target.locale);
    const misspelt = term.rejected?.[target.locale]?.find((f) => findsName(to, f));
    if (misspelt) {
      findings.push({ kind: 'rejected', term: term.id, found: misspelt, expected });
      continue;
    }
    if (accepted.some((f) => findsName(to, f))) continue;
    const rejected = [
      ...(term.rejected?.[target.locale] ?? []),
      ...(Object.keys(term.names) as Locale[])
        .filter((l) => l !== target.locale)
        .flatMap((l) => formsIn(term, l)),
    ]
      .filter((f) => !accepted.includes(f))
      .find((f) => findsName(to, f));
    findings.push(
      rejected
        ? { kind: 'rejected', term: term.id, found: rejected, expected }
        : { kind: 'missing', term: term.id, expected },
    );
  }
  return findings;
}
