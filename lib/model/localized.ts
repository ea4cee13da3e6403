import { locales, type Locale } from './locales';

/** Text with the language it is really in — which may differ from the page's, and then needs `lang`. */
export type Localized = { text: string; locale: Locale };

const fallbackOrder = (locale: Locale): Locale[] => [
  locale,
  'en',
  ...locales.filter((l) => l !== locale && l !== 'en'),
];

/**
 * The row for `locale`, else the closest available one (English, then the rest) — used for names
 * that some sources give in one script only. Article bodies never fall back: a missing language
 * version is a 404 that says so.
 */
export function pick<T extends { locale: Locale }, K extends keyof T>(
  rows: readonly T[],
  locale: Locale,
  field: K,
): Localized | null {
  for (const candidate of fallbackOrder(locale)) {
    const row = rows.find((r) => r.locale === candidate);
    const value = row?.[field];
    if (typeof value === 'string' && value.length > 0) return { text: value, locale: candidate };
  }
  return null;
}

/** What to show when an entity has no name in any language: its id (never happens with valid content). */
export function idAsText(id: string): Localized {
  return { text: id, locale: 'en' };
}

/** Entity ids and slugs are lower-case ASCII words joined by hyphens; anything else cannot exist. */
export function isEntityId(value: string): boolean {
  return value.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/**
 * An entity's other spellings as a page lists them under "Variants": each once, and none the page
 * already shows as a name or nickname (Nanning's alias 邕城 is its nickname). A spelling without a
 * language is read as English.
 */
export function otherSpellings(
  aliases: ReadonlyArray<{ locale: Locale | null; name: string }>,
  shown: ReadonlyArray<string | undefined>,
): Array<{ locale: Locale; name: string }> {
  const seen = new Set(shown.filter((s): s is string => Boolean(s)).map((s) => s.normalize('NFC')));
  return aliases.flatMap((a) => {
    const name = a.name.normalize('NFC');
    if (seen.has(name)) return [];
    seen.add(name);
    return [{ locale: a.locale ?? 'en', name: a.name }];
  });
}
