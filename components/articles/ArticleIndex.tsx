import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/home/ArticleList';
import { FilterChip } from '@/components/FilterChip';
import { KeysetPagination } from '@/components/KeysetPagination';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import type { ArticleListPage } from '@/lib/data/types';
import { listQueryString, type Cursor, type ReportListFilter } from '@/lib/model/lists';
import type { Locale } from '@/lib/model/locales';
import { ARTICLES_PATH, everyLanguage, localizedPath } from '@/lib/model/paths';

export async function ArticleIndex({ locale, list }: { locale: Locale; list: ArticleListPage }) {
  const t = await getTranslations({ locale, namespace: 'ArticlesPage' });
  const filter: ReportListFilter = list.filter && { kind: list.filter.kind, id: list.filter.id };
  const href = (f: ReportListFilter, cursor: Cursor) =>
    localizedPath(locale, ARTICLES_PATH) + listQueryString(f, cursor);
  const eventId = list.filter?.kind === 'event' ? list.filter.id : null;
  const filters = [{ id: null, name: null }, ...list.events.map((e) => ({ id: e.id, name: e.name }))];

  return (
    <PageShell locale={locale} alternates={everyLanguage(`${ARTICLES_PATH}${listQueryString(filter, null)}`)}>
      <h1 className="text-2xl sm:text-3xl font-bold">
        {list.filter && list.filter.kind !== 'event'
          ? t('about', { name: list.filter.name.text })
          : t('title')}
      </h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      <nav aria-label={t('filter')} className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((f) => {
            const active = f.id === eventId && (f.id !== null || !list.filter);
            return (
              <li key={f.id ?? 'all'}>
                <FilterChip href={href(f.id ? { kind: 'event', id: f.id } : null, null)} active={active}>
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
      <KeysetPagination
        label={t('pagination')}
        cursor={list.cursor}
        newer={list.newer}
        older={list.older}
        href={(cursor) => href(filter, cursor)}
        texts={{ newer: t('previous'), older: t('next'), newest: t('newest') }}
      />
    </PageShell>
  );
}
