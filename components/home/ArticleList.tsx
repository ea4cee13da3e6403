import { localizedPath } from '@/lib/model/paths';
import type { ArticleSummary } from '@/lib/data/types';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';

export function ArticleList({ locale, articles }: { locale: Locale; articles: ArticleSummary[] }) {
  return (
    <ul className="mt-4 space-y-6">
      {articles.map((article) => (
        <li key={article.id}>
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
        </li>
      ))}
    </ul>
  );
}
