import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { photoSizes } from '@/lib/model/photos';
import type { ArticlePageData } from '@/lib/data/types';
import { correctionDate, dateAndTimeParts, formatDateTime, languageName } from '@/lib/i18n/format';
import { type Comparison } from '@/lib/reading/compare';
import { equivalentPath } from '@/lib/model/paths';
import { ArticleBody } from './ArticleBody';
import { Figure } from './Photo';
import { ArticleMentions } from './ArticleMentions';
import { ArticleCorrections } from './ArticleCorrections';
import { ComparisonNotes } from './ComparisonNotes';
import { ParallelText } from './ParallelText';
import { ReadingModes } from './ReadingModes';
import { SourceCredits } from './SourceCredits';

export async function ArticleView({
  article,
  comparison,
}: {
  article: ArticlePageData;
  comparison: Comparison;
}) {
  const { locale } = article;
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const shown = comparison.languages;
  const alternates = article.versions.map((v) => ({
    locale: v.locale,
    path: equivalentPath(v.slug, v.locale, shown),
  }));
  const published = t('published', { date: t('dateAndTime', dateAndTimeParts(locale, article.publishedAt)) });

  return (
    <PageShell locale={locale} alternates={alternates} wide={shown.length > 1}>
      <article>
        <header className="max-w-3xl">
          {article.event && (
            <p className="text-sm font-semibold text-accent">
              {t('event', { name: article.event.name.text })}
            </p>
          )}
          <h1 className="mt-1 text-2xl sm:text-3xl font-bold leading-tight">{article.title}</h1>
          <p className="mt-3 text-lg text-muted">{article.standfirst}</p>
          <p className="mt-3 text-sm">
            <time dateTime={article.publishedAt.toISOString()}>{published}</time>
          </p>
          {article.pendingCorrections.length > 0 ? (
            <p
              role="note"
              className="mt-3 rounded border border-amber-400/60 bg-amber-50 p-3 text-sm text-amber-950"
              data-testid="correction-pending"
            >
              {t('correctionPending', {
                language: languageName(locale, article.pendingCorrections[0]!.locale),
                date: correctionDate(locale, article.pendingCorrections[0]!.publishedAt),
              })}
            </p>
          ) : (
            article.outdatedSince && (
              <p
                role="note"
                className="mt-3 rounded border border-amber-400/60 bg-amber-50 p-3 text-sm text-amber-950"
              >
                {t('outdatedNote', {
                  date: formatDateTime(locale, article.outdatedSince, {
                    year: 'numeric',
                    month: 'long',
                    day: 'numeric',
                  }),
                })}
              </p>
            )
          )}
        </header>
        {article.leadPhoto && (
          <div className="mt-6 max-w-3xl" data-testid="lead-photo">
            <Figure
              photo={article.leadPhoto}
              locale={locale}
              caption={article.leadPhoto.caption[locale]}
              captionLocale={locale}
              lead
              sizes={shown.length > 1 ? photoSizes.sideBySide : photoSizes.column}
            />
          </div>
        )}
        <ReadingModes article={article} shown={shown} />
        <ComparisonNotes locale={locale} notes={comparison.notes} />
        {shown.length > 1 ? (
          <ParallelText article={article} languages={shown} />
        ) : (
          <ArticleBody locale={locale} slots={article.slots} />
        )}
        <ArticleCorrections locale={locale} languages={shown} corrections={article.corrections} />
        {article.source && <SourceCredits locale={locale} source={article.source} />}
        {article.signOffs.length > 0 && (
          <section className="mt-4 max-w-3xl text-sm" aria-labelledby="sign-offs">
            <h2 id="sign-offs" className="font-semibold">
              {t('signOffs')}
            </h2>
            <ul>
              {article.signOffs.map((r) => (
                <li key={r.name}>{t('signOff', { name: r.name, role: t(`roles.${r.role}`) })}</li>
              ))}
            </ul>
          </section>
        )}
        <ArticleMentions article={article} />
      </article>
    </PageShell>
  );
}
