import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { getArticle } from '@/lib/data/articles';
import { localeParam } from '@/lib/i18n/params';
import { parseComparison } from '@/lib/reading/compare';

type Props = { params: Promise<{ locale: string; slug: string; languages: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, ...rest } = await params;
  const article = await getArticle(localeParam(rest.locale), slug);
  // A reading aid over pages that are indexed on their own: not offered to search engines.
  return article ? { title: article.title, description: article.standfirst, robots: { index: false } } : {};
}

export default async function Page({ params }: Props) {
  const { slug, languages, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const article = await getArticle(locale, slug);
  if (!article) notFound();
  const comparison = parseComparison(
    safeDecode(languages),
    locale,
    article.versions.map((v) => v.locale),
  );
  return <ArticleView article={article} comparison={comparison} />;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
