import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatDateTime } from '@/lib/i18n/format';
import { JsonLd } from '@/components/JsonLd';
import { notFound, redirect } from 'next/navigation';
import { ArticleIndex } from '@/components/articles/ArticleIndex';
import { getArticleList } from '@/lib/data/article-list';
import { locales, type Locale } from '@/lib/model/locales';
import type { ArticleListPage } from '@/lib/data/types';
import { localeParam } from '@/lib/i18n/params';
import { listQueryString } from '@/lib/model/lists';
import { ARTICLES_PATH, localizedPath } from '@/lib/model/paths';
import { parseListQuery } from '@/lib/reading/list-params';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';

// Reads the query string, so it renders per request; its data comes from Next's data cache
// (lib/data/article-list.ts), so a reader still costs no database query.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const { filter, cursor } = parseListQuery(await searchParams);
  const list = await getArticleList(locale, filter, cursor);
  if (!list) return {};
  const t = await getTranslations({ locale, namespace: 'ArticlesPage' });
  const seo = await getTranslations({ locale, namespace: 'Seo' });
  const base = list.filter ? t('about', { name: list.filter.name.text }) : t('title');
  // Another language has this page if its list has the report the page starts from (or, for a
  // first page, any report).
  const others = await Promise.all(
    locales.map(async (l) => ({ l, list: l === locale ? list : await getArticleList(l, filter, cursor) })),
  );
  const path = `${ARTICLES_PATH}${listQueryString(filter, cursor)}`;
  const alternates = others
    .filter(({ list: other }) => other && other.items.length > 0)
    .map(({ l }) => ({ locale: l, path }));
  return pageMetadata({
    locale,
    // an empty list (no report of this event in this language) is its own only version
    alternates: alternates.some((a) => a.locale === locale) ? alternates : [{ locale, path }],
    // a later page is named by the dates it covers (it has no number: lib/model/lists.ts)
    title:
      cursor && list.items.length > 0 ? seo('listPageTitle', { title: base, ...span(locale, list) }) : base,
    description: t('description'),
  });
}

/** The dates of a page's newest and oldest reports, as the page's language writes them. */
function span(locale: Locale, list: ArticleListPage) {
  const date = (d: Date) => formatDateTime(locale, d, { dateStyle: 'medium' });
  return { from: date(list.items[0]!.publishedAt), to: date(list.items.at(-1)!.publishedAt) };
}

export default async function Page({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const query = parseListQuery(await searchParams);
  const list = await getArticleList(locale, query.filter, query.cursor);
  // a cursor no longer on the list (its report was withdrawn) starts the list again
  if (!list && query.cursor && (await getArticleList(locale, query.filter, null)))
    redirect(localizedPath(locale, ARTICLES_PATH) + listQueryString(query.filter, null));
  if (!list) notFound();
  // Malformed requests go to the nearest sensible page, at its canonical address.
  if (!query.canonical)
    redirect(localizedPath(locale, ARTICLES_PATH) + listQueryString(query.filter, query.cursor));
  return (
    <>
      <JsonLd
        nodes={await structuredData.sectionPage(
          locale,
          'articles',
          `${ARTICLES_PATH}${listQueryString(query.filter, query.cursor)}`,
        )}
      />
      <ArticleIndex locale={locale} list={list} />
    </>
  );
}
