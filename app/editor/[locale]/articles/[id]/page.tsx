import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { loadMetadata } from '@/lib/editorial/metadata';
import { isLocale } from '@/lib/model/locales';
import { ArticleMetadata } from '@/components/newsroom/ArticleMetadata';
import { metadataAction } from './actions';

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
  return (
    <ArticleMetadata
      locale={locale}
      data={data}
      editable={can(actor, 'article.structure')}
      query={await searchParams}
      save={metadataAction}
    />
  );
}
