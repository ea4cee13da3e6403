import { getTranslations } from 'next-intl/server';
import { getPublishedIndex, newestIn } from '@/lib/data/published-index';
import { isLocale } from '@/lib/i18n/locales';
import { atomXml } from '@/lib/seo/feeds';
import { siteOrigin } from '@/lib/seo/site';
import { xmlResponse } from '@/lib/seo/xml';

// Data from Next's data cache (lib/data/published-index.ts); the origin from the environment.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string }> };

/** Atom 1.0 feed of the newest reports in one language. */
export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Seo' });
  const items = newestIn(await getPublishedIndex(), locale, 30);
  const feed = atomXml({
    locale,
    origin: siteOrigin(),
    title: t('feedTitle'),
    description: t('feedDescription'),
    items,
  });
  return xmlResponse(feed, 'application/atom+xml');
}
