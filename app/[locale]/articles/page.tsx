import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { notFound, redirect } from 'next/navigation';
import { ArticleIndex } from '@/components/articles/ArticleIndex';
import { getArticleList } from '@/lib/data/article-list';
import { locales } from '@/lib/model/locales';
import { localeParam } from '@/lib/i18n/params';
import { localizedPath } from '@/lib/model/paths';
import { listQueryString, parseListQuery } from '@/lib/reading/list-params';
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
  const query = parseListQuery(await searchParams);
  const list = await getArticleList(locale, query.page, query.event);
  if (!list) return {};
  const t = await getTranslations({ locale, namespace: 'ArticlesPage' });
  const seo = await getTranslations({ locale, namespace: 'Seo' });
  const eventName = list.events.find((e) => e.id === list.eventId)?.name.text;
  const base = eventName ? seo('listEventTitle', { event: eventName }) : t('title');
  // Another language has this page only if it has as many pages of reports (of this event).
  const others = await Promise.all(
    locales.map(async (l) => ({
      l,
      list: l === locale ? list : await getArticleList(l, query.page, query.event),
    })),
  );
  const path = `/articles${listQueryString({ page: query.page, event: query.event })}`;
  const alternates = others
    .filter(({ list: other }) => other && other.total > 0 && other.pageCount >= query.page)
    .map(({ l }) => ({ locale: l, path }));
  return pageMetadata({
    locale,
    // an empty list (no report of this event in this language) is its own only version
    alternates: alternates.some((a) => a.locale === locale) ? alternates : [{ locale, path }],
    title: query.page > 1 ? seo('listPageTitle', { title: base, page: query.page }) : base,
    description: t('description'),
  });
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
  return (
    <>
      <JsonLd
        nodes={await structuredData.sectionPage(
          locale,
          'articles',
          `/articles${listQueryString({ page, event: query.event })}`,
        )}
      />
      <ArticleIndex locale={locale} list={list} />
    </>
  );
}
