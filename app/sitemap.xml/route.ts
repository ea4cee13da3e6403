import { entityCounts, sitemapCalendar } from '@/lib/data/published';
import { planParts, SITEMAP_URL_LIMIT, sitemapIndexXml } from '@/lib/seo/sitemaps';
import { siteOrigin } from '@/lib/seo/site';
import { xmlResponse } from '@/lib/seo/xml';

// The origin comes from the environment at run time; the parts from one row per month.
export const dynamic = 'force-dynamic';

/** The sitemap index: the fixed pages, a part per month of reports (or day), each entity kind, news. */
export async function GET() {
  const [calendar, counts] = await Promise.all([sitemapCalendar(SITEMAP_URL_LIMIT), entityCounts()]);
  return xmlResponse(sitemapIndexXml(planParts(calendar, counts), siteOrigin()));
}
