import { getTranslations } from 'next-intl/server';
import { correctionDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';

/** One correction as `locale`'s papers print it: "Correction (18 January 2025): …", dated in its zone. */
export async function CorrectionLine({
  locale,
  note,
  publishedAt,
}: {
  locale: Locale;
  note: string;
  publishedAt: Date;
}) {
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  return t.rich('correction', {
    date: correctionDate(locale, publishedAt),
    note,
    label: (chunks) => <strong>{chunks}</strong>,
  });
}
