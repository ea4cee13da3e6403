import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SearchPage } from '@/components/search/SearchPage';
import { getEvents } from '@/lib/data/events';
import { localeParam } from '@/lib/i18n/params';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { search, searchParamsSchema, searchQueryString } from '@/lib/search/query';
import { parseQuery, SEARCH_LIMITS } from '@/lib/search/text';
import { pageMetadata } from '@/lib/seo/metadata';

// Answers each request from the search index (docs/decisions/012); never cached, never indexed.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const request = searchParamsSchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const query = parseQuery(request.q);
  return pageMetadata({
    locale,
    alternates: everyLanguage(`/search${searchQueryString({ ...request, q: query?.text ?? '' })}`),
    title: query ? t('titleWithQuery', { query: query.text }) : t('title'),
    description: t('description'),
    noindex: true,
  });
}

export default async function Page({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const request = searchParamsSchema.parse(await searchParams);
  const [outcome, events] = await Promise.all([search(request, locale), getEvents(locale)]);
  const q =
    outcome.status === 'ok'
      ? outcome.query.text
      : Array.from(request.q.trim()).slice(0, SEARCH_LIMITS.query).join('');
  // a page past the last one goes to the last one
  if (outcome.status === 'ok' && outcome.total > 0 && request.page > outcome.pages) {
    redirect(localizedPath(locale, '/search') + searchQueryString({ ...request, q, page: outcome.pages }));
  }
  return <SearchPage locale={locale} params={{ ...request, q }} outcome={outcome} events={events} />;
}
