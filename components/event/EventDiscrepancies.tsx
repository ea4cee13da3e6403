import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/LocalizedText';
import { sourceNames } from '@/components/SourceNames';
import type { EventPageData } from '@/lib/data/types';
import type { Locale } from '@/lib/model/locales';
import { PageSection } from '@/components/PageSection';

/** Where sources disagree: every version with its sources, side by side, none preferred. */
export async function EventDiscrepancies({
  locale,
  discrepancies,
}: {
  locale: Locale;
  discrepancies: EventPageData['discrepancies'];
}) {
  if (discrepancies.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  return (
    <PageSection id="discrepancies" title={t('discrepancies')}>
      <p className="text-sm text-muted">{t('discrepanciesIntro')}</p>
      <dl className="mt-4 space-y-5">
        {discrepancies.map((d, i) => (
          <div key={i}>
            <dt className="font-semibold">
              <LocalizedText value={d.topic} pageLocale={locale} />
            </dt>
            {d.versions.map((v, j) => (
              <dd key={j} className="mt-1 border-l-2 border-black/15 pl-3 dark:border-white/25">
                <LocalizedText value={v.claim} pageLocale={locale} />
                <span className="text-sm text-muted"> — {sourceNames(locale, v.sources)}</span>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </PageSection>
  );
}
