import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { CityMap } from '@/components/CityMap';
import { PageShell } from '@/components/PageShell';
import type { CityListItem } from '@/lib/data/types';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { WholeName } from '@/components/Name';

export async function CityList({
  locale,
  cities,
  pagination,
}: {
  locale: Locale;
  cities: CityListItem[];
  pagination?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'CitiesPage' });
  return (
    <PageShell locale={locale} alternates={everyLanguage('/cities')}>
      <h1 className="text-2xl sm:text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      <CityMap locale={locale} id="cities-map" title={t('mapTitle')} points={cities.map((c) => toPoint(c))} />
      <ul className="mt-8 grid grid-cols-1 gap-3 sm:grid-cols-2">
        {cities.map((city) => (
          <li key={city.id}>
            <a href={localizedPath(locale, `/cities/${city.id}`)} className="font-semibold hover:underline">
              <WholeName value={city.name} pageLocale={locale} />
            </a>{' '}
            · <WholeName value={city.country} pageLocale={locale} />
            {city.inMainDialogue && <span className="ml-2 text-xs text-muted">{t('mainDialogue')}</span>}
          </li>
        ))}
      </ul>
      {pagination}
    </PageShell>
  );
}

export function toPoint(
  city: Pick<CityListItem, 'id' | 'name' | 'latitude' | 'longitude'>,
  highlighted = false,
) {
  return {
    id: city.id,
    label: city.name.text,
    labelLocale: city.name.locale,
    latitude: city.latitude,
    longitude: city.longitude,
    highlighted,
  };
}
