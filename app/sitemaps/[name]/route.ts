import { entityChunkStart, entityUrls, reportUrls } from '@/lib/data/published';
import { cachePolicy } from '@/lib/http/cache-policy';
import {
  entityUrlsXml,
  pageUrlsXml,
  parsePartName,
  reportUrlXml,
  entitiesPerPart,
  URLSET_CLOSE,
  URLSET_OPEN,
  type PartSpec,
} from '@/lib/seo/sitemaps';
import { siteOrigin } from '@/lib/seo/site';

// Read in batches at request time; kept by the page cache and proxies, purged per part.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ name: string }> };

const BATCH = 1000;

/** The part's <url> elements, a batch at a time (keyset queries: memory stays one batch). */
async function* chunks(spec: PartSpec, origin: string): AsyncGenerator<string> {
  if (spec.kind === 'pages') {
    yield pageUrlsXml(origin);
    return;
  }
  if (spec.kind === 'reports') {
    let after = null;
    do {
      const { urls, next } = await reportUrls(spec.from, spec.to, after, BATCH);
      if (urls.length) yield `${urls.map((u) => reportUrlXml(u, origin)).join('\n')}\n`;
      after = next;
    } while (after);
    return;
  }
  let afterId = await entityChunkStart(spec.entity, spec.chunk, entitiesPerPart());
  if (spec.chunk > 1 && !afterId) return;
  let left = entitiesPerPart();
  while (left > 0) {
    const rows = await entityUrls(spec.entity, afterId, Math.min(BATCH, left));
    if (rows.length === 0) return;
    yield `${rows.map((r) => entityUrlsXml(spec.entity, r, origin)).join('\n')}\n`;
    left -= rows.length;
    afterId = rows.at(-1)!.id;
  }
}

/** /sitemaps/<part>.xml — pages, a month (or day) of reports, or an entity kind's pages. */
export async function GET(_request: Request, { params }: Context) {
  const name = /^([a-z0-9-]+)\.xml$/.exec((await params).name)?.[1];
  const spec = name ? parsePartName(name) : null;
  if (!spec) return new Response('Not found', { status: 404 });
  const origin = siteOrigin();
  const encoder = new TextEncoder();
  const parts = chunks(spec, origin);
  // the first batch is read before answering, so a database failure is an error, not half a file
  const first = await parts.next();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(URLSET_OPEN));
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = first.done ? { done: true as const } : await parts.next();
      if (next.done) {
        controller.enqueue(encoder.encode(URLSET_CLOSE));
        controller.close();
      } else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': cachePolicy.feed },
  });
}
