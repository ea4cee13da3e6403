import { getTranslations } from 'next-intl/server';
import type { EventFigure } from '@/lib/data/types';
import { formatList } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

export async function KeyFigures({ locale, figures }: { locale: Locale; figures: EventFigure[] }) {
  if (figures.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return (
    <section aria-labelledby="key-figures" className="mt-6">
      <h2 id="key-figures" className="sr-only">
        {t('keyFigures')}
      </h2>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.metric} className="rounded border border-black/10 p-3 dark:border-white/15">
            <dt className="text-sm text-muted">{t('figureLabel', { metric: figure.metric })}</dt>
            <dd className="text-3xl font-bold">
              {t('figureValue', { qualifier: figure.qualifier, value: figure.value })}
            </dd>
            <dd className="mt-1 text-xs text-muted">
              {t('reportedBy', {
                sources: formatList(
                  locale,
                  figure.sources.map((s) => s.text),
                ),
              })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
