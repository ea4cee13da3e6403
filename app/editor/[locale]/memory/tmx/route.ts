import { currentActor } from '@/lib/auth/request';
import { Forbidden, NotSignedIn } from '@/lib/auth/permissions';
import { exportTmx } from '@/lib/editorial/exchange';
import { cachePolicy } from '@/lib/http/cache-policy';
import { isLocale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

export const dynamic = 'force-dynamic';

/** The translation memory of one language pair as a TMX 1.4b file (?from=zh&to=vi). */
export async function GET(request: Request, context: { params: Promise<{ locale: string }> }) {
  const { locale } = await context.params;
  const ui = isLocale(locale) ? locale : 'en';
  const query = new URL(request.url).searchParams;
  const from = query.get('from');
  const to = query.get('to');
  const plain = (status: number, text: string) =>
    new Response(text, {
      status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cachePolicy.private },
    });
  if (!isLocale(from) || !isLocale(to) || from === to) return plain(404, 'Not found');
  try {
    const file = await exportTmx(await currentActor(), from, to);
    if (!file) return plain(404, 'Not found');
    return new Response(file.xml, {
      headers: {
        'Content-Type': 'application/x-tmx+xml; charset=utf-8',
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
