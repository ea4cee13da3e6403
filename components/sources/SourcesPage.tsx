import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { CreditList } from '@/components/CreditList';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import type { ReportedFact, SourcePageItem } from '@/lib/data/types';
import { dateAndTimeParts, formatDateTime, formatList, languageName } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';

/** Provenance: each source, how and when it was published, and every fact the portal takes from it. */
export async function SourcesPage({
  locale,
  sources,
  pagination,
}: {
  locale: Locale;
  sources: SourcePageItem[];
  pagination?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'SourcesPage' });
  const article = await getTranslations({ locale, namespace: 'ArticlePage' });
  const figures = await getTranslations({ locale, namespace: 'Figures' });
  const text = (value: SourcePageItem['outlet']) => <LocalizedText value={value} pageLocale={locale} />;
  const released = (s: SourcePageItem) => {
    if (!s.releasedAt) return null;
    if (s.releasedAtPrecision === 'minute')
      return article('dateAndTime', dateAndTimeParts(locale, s.releasedAt));
    return formatDateTime(
      locale,
      s.releasedAt,
      s.releasedAtPrecision === 'day'
        ? { year: 'numeric', month: 'long', day: 'numeric' }
        : { year: 'numeric', month: 'long' },
    );
  };
  const fact = (f: ReportedFact) => {
    if (f.kind === 'statement' && f.by) return t('statement', { name: f.by.text, summary: f.text.text });
    if (f.kind === 'figure' && f.metric)
      return t('figure', {
        event: f.text.text,
        value: f.value ?? 0,
        label: figures('label', { metric: f.metric }),
      });
    return f.href ? (
      <a href={localizedPath(locale, f.href)} className="underline">
        {text(f.text)}
      </a>
    ) : (
      text(f.text)
    );
  };

  return (
    <PageShell locale={locale} alternates={everyLanguage('/sources')}>
      <h1 className="text-2xl sm:text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('description')}</p>
      {sources.map((s) => (
        <section
          key={s.id}
          id={`source-${s.id}`}
          aria-labelledby={`source-${s.id}-heading`}
          className="mt-10"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-accent">
            {t('kind', { kind: s.kind })}
          </p>
          <h2 id={`source-${s.id}-heading`} className="text-xl font-bold">
            {text(s.outlet)}
          </h2>
          <p className="mt-1 text-sm text-muted">
            {released(s) && t('released', { date: released(s) ?? '' })} ·{' '}
            {t('languages', {
              languages: formatList(
                locale,
                s.languages.map((l) => languageName(locale, l)),
              ),
            })}
            {s.byline && <> · {t('byline', { name: s.byline.text })}</>}
          </p>
          {s.note && (
            <p className={`mt-2 text-sm ${s.caution ? 'rounded border border-accent p-2' : ''}`}>
              {s.caution && <strong className="mr-2 text-accent">{t('caution')}</strong>}
              {text(s.note)}
            </p>
          )}
          {s.reviewers.length > 0 && (
            <p className="mt-2 text-sm">
              <span className="font-semibold">{t('reviewers')}</span>{' '}
              <CreditList locale={locale} credits={s.reviewers} as="inline" />
            </p>
          )}
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold">
              {t('reported', { count: s.reported.length })}
            </summary>
            <ul className="mt-2 space-y-1 text-sm">
              {s.reported.map((f, i) => (
                <li key={i}>
                  <span className="text-muted">{t('factKind', { kind: f.kind })}</span> · {fact(f)}
                </li>
              ))}
            </ul>
          </details>
          {s.articles.length > 0 && (
            <div className="mt-3 text-sm">
              <p className="font-semibold">{t('basedOn')}</p>
              <ul className="mt-1 space-y-1">
                {s.articles.map((a) => (
                  <li key={a.slug}>
                    <a href={localizedPath(locale, `/articles/${a.slug}`)} className="underline">
                      {a.title}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
      {pagination}
    </PageShell>
  );
}
