import { exportTmx } from '@/lib/editorial/exchange';
import { isLocale } from '@/lib/model/locales';
import { downloadAnswer, plainAnswer } from '../../route-answers';

export const dynamic = 'force-dynamic';

/** The translation memory of one language pair as a TMX 1.4b file (?from=zh&to=vi). */
export async function GET(request: Request, context: { params: Promise<{ locale: string }> }) {
  const { locale } = await context.params;
  const query = new URL(request.url).searchParams;
  const from = query.get('from');
  const to = query.get('to');
  if (!isLocale(from) || !isLocale(to) || from === to) return plainAnswer(404, 'Not found');
  return downloadAnswer(isLocale(locale) ? locale : 'en', 'application/x-tmx+xml', (actor) =>
    exportTmx(actor, from, to),
  );
}
