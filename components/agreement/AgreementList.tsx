import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import type { AgreementListItem } from '@/lib/data/types';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';

export async function AgreementList({
  locale,
  agreements,
  pagination,
}: {
  locale: Locale;
  agreements: AgreementListItem[];
  pagination?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'AgreementsPage' });
  const kind = await getTranslations({ locale, namespace: 'AgreementPage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage('/agreements')}>
      <h1 className="text-2xl sm:text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      <ul className="mt-8 space-y-5">
        {agreements.map((a) => (
          <li key={a.id}>
            <p className="text-xs font-semibold uppercase tracking-wide text-accent">
              {kind('kicker', { kind: a.kind })}
            </p>
            <a
              href={localizedPath(locale, `/agreements/${a.id}`)}
              className="text-lg font-semibold hover:underline"
            >
              <LocalizedText value={a.name} pageLocale={locale} />
            </a>
            {a.event && (
              <p className="text-sm text-muted">
                <LocalizedText value={a.event.name} pageLocale={locale} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {pagination}
    </PageShell>
  );
}
