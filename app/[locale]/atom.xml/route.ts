import { feedResponse } from '@/lib/seo/feed-response';

// Data from Next's data cache (lib/data/published-index.ts); the origin from the environment.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string }> };

/** Atom 1.0 feed of the newest reports in one language. */
export async function GET(_request: Request, { params }: Context) {
  return feedResponse((await params).locale, 'atom');
}
