import type { Locale } from '../model/locales';

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

/** The slug of a report address (`/vi/articles/<slug>`, also its side-by-side view), if it is one. */
export function reportSlugOf(path: string): string | undefined {
  return /^\/[a-z]{2}\/articles\/([a-z0-9-]{1,120})(?:[/?#]|$)/.exec(path)?.[1];
}

/**
 * The versions a 404 at a report's address in `locale` offers instead: those in other languages —
 * none when nothing else exists, or when the report exists in this language (under another slug:
 * then the address is simply wrong, and the page says "not found").
 */
export function otherVersions(versions: ArticleVersion[], locale: Locale): ArticleVersion[] {
  if (versions.some((v) => v.locale === locale)) return [];
  return versions.filter((v) => v.locale !== locale);
}
