import type { Locale } from '../i18n/locales';

/** A published language version of a report, as a 404 for a missing language lists it. */
export type ArticleVersion = { locale: Locale; slug: string; title: string };

/**
 * The id of the JSON element the portal's server writes into a 404 for a report missing the
 * address's language (lib/server/readable-shell.ts); the page's script starts from it
 * (components/NotFoundMessage.tsx) instead of asking /api/article-versions again.
 */
export const VERSIONS_ELEMENT = 'article-versions';

/** The versions written into the page, if any (in the browser, before React replaces the page). */
export function writtenVersions(): ArticleVersion[] {
  if (typeof document === 'undefined') return [];
  try {
    const data: unknown = JSON.parse(document.getElementById(VERSIONS_ELEMENT)?.textContent ?? '[]');
    return Array.isArray(data) ? (data as ArticleVersion[]) : [];
  } catch {
    return [];
  }
}
