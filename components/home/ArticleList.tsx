import { localizedPath } from '@/lib/model/paths';
import type { ArticleSummary } from '@/lib/data/types';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';
import { Picture } from '@/components/article/Photo';

export function ArticleList({ locale, articles }: { locale: Locale; articles: ArticleSummary[] }) {
  return (
    <ul className="mt-4 space-y-6">
      {articles.map((article) => (
        <li key={article.id} className={article.photo ? 'flex gap-4' : undefined}>
          {article.photo && (
            // the lead photo as a thumbnail; the headline beside it says what the link is
            <a
              href={localizedPath(locale, `/articles/${article.slug}`)}
              className="block w-24 shrink-0 sm:w-40"
              tabIndex={-1}
              aria-hidden
            >
              <Picture
                photo={article.photo}
                locale={locale}
                crop="standard"
                sizes="(min-width: 640px) 160px, 96px"
                decorative
              />
            </a>
          )}
          <div className="min-w-0">
            <h3 className="text-lg font-semibold">
              <a href={localizedPath(locale, `/articles/${article.slug}`)} className="hover:underline">
                {article.title}
              </a>
            </h3>
            <p className="mt-1">{article.standfirst}</p>
            <p className="mt-1 text-sm text-muted">
              <time dateTime={article.publishedAt.toISOString()}>
                {formatDateTime(locale, article.publishedAt, { dateStyle: 'long' })}
              </time>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
