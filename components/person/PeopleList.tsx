import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import type { PersonListItem } from '@/lib/data/types';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { WholeName } from '@/components/Name';

export async function PeopleList({
  locale,
  people,
  pagination,
}: {
  locale: Locale;
  people: PersonListItem[];
  pagination?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'PeoplePage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage('/people')}>
      <h1 className="text-2xl sm:text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      <ul className="mt-8 space-y-5">
        {people.map((person) => (
          <li key={person.id}>
            <a
              href={localizedPath(locale, `/people/${person.id}`)}
              className="text-lg font-semibold hover:underline"
            >
              <WholeName value={person.name} pageLocale={locale} />
            </a>
            {person.spoke && <span className="ml-2 text-xs text-muted">{t('spoke')}</span>}
            {person.singleSource && (
              <span className="ml-2 rounded border border-accent px-1 text-xs text-accent">
                {t('singleSource')}
              </span>
            )}
            {person.role && (
              <p className="text-sm">
                <LocalizedText value={person.role} pageLocale={locale} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {pagination}
    </PageShell>
  );
}
