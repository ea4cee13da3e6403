import type { Locale } from '../i18n/locales';

/** The address of an article's share image in one language (app/[locale]/articles/[slug]/share.png). */
export function shareImagePath(locale: Locale, slug: string): string {
  return `/${locale}/articles/${slug}/share.png`;
}
