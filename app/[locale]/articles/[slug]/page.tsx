import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { getArticle } from '@/lib/data/articles';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, ...rest } = await params;
  const article = await getArticle(localeParam(rest.locale), slug);
  return article ? { title: article.title, description: article.standfirst } : {};
}

export default async function Page({ params }: Props) {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const article = await getArticle(locale, slug);
  if (!article) notFound();
  return <ArticleView article={article} comparison={{ languages: [locale], notes: [] }} />;
}
