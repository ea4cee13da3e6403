import { locales, type Locale } from './locales';

/** A language a page exists in, and the page's path there (without the locale prefix). */
export type Alternate = { locale: Locale; path: string };

/** The same path in every language (pages whose address does not depend on the language). */
export function everyLanguage(path: string): Alternate[] {
  return locales.map((locale) => ({ locale, path }));
}

/**
 * The address of `path` (written without the locale, e.g. "/articles/x") in `locale`. Links are
 * plain <a> elements rendered on the server: reading needs no client-side router, and leaving it
 * out keeps every page's JavaScript at the framework's minimum (`npm run size`).
 */
export function localizedPath(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The path segment of each kind of entity page. */
export const entitySegments = {
  person: 'people',
  city: 'cities',
  agreement: 'agreements',
  event: 'events',
} as const;

/** The page of a person, city, agreement or event, written without the locale (for `localizedPath`). */
export function entityPath(kind: keyof typeof entitySegments, id: string): string {
  return `/${entitySegments[kind]}/${id}`;
}

/** The site's sections, in menu order, with their label's key in the `Layout` messages. */
export const siteSections = [
  ['/articles', 'navReports'],
  ['/events', 'navEvents'],
  ['/people', 'navPeople'],
  ['/cities', 'navCities'],
  ['/agreements', 'navAgreements'],
] as const;
