import { findArticleVersions } from '@/lib/data/articles';

type Context = { params: Promise<{ slug: string }> };

// Cached like a page: rendered on the first request for a slug, then served without a query.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

/** The published language versions of the article with this slug in any language (public data). */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  const versions = await findArticleVersions(slug);
  return Response.json({ versions: versions.map(({ locale, slug, title }) => ({ locale, slug, title })) });
}
