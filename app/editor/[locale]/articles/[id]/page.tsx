import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { loadMetadata } from '@/lib/editorial/metadata';
import { isLocale } from '@/lib/model/locales';
import { ArticleMetadata } from '@/components/newsroom/ArticleMetadata';
import { ArticlePhotos } from '@/components/newsroom/ArticlePhotos';
import { loadArticlePhotos } from '@/lib/editorial/article-photos';
import { articlePhotosAction, metadataAction } from './actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.metadata' }))('heading') };
}

/** A report's event, source and mentions; editors change them, everyone else reads them. */
export default async function MetadataRoute({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireActor(locale);
  const data = await loadMetadata(actor, id, locale);
  if (!data) notFound();
  const photos = await loadArticlePhotos(actor, id, locale);
  const query = await searchParams;
  return (
    <>
      <ArticleMetadata
        locale={locale}
        data={data}
        editable={can(actor, 'article.structure')}
        query={query}
        save={metadataAction}
      />
      {photos && (
        <ArticlePhotos
          locale={locale}
          articleId={id}
          photos={photos}
          editable={can(actor, 'article.structure')}
          done={query.done === 'photos'}
          save={articlePhotosAction}
        />
      )}
    </>
  );
}
