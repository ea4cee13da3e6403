import { Link } from '@/lib/i18n/navigation';
import type { ArticlePageData } from '@/lib/data/types';
import { localeTable } from '@/lib/i18n/locales';

/** Links to the language versions this article really has (a missing one is not offered). */
export function ArticleVersions({ article, label }: { article: ArticlePageData; label: string }) {
  const others = article.versions.filter((v) => v.locale !== article.locale);
  if (others.length === 0) return null;
  return (
    <nav aria-label={label} className="mt-3 text-sm">
      <span>{label}: </span>
      {others.map((v, i) => (
        <span key={v.locale}>
          {i > 0 && ' · '}
          <Link
            href={`/articles/${v.slug}`}
            locale={v.locale}
            hrefLang={localeTable[v.locale].htmlLang}
            lang={localeTable[v.locale].htmlLang}
            className="underline"
          >
            {localeTable[v.locale].nativeName}
          </Link>
        </span>
      ))}
    </nav>
  );
}
