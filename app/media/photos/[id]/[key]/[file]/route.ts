import { cachePolicy } from '@/lib/http/cache-policy';
import { parseRenditionFile } from '@/lib/media/renditions';
import { serveRendition } from '@/lib/media/serve';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; key: string; file: string }> };

/**
 * /media/photos/<id>/<key>/<crop>-<width>.<format> — one rendition of a photo (lib/media). Only the
 * crops, widths and formats of the ladder exist; an old key answers with the current address.
 * Never the uploaded file itself.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id, key, file } = await params;
  const spec = parseRenditionFile(file);
  if (!spec || !/^[a-z0-9-]{1,80}$/u.test(id) || !/^[0-9a-f]{16}$/u.test(key))
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': cachePolicy.private } });
  try {
    const served = await serveRendition(id, key, spec);
    if (served.kind === 'notFound')
      return new Response('Not found', { status: 404, headers: { 'Cache-Control': cachePolicy.private } });
    if (served.kind === 'moved')
      return new Response(null, {
        status: 301,
        headers: { Location: served.location, 'Cache-Control': cachePolicy.private },
      });
    return new Response(new Uint8Array(served.data), {
      headers: {
        'Content-Type': served.type,
        'Content-Length': String(served.data.length),
        'Cache-Control': cachePolicy.immutable,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    // database unreachable: try again later; nothing is cached
    return new Response('Service Unavailable', {
      status: 503,
      headers: { 'Cache-Control': cachePolicy.private, 'Retry-After': '5' },
    });
  }
}
