import { importTmxLogged } from '@/lib/editorial/mutations';
import { TMX_LIMIT_BYTES } from '@/lib/editorial/exchange';
import { cachePolicy } from '@/lib/http/cache-policy';
import { isLocale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';
import { routeActor } from '../../route-answers';

export const dynamic = 'force-dynamic';

/**
 * An agency's TMX file into the translation memory: a plain multipart form (an agency's memory
 * can be megabytes, more than a server action takes). Who may import is checked before the body
 * is read, and its size too; the answer is a redirect to the memory page with the outcome. A post
 * from another site never gets here (lib/server/request-guards.ts).
 */
export async function POST(request: Request, context: { params: Promise<{ locale: string }> }) {
  const { locale } = await context.params;
  const ui = isLocale(locale) ? locale : 'en';
  const back = (query: string) =>
    new Response(null, {
      status: 303,
      headers: { Location: newsroom.memory(ui, query), 'Cache-Control': cachePolicy.private },
    });
  const actor = await routeActor(ui, 'article.import', back);
  if (actor instanceof Response) return actor;
  const length = Number(request.headers.get('content-length') ?? NaN);
  if (!Number.isFinite(length) || length > TMX_LIMIT_BYTES + 64 * 1024) return back('error=tooLarge');
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return back('error=noFile');
  }
  try {
    const result = await importTmxLogged(actor, file instanceof File ? await file.text() : '');
    return back(
      result.ok
        ? `done=imported&units=${result.units}&added=${result.added}`
        : `error=${result.problem.kind}`,
    );
  } catch {
    return back('error=unexpected');
  }
}
