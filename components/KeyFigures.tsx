import { getTranslations } from 'next-intl/server';
import type { EventFigure } from '@/lib/data/types';
import { formatList } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';

/** Key figures of an event, each with the sources that report it. */
export async function KeyFigures({
  locale,
  figures,
  heading,
}: {
  locale: Locale;
  figures: EventFigure[];
  heading: string;
}) {
  if (figures.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Figures' });
  return (
    <section aria-labelledby="key-figures" className="mt-6">
      <h2 id="key-figures" className="sr-only">
        {heading}
      </h2>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.metric} className="rounded border border-black/10 p-3 dark:border-white/15">
            <dt className="text-sm text-muted">{t('label', { metric: figure.metric })}</dt>
            <dd className="text-3xl font-bold">
              {t('value', { qualifier: figure.qualifier, value: figure.value })}
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
