import { sitemapIndexXml } from '@/lib/seo/sitemaps';
import { siteOrigin } from '@/lib/seo/site';
import { xmlResponse } from '@/lib/seo/xml';

// The origin comes from the environment at run time, not at build time.
export const dynamic = 'force-dynamic';

/** The sitemap index: one sitemap per page type, and the news sitemap. */
export function GET() {
  return xmlResponse(sitemapIndexXml(siteOrigin()));
}
