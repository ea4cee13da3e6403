import { exportXliff } from '@/lib/editorial/exchange';
import { isLocale } from '@/lib/model/locales';
import { downloadAnswer, plainAnswer } from '../../../../route-answers';

export const dynamic = 'force-dynamic';

/** A translation as an XLIFF 1.2 or 2.1 file for the translator's own tool (lib/editorial/exchange.ts). */
export async function GET(
  request: Request,
  context: { params: Promise<{ locale: string; id: string; lang: string }> },
) {
  const { locale, id, lang } = await context.params;
  const version = new URL(request.url).searchParams.get('version') ?? '1.2';
  if (!isLocale(lang) || (version !== '1.2' && version !== '2.1')) return plainAnswer(404, 'Not found');
  return downloadAnswer(isLocale(locale) ? locale : 'en', 'application/xliff+xml', (actor) =>
    exportXliff(actor, id, lang, version),
  );
}
