import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { ArticleIndex } from '@/components/articles/ArticleIndex';
import { getArticleList } from '@/lib/data/article-list';
import { localeParam } from '@/lib/i18n/params';
import { localizedPath } from '@/lib/i18n/paths';
import { listQueryString, parseListQuery } from '@/lib/reading/list-params';

// Reads the query string, so it renders per request; its data comes from Next's data cache
// (lib/data/article-list.ts), so a reader still costs no database query.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: 'ArticlesPage' });
  return { title: t('title'), description: t('description') };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const query = parseListQuery(await searchParams);
  const list = await getArticleList(locale, query.page, query.event);
  if (!list) notFound();
  // Malformed or out-of-range requests go to the nearest sensible page, at its canonical address.
  const page = Math.min(query.page, list.pageCount);
  if (!query.canonical || page !== query.page) {
    redirect(localizedPath(locale, '/articles') + listQueryString({ page, event: query.event }));
  }
  return <ArticleIndex locale={locale} list={list} />;
}
