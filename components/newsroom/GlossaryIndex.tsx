import { getTranslations } from 'next-intl/server';
import { entityTypes, type listEntities } from '@/lib/editorial/entities';
import { localeTable, type Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

type Props = { locale: Locale; lists: Awaited<ReturnType<typeof listEntities>>; editable: boolean };

/** The glossary: every entry of every type, with the languages it is named in. */
export async function GlossaryIndex({ locale, lists, editable }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom.entities' });
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('heading')}</h1>
      <p className="mb-6 max-w-3xl">{t('intro')}</p>
      <div className="grid gap-8 lg:grid-cols-2">
        {entityTypes.map((type) => (
          <section key={type} aria-labelledby={`glossary-${type}`}>
            <div className="mb-2 flex items-baseline gap-4">
              <h2 id={`glossary-${type}`} className="text-xl font-semibold">
                {t(`types.${type}`)}
              </h2>
              {editable && (
                <a className="text-sm underline" href={newsroom.entity(locale, type, 'new')}>
                  {t(`create.${type}`)}
                </a>
              )}
            </div>
            <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white text-sm">
              {lists[type].map((e) => (
                <li key={e.id} className="flex items-baseline justify-between gap-2 px-3 py-1.5">
                  <a
                    className="underline-offset-4 hover:underline"
                    href={newsroom.entity(locale, type, e.id)}
                  >
                    <span lang={localeTable[e.locale].htmlLang}>{e.name}</span>
                  </a>
                  <span className="text-stone-500" aria-label={t('languages')}>
                    {e.languages.join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
