import { getTranslations } from 'next-intl/server';
import { publishedSince } from '@/lib/data/published';
import { locales, type Locale } from '@/lib/model/locales';
import { NEWS_WINDOW_MS, newsSitemapXml } from '@/lib/seo/sitemaps';
import { siteOrigin } from '@/lib/seo/site';
import { xmlResponse } from '@/lib/seo/xml';

// "The last 48 hours" depends on the time of the request; the data comes from the data cache.
export const dynamic = 'force-dynamic';

/** Google News sitemap: reports published in the last 48 hours, in every language. */
export async function GET() {
  const names = Object.fromEntries(
    await Promise.all(
      locales.map(async (locale) => {
        const t = await getTranslations({ locale, namespace: 'Metadata' });
        return [locale, t('siteName')] as const;
      }),
    ),
  ) as Record<Locale, string>;
  const now = new Date();
  const versions = await publishedSince(new Date(now.getTime() - NEWS_WINDOW_MS));
  return xmlResponse(newsSitemapXml(versions, siteOrigin(), (l) => names[l], now));
}
