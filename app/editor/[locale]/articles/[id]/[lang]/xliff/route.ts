import { currentActor } from '@/lib/auth/request';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import { exportXliff } from '@/lib/editorial/exchange';
import { cachePolicy } from '@/lib/http/cache-policy';
import { isLocale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

export const dynamic = 'force-dynamic';

/** A translation as an XLIFF 1.2 or 2.1 file for the translator's own tool (lib/editorial/exchange.ts). */
export async function GET(
  request: Request,
  context: { params: Promise<{ locale: string; id: string; lang: string }> },
) {
  const { locale, id, lang } = await context.params;
  const ui = isLocale(locale) ? locale : 'en';
  const version = new URL(request.url).searchParams.get('version') ?? '1.2';
  const plain = (status: number, text: string) =>
    new Response(text, {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cachePolicy.private },
    });
  if (!isLocale(lang) || (version !== '1.2' && version !== '2.1')) return plain(404, 'Not found');
  try {
    const file = await exportXliff(await currentActor(), id, lang, version);
    if (!file) return plain(404, 'Not found');
    return new Response(file.xml, {
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': cachePolicy.private,
      },
    });
  } catch (error) {
    if (error instanceof NotSignedIn)
      return new Response(null, {
        status: 303,
        headers: { Location: newsroom.login(ui), 'Cache-Control': cachePolicy.private },
      });
    if (error instanceof Forbidden) return plain(403, 'Forbidden');
    throw error;
  }
}
