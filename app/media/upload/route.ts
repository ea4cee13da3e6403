import { cachePolicy } from '@/lib/http/cache-policy';
import { UPLOAD_LIMITS } from '@/lib/media/library';
import { uploadPhotosLogged } from '@/lib/editorial/mutations';
import { isLocale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';
import { routeActor } from '@/app/editor/[locale]/route-answers';

export const dynamic = 'force-dynamic';

/**
 * The newsroom's photo upload: a plain multipart form (it works without JavaScript; with it, the
 * form shows the upload's progress). Who may upload is checked before the body is read, and the
 * body's size before it is read too; each file is then judged by its bytes. The answer is always a
 * redirect back to the library, which says what was added and what was refused, and why.
 */
export async function POST(request: Request) {
  const ui = new URL(request.url).searchParams.get('ui');
  const locale = isLocale(ui) ? ui : 'en';
  const back = (query: string) =>
    new Response(null, {
      status: 303,
      headers: { Location: newsroom.photos(locale, query), 'Cache-Control': cachePolicy.private },
    });
  const actor = await routeActor(locale, 'photos.upload', back);
  if (actor instanceof Response) return actor;
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (!Number.isFinite(length) || length > UPLOAD_LIMITS.bytes)
    return back(`error=tooLarge&limit=${UPLOAD_LIMITS.bytes}`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back('error=form');
  }
  const files = form
    .getAll('files')
    .filter((f): f is File => typeof f === 'object' && f.size + f.name.length > 0);
  let result: Awaited<ReturnType<typeof uploadPhotosLogged>>;
  try {
    result = await uploadPhotosLogged(
      actor,
      await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
      locale,
    );
  } catch {
    // the database away (logged by the write): what the library does not list was not kept
    return back('error=unavailable');
  }
  if (!result.ok) return back(`error=${result.problem}&limit=${result.limit}`);
  const query = new URLSearchParams();
  for (const o of result.outcomes)
    if (o.ok) query.append('added', [o.id, ...o.notices].join(':'));
    else query.append('refused', `${o.problem}:${o.name.slice(0, 60)}`);
  return back(query.toString());
}
