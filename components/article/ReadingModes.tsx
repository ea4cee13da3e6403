import { getTranslations } from 'next-intl/server';
import type { ArticlePageData } from '@/lib/data/types';
import { languageName } from '@/lib/i18n/format';
import { localizedPath, articlePath } from '@/lib/model/paths';
import type { Locale } from '@/lib/model/locales';
import { FilterChip } from '@/components/FilterChip';

/** Links to read this report alone or beside its other language versions (no JavaScript). */
export async function ReadingModes({ article, shown }: { article: ArticlePageData; shown: Locale[] }) {
  const others = article.versions.map((v) => v.locale).filter((l) => l !== article.locale);
  if (others.length === 0) return null;
  const t = await getTranslations({ locale: article.locale, namespace: 'ArticlePage' });
  const slug = article.versions.find((v) => v.locale === article.locale)?.slug ?? '';
  const modes = [
    {
      beside: [] as Locale[],
      label: t('onlyLanguage', { language: languageName(article.locale, article.locale) }),
    },
    ...others.map((l) => ({
      beside: [l],
      label: t('besideLanguage', { language: languageName(article.locale, l) }),
    })),
    ...(others.length > 1 ? [{ beside: others, label: t('allLanguages') }] : []),
  ];
  const current = shown.slice(1).join(',');

  return (
    <nav aria-label={t('readingModes')} className="mt-6 max-w-3xl">
      <ul className="flex flex-wrap gap-2 text-sm">
        {modes.map((mode) => {
          const active = mode.beside.join(',') === current;
          return (
            <li key={mode.beside.join(',') || 'single'}>
              <FilterChip
                href={localizedPath(article.locale, articlePath(slug, mode.beside))}
                active={active}
              >
                {mode.label}
              </FilterChip>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
