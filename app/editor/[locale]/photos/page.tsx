import { getTranslations } from 'next-intl/server';
import { PhotoLibrary } from '@/components/newsroom/PhotoLibrary';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { first } from '@/lib/http/form-values';
import { listPhotos } from '@/lib/media/library';
import { isLocale } from '@/lib/model/locales';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.photos' }))('heading') };
}

/** The photo library: upload, what the last upload added or refused, search, the photos. */
export default async function PhotosPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await requireActor(locale);
  const query = await searchParams;
  const list = (name: string) => [query[name] ?? []].flat().slice(0, 40);
  const q = first(query.q) ?? '';
  return (
    <PhotoLibrary
      locale={locale}
      photos={await listPhotos(actor, locale, q)}
      q={q}
      canUpload={can(actor, 'photos.upload')}
      added={list('added')}
      refused={list('refused')}
      error={first(query.error) ?? null}
      limit={Number(first(query.limit)) || null}
    />
  );
}
