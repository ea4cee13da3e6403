import { getTranslations } from 'next-intl/server';
import { CreditList } from '@/components/CreditList';
import type { ArticlePageData } from '@/lib/data/types';
import { dateAndTimeParts, formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';

type Source = NonNullable<ArticlePageData['source']>;

/** The source release this report is based on: outlet, release time at its precision, reviewers. */
export async function SourceCredits({ locale, source }: { locale: Locale; source: Source }) {
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const released = (at: Date) => {
    if (source.releasedAtPrecision === 'minute') return t('dateAndTime', dateAndTimeParts(locale, at));
    return formatDateTime(
      locale,
      at,
      source.releasedAtPrecision === 'day'
        ? { year: 'numeric', month: 'long', day: 'numeric' }
        : { year: 'numeric', month: 'long' },
    );
  };
  return (
    <footer className="mt-10 max-w-3xl border-t border-black/10 pt-4 text-sm dark:border-white/15">
      <p>{t('basedOn', { outlet: source.outlet.text })}</p>
      {source.releasedAt && <p>{t('sourceReleased', { date: released(source.releasedAt) })}</p>}
      {source.reviewers.length > 0 && (
        <>
          <h2 className="mt-3 font-semibold">{t('reviewers')}</h2>
          <CreditList locale={locale} credits={source.reviewers} as="list" />
        </>
      )}
    </footer>
  );
}
