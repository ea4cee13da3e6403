import { getPublishedIndex } from '@/lib/data/published-index';
import { isSitemapPart } from '@/lib/model/kinds';
import { sitemapXml } from '@/lib/seo/sitemaps';
import { siteOrigin } from '@/lib/seo/site';
import { xmlResponse } from '@/lib/seo/xml';

// Data from Next's data cache (lib/data/published-index.ts); the origin from the environment.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ name: string }> };

/** /sitemaps/<kind>.xml — the localized pages of one type with their language alternates. */
export async function GET(_request: Request, { params }: Context) {
  const kind = /^([a-z]+)\.xml$/.exec((await params).name)?.[1];
  if (!kind || !isSitemapPart(kind)) return new Response('Not found', { status: 404 });
  return xmlResponse(sitemapXml(kind, await getPublishedIndex(), siteOrigin()));
}
