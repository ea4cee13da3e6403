import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PhotoEditor } from '@/components/newsroom/PhotoEditor';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { loadPhoto } from '@/lib/media/library';
import { isLocale, localeTable, locales } from '@/lib/model/locales';
import { newsroom, photoRenditionPath } from '@/lib/model/paths';
import { savePhotoAction } from '../actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.photos' }))('edit.heading', { id }) };
}

/** One photo of the library: its texts per language, credit, date taken and focal point. */
export default async function PhotoPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireActor(locale);
  const photo = await loadPhoto(actor, id, locale);
  if (!photo) notFound();
  const t = await getTranslations({ locale, namespace: 'Newsroom.photos' });
  const crop = (c: 'wide' | 'standard' | 'square') => photoRenditionPath(photo.id, photo.key, c, 320, 'jpeg');
  return (
    <>
      <p className="mb-2 text-sm">
        <a className="underline" href={newsroom.photos(locale)}>
          {t('edit.back')}
        </a>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{t('edit.heading', { id: photo.id })}</h1>
      <p className="mb-4 text-stone-600">{t('edit.size', { width: photo.width, height: photo.height })}</p>
      {(await searchParams).done === 'saved' && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-2">
          {t('edit.saved')}
        </p>
      )}
      <PhotoEditor
        save={savePhotoAction}
        uiLocale={locale}
        photo={photo}
        image={photoRenditionPath(photo.id, photo.key, 'whole', 960, 'jpeg')}
        crops={{ wide: crop('wide'), standard: crop('standard'), square: crop('square') }}
        languages={locales.map((l) => ({
          locale: l,
          name: localeTable[l].nativeName,
          htmlLang: localeTable[l].htmlLang,
        }))}
        editable={can(actor, 'photos.upload')}
      />
      <section className="mt-8 max-w-3xl" aria-labelledby="used-in">
        <h2 id="used-in" className="mb-2 text-lg font-semibold">
          {t('edit.usedIn')}
        </h2>
        {photo.usedIn.length === 0 ? (
          <p className="text-stone-600">{t('edit.unused')}</p>
        ) : (
          <ul className="list-disc pl-6" data-testid="photo-used-in">
            {photo.usedIn.map((use) => (
              <li key={`${use.kind}-${use.id}`}>
                {t('edit.use', { kind: use.kind })}:{' '}
                <a
                  className="underline"
                  href={
                    use.kind === 'report'
                      ? newsroom.article(locale, use.id)
                      : newsroom.entity(locale, use.kind, use.id)
                  }
                  lang={use.name ? localeTable[use.name.locale].htmlLang : undefined}
                >
                  {use.name?.text ?? use.id}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
