import { siteOrigin } from '@/lib/seo/site';

export const dynamic = 'force-dynamic';

/** Public pages are open to crawlers; the editor area and internal APIs are not. */
export function GET() {
  const origin = siteOrigin();
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /editor',
    'Disallow: /api/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    `Sitemap: ${origin}/news-sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
