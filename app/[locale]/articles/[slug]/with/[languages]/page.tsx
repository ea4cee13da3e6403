import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { getArticle } from '@/lib/data/articles';
import { localeParam } from '@/lib/i18n/params';
import { parseComparison } from '@/lib/reading/compare';
import { articlePath } from '@/lib/model/paths';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string; languages: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const article = await getArticle(locale, slug);
  // A reading aid over pages that are indexed on their own: canonical to the report, noindex.
  if (!article) return {};
  return pageMetadata({
    locale,
    alternates: article.versions.map((v) => ({ locale: v.locale, path: articlePath(v.slug) })),
    title: article.title,
    description: article.description,
    canonicalOf: { locale, path: articlePath(slug) },
  });
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
