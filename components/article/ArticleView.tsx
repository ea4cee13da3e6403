import { getTranslations } from 'next-intl/server';
import type { ArticlePageData } from '@/lib/data/types';
import { formatDateTime } from '@/lib/i18n/format';
import { ArticleVersions } from './ArticleVersions';

const dateOnly = { year: 'numeric', month: 'long', day: 'numeric' } as const;
// Date and time are formatted apart and joined by a message: Intl's combined Vietnamese pattern
// puts the time first and already contains "lúc", which reads badly after "Đăng".
const timeWithZone = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;

export async function ArticleView({ article }: { article: ArticlePageData }) {
  const { locale } = article;
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const dateTime = (at: Date) =>
    t('dateAndTime', {
      date: formatDateTime(locale, at, dateOnly),
      time: formatDateTime(locale, at, timeWithZone),
    });
  const release = (at: Date, precision: 'minute' | 'day' | 'month') =>
    precision === 'minute'
      ? dateTime(at)
      : formatDateTime(locale, at, precision === 'day' ? dateOnly : { year: 'numeric', month: 'long' });

  return (
    <article>
      <header>
        {article.event && (
          <p className="text-sm font-semibold text-accent">{t('event', { name: article.event.name.text })}</p>
        )}
        <h1 className="mt-1 text-3xl font-bold leading-tight">{article.title}</h1>
        <p className="mt-3 text-lg text-muted">{article.standfirst}</p>
        <p className="mt-3 text-sm">
          <time dateTime={article.publishedAt.toISOString()}>
            {t('published', { date: dateTime(article.publishedAt) })}
          </time>
        </p>
        <ArticleVersions article={article} label={t('otherLanguages')} />
      </header>
      <div className="mt-8 space-y-5">
        {article.paragraphs.map((p) =>
          p.kind === 'heading' ? (
            <h2 key={p.key} id={p.key} className="text-xl font-bold">
              {p.text}
            </h2>
          ) : p.kind === 'quote' ? (
            <blockquote key={p.key} id={p.key} className="border-l-4 border-accent pl-4">
              {p.text}
            </blockquote>
          ) : (
            <p key={p.key} id={p.key}>
              {p.text}
            </p>
          ),
        )}
      </div>
      {article.source && (
        <footer className="mt-10 border-t border-black/10 pt-4 text-sm dark:border-white/15">
          <p>{t('basedOn', { outlet: article.source.outlet.text })}</p>
          {article.source.releasedAt && (
            <p>
              {t('sourceReleased', {
                date: release(article.source.releasedAt, article.source.releasedAtPrecision),
              })}
            </p>
          )}
          {article.source.reviewers.length > 0 && (
            <>
              <h2 className="mt-3 font-semibold">{t('reviewers')}</h2>
              <ul lang="en">
                {article.source.reviewers.map((r) => (
                  <li key={r.name}>{t('reviewer', { name: r.name, role: r.role })}</li>
                ))}
              </ul>
            </>
          )}
        </footer>
      )}
    </article>
  );
}
