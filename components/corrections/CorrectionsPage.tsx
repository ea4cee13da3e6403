import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import type { CorrectionListItem } from '@/lib/data/types';
import { CorrectionLine } from '@/components/article/CorrectionLine';
import type { Locale } from '@/lib/model/locales';
import {
  articlePath,
  CORRECTIONS_PATH,
  CORRECTIONS_POLICY_PATH,
  everyLanguage,
  localizedPath,
} from '@/lib/model/paths';

/** Every correction printed in one language, newest first, each with the report it corrects. */
export async function CorrectionsPage({
  locale,
  corrections,
  pagination,
}: {
  locale: Locale;
  corrections: CorrectionListItem[];
  pagination?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'CorrectionsPage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage(CORRECTIONS_PATH)}>
      <h1 className="text-2xl sm:text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {t.rich('intro', {
          policy: (chunks) => (
            <a href={localizedPath(locale, CORRECTIONS_POLICY_PATH)} className="underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      {corrections.length === 0 ? (
        <p className="mt-6">{t('none')}</p>
      ) : (
        <ol className="mt-6 max-w-3xl space-y-5" data-testid="corrections-list">
          {corrections.map((c) => (
            <li key={c.id} data-testid="corrections-item">
              <p className="font-semibold">
                <a href={`${localizedPath(locale, articlePath(c.slug))}#corrections`} className="underline">
                  {c.title}
                </a>
              </p>
              <p className="mt-1">
                <CorrectionLine locale={locale} note={c.note} publishedAt={c.publishedAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {pagination}
    </PageShell>
  );
}
