import { getTranslations } from 'next-intl/server';
import { importAction } from './actions';
import { Forbidden } from '@/components/newsroom/Forbidden';
import { ImportForm } from '@/components/newsroom/ImportForm';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { loadChoices } from '@/lib/editorial/metadata';
import { isLocale, localeTable, locales } from '@/lib/model/locales';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.import' }))('heading') };
}

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await requireActor(locale);
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  if (!can(actor, 'article.import')) return <Forbidden locale={locale} />;
  const choices = await loadChoices(actor, locale);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('import.heading')}</h1>
      <p className="mb-4 max-w-3xl">{t('import.intro')}</p>
      <ImportForm
        save={importAction}
        uiLocale={locale}
        timeZone={localeTable[locale].timeZone}
        languages={
          Object.fromEntries(
            locales.map((l) => [l, { name: localeTable[l].nativeName, htmlLang: localeTable[l].htmlLang }]),
          ) as Record<(typeof locales)[number], { name: string; htmlLang: string }>
        }
        events={choices.events}
        sources={choices.sources}
      />
    </>
  );
}
