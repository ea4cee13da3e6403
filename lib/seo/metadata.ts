import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { defaultLocale, locales, localeTable, type Locale } from '../model/locales';
import type { EntityKind } from '../model/kinds';
import { entityPath, everyLanguage, feedPath, localizedPath, type Alternate } from '../model/paths';
import { absoluteUrl } from './site';

export type PageMeta = {
  locale: Locale;
  /** the languages the page exists in, with its path in each (this language included) */
  alternates: Alternate[];
  /** the page's own title, without the site name; none for the home page */
  title?: string;
  description: string;
  type?: 'website' | 'article' | 'profile';
  /** a share image: the app's drawn card (1200 × 630 PNG), or a photo's rendition with its size */
  image?: { path: string; alt: string; width?: number; height?: number; type?: string };
  publishedTime?: Date;
  modifiedTime?: Date;
  /** pages that are views of another page (side-by-side reading): canonical to that page, noindex */
  canonicalOf?: { locale: Locale; path: string };
  /** pages that answer a request rather than publish something (search results): noindex, no hreflang */
  noindex?: boolean;
};

/** Image size of every share image (the size Open Graph and X recommend). */
export const shareImageSize = { width: 1200, height: 630 } as const;

/**
 * The metadata of a localized page, from what the page really is: one self-referencing canonical,
 * hreflang alternates for exactly the languages it exists in (plus x-default), Open Graph and
 * Twitter card tags, and the language's feeds for autodiscovery.
 */
export async function pageMetadata(page: PageMeta): Promise<Metadata> {
  const { locale } = page;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const seo = await getTranslations({ locale, namespace: 'Seo' });
  const siteName = t('siteName');
  const title = page.title ? t('titleTemplate').replace('%s', page.title) : siteName;
  const existing = locales.flatMap((l) => page.alternates.filter((a) => a.locale === l));
  const self = existing.find((a) => a.locale === locale);
  const url = (l: Locale, path: string) => absoluteUrl(localizedPath(l, path));
  const canonical = page.canonicalOf
    ? url(page.canonicalOf.locale, page.canonicalOf.path)
    : url(locale, self?.path ?? '/');

  const languages: Record<string, string> = {};
  const indexable = !page.canonicalOf && !page.noindex;
  if (indexable) {
    for (const a of existing) languages[localeTable[a.locale].htmlLang] = url(a.locale, a.path);
    // x-default: the home page negotiates the language at "/"; other pages default to the default
    // language's version, or the first that exists.
    const fallback = existing.find((a) => a.locale === defaultLocale) ?? existing[0];
    if (self?.path === '/') languages['x-default'] = absoluteUrl('/');
    else if (fallback) languages['x-default'] = url(fallback.locale, fallback.path);
  }

  const images = page.image
    ? [
        {
          url: absoluteUrl(page.image.path),
          width: page.image.width ?? shareImageSize.width,
          height: page.image.height ?? shareImageSize.height,
          alt: page.image.alt,
          type: page.image.type ?? 'image/png',
        },
      ]
    : undefined;

  return {
    title: page.title ? { absolute: title } : { absolute: siteName },
    description: page.description,
    alternates: {
      canonical,
      languages,
      types: {
        'application/rss+xml': [{ url: absoluteUrl(feedPath(locale, 'rss')), title: seo('feedTitle') }],
        'application/atom+xml': [{ url: absoluteUrl(feedPath(locale, 'atom')), title: seo('feedTitle') }],
      },
    },
    // search engines may show large previews of the page's images (Discover asks for it)
    robots: indexable
      ? { index: true, follow: true, 'max-image-preview': 'large' }
      : { index: false, follow: true },
    openGraph: {
      type: page.type ?? 'website',
      url: canonical,
      siteName,
      title,
      description: page.description,
      locale: localeTable[locale].ogLocale,
      alternateLocale: existing.filter((a) => a.locale !== locale).map((a) => localeTable[a.locale].ogLocale),
      images,
      ...(page.type === 'article' && {
        publishedTime: page.publishedTime?.toISOString(),
        modifiedTime: page.modifiedTime?.toISOString(),
      }),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title,
      description: page.description,
      images: images?.map((i) => ({ url: i.url, alt: i.alt })),
    },
  };
}

/** An event, person, city or agreement page: it exists in every language at the same path. */
export function entityMetadata(
  locale: Locale,
  kind: EntityKind,
  id: string,
  page: Pick<PageMeta, 'title' | 'description' | 'type' | 'image'>,
): Promise<Metadata> {
  return pageMetadata({ locale, alternates: everyLanguage(entityPath(kind, id)), ...page });
}
