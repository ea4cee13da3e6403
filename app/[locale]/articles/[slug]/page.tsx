import type { Metadata } from 'next';
import { setRequestLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { largeRendition } from '@/lib/model/photos';
import { getArticle } from '@/lib/data/articles';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { articlePath, shareImagePath } from '@/lib/model/paths';
import { JsonLd } from '@/components/JsonLd';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const article = await getArticle(locale, slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: 'Seo' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({
    locale,
    alternates: article.versions.map((v) => ({ locale: v.locale, path: articlePath(v.slug) })),
    title: article.title,
    description: article.description,
    type: 'article',
    // the lead photo where the report has one, else the drawn card
    image: article.leadPhoto
      ? {
          ...largeRendition(article.leadPhoto, 'wide'),
          alt: article.leadPhoto.alt[locale] ?? article.title,
          type: 'image/jpeg',
        }
      : {
          path: shareImagePath(locale, article.versions.find((v) => v.locale === locale)!.slug),
          alt: t('shareImageAlt', { title: article.title, site: site('siteName') }),
        },
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
  });
}

export default async function Page({ params }: Props) {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const article = await getArticle(locale, slug);
  if (!article) notFound();
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  return (
    <>
      <JsonLd
        nodes={[
          structuredData.newsArticle(article, site('siteName')),
          await structuredData.sectionBreadcrumbs(locale, 'articles', {
            name: article.title,
            path: articlePath(slug),
          }),
        ]}
      />
      <ArticleView article={article} comparison={{ languages: [locale], notes: [] }} />
    </>
  );
}
