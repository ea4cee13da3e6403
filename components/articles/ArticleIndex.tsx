import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/home/ArticleList';
import { FilterChip } from '@/components/FilterChip';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import type { ArticleListPage } from '@/lib/data/types';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { listQueryString } from '@/lib/reading/list-params';

export async function ArticleIndex({ locale, list }: { locale: Locale; list: ArticleListPage }) {
  const t = await getTranslations({ locale, namespace: 'ArticlesPage' });
  const href = (page: number, event: string | null) =>
    localizedPath(locale, '/articles') + listQueryString({ page, event });
  const filters = [{ id: null, name: null }, ...list.events.map((e) => ({ id: e.id, name: e.name }))];

  return (
    <PageShell
      locale={locale}
      alternates={everyLanguage(`/articles${listQueryString({ page: 1, event: list.eventId })}`)}
    >
      <h1 className="text-2xl sm:text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      <nav aria-label={t('filter')} className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((f) => {
            const active = f.id === list.eventId;
            return (
              <li key={f.id ?? 'all'}>
                <FilterChip href={href(1, f.id)} active={active}>
                  {f.name ? <LocalizedText value={f.name} pageLocale={locale} /> : t('allEvents')}
                </FilterChip>
              </li>
            );
          })}
        </ul>
      </nav>
      {list.items.length > 0 ? (
        <ArticleList locale={locale} articles={list.items} />
      ) : (
        <p className="mt-6">{t('empty')}</p>
      )}
      <Pagination
        label={t('pagination')}
        page={list.page}
        count={list.pageCount}
        href={(page) => href(page, list.eventId)}
        texts={{
          previous: t('previous'),
          next: t('next'),
          pageOf: t('pageOf', { page: list.page, count: list.pageCount }),
        }}
      />
    </PageShell>
  );
}
