import { getTranslations } from 'next-intl/server';
import { FilterChip } from '@/components/FilterChip';
import { wholeName } from '@/components/Name';
import { kindTable } from '@/lib/model/kinds';
import { LocalizedText } from '@/components/LocalizedText';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { SearchForm } from '@/components/SearchForm';
import type { EventListItem } from '@/lib/data/types';
import { formatDateTime, languageName } from '@/lib/i18n/format';
import { localeTable, type Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import {
  PAGE_SIZE,
  searchKinds,
  searchQueryString,
  type SearchOutcome,
  type SearchParams,
  type SearchResult,
  type SearchWindow,
} from '@/lib/search/query';
import { SEARCH_LIMITS, type SnippetPart } from '@/lib/search/text';

type Props = {
  locale: Locale;
  /** the request's parameters, `q` as searched (already cut to the length limit) */
  params: SearchParams;
  outcome: SearchOutcome;
  events: EventListItem[];
};

/**
 * The search page: a plain GET form (no JavaScript), then filters with counts, the results in
 * the reader's language first, other languages labelled, and pages of ten.
 */
/**
 * A row of filter chips: wrapped on wide screens; on a phone one line that scrolls sideways, its
 * right edge fading to show there is more, so the filters do not push the results off the screen.
 */
const chipRow =
  'flex gap-2 text-sm sm:flex-wrap max-sm:-mx-4 max-sm:overflow-x-auto max-sm:whitespace-nowrap max-sm:px-4 max-sm:pb-1 max-sm:[mask-image:linear-gradient(to_right,black_88%,transparent)]';

export async function SearchPage({ locale, params, outcome, events }: Props) {
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const searchPath = localizedPath(locale, '/search');
  const href = (change: Partial<SearchParams>) =>
    searchPath + searchQueryString({ ...params, page: 1, ...change });
  const filtered = Boolean(params.type || params.event);

  return (
    <PageShell
      locale={locale}
      alternates={everyLanguage(`/search${searchQueryString(params)}`)}
      searchBox={false}
    >
      <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <SearchForm
        action={searchPath}
        name={t('formLabel')}
        label={t('input')}
        submit={t('submit')}
        value={params.q}
        hidden={{ type: params.type, event: params.event }}
      />
      {/* on a phone the hint gives way to the results once there are some */}
      <p
        className={`mt-2 text-sm text-muted ${outcome.status === 'ok' && outcome.results.length > 0 ? 'max-sm:hidden' : ''}`}
      >
        {t('hint')}
      </p>

      {outcome.status === 'ok' && outcome.query.truncated && (
        <p role="status" className="mt-4 border-l-4 border-accent pl-3">
          {t('truncated', { limit: SEARCH_LIMITS.query, terms: SEARCH_LIMITS.terms })}
        </p>
      )}

      {outcome.status === 'empty' ? (
        <p className="mt-8">{t('prompt')}</p>
      ) : (
        <>
          {outcome.correctedFrom && outcome.suggestion ? (
            <p role="status" className="mt-4 border-l-4 border-accent pl-3" data-testid="corrected">
              {outcome.correctedBecause === 'name'
                ? t.rich('correctedTo', {
                    query: outcome.correctedFrom,
                    suggestion: outcome.suggestion,
                    link: (chunks) => (
                      <a
                        href={href({ q: outcome.correctedFrom!, verbatim: true })}
                        className="font-semibold underline"
                        data-testid="search-verbatim"
                      >
                        {chunks}
                      </a>
                    ),
                  })
                : t('showingFor', { query: outcome.correctedFrom, suggestion: outcome.suggestion })}
            </p>
          ) : (
            outcome.suggestion && (
              <p className="mt-4" data-testid="did-you-mean">
                {t.rich('didYouMean', {
                  suggestion: outcome.suggestion,
                  link: (chunks) => (
                    <a
                      href={
                        searchPath +
                        searchQueryString({ ...params, q: outcome.suggestion!, page: 1, verbatim: undefined })
                      }
                      className="font-semibold underline"
                    >
                      {chunks}
                    </a>
                  ),
                })}
              </p>
            )
          )}
          <p className="mt-4 font-semibold sm:mt-6" data-testid="result-count">
            {t('resultCount', { count: outcome.total, query: outcome.query.text })}
          </p>
          <SearchWindowLine
            window={outcome.window}
            locale={locale}
            t={t}
            older={outcome.window.since ? href({ until: outcome.window.since }) : null}
            newest={outcome.window.until ? href({ until: undefined }) : null}
          />
          <nav aria-label={t('filterType')} className="mt-3 sm:mt-4">
            <ul className={chipRow}>
              {[undefined, ...searchKinds].map((kind) => {
                const count = kind
                  ? outcome.counts[kind]
                  : Object.values(outcome.counts).reduce((a, b) => a + b, 0);
                if (kind && count === 0 && params.type !== kind) return null;
                const active = params.type === kind;
                return (
                  <li key={kind ?? 'all'}>
                    <FilterChip href={href({ type: kind })} active={active}>
                      {t('kindCount', { label: t('kindPlural', { kind: kind ?? 'all' }), count })}
                    </FilterChip>
                  </li>
                );
              })}
            </ul>
          </nav>
          {events.length > 1 && (
            <nav aria-label={t('filterEvent')} className="mt-2 sm:mt-3">
              <ul className={chipRow}>
                {[undefined, ...events].map((event) => {
                  const active = params.event === event?.id;
                  return (
                    <li key={event?.id ?? 'all'}>
                      <FilterChip href={href({ event: event?.id })} active={active}>
                        {event ? <LocalizedText value={event.name} pageLocale={locale} /> : t('allEvents')}
                      </FilterChip>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}

          {outcome.results.length === 0 ? (
            <div className="mt-8">
              <p>{filtered ? t('noResultsFiltered') : t('noResults', { query: outcome.query.text })}</p>
              {filtered ? (
                <p className="mt-2">
                  <a href={href({ type: undefined, event: undefined })} className="font-semibold underline">
                    {t('clearFilters')}
                  </a>
                </p>
              ) : (
                <p className="mt-2 text-muted">{t('noResultsHint')}</p>
              )}
            </div>
          ) : (
            <section aria-label={t('results')}>
              <ol start={(outcome.page - 1) * PAGE_SIZE + 1} className="mt-6 space-y-8 sm:mt-8">
                {outcome.results.map((result) => (
                  <Result key={`${result.kind}:${result.entityId}`} locale={locale} result={result} t={t} />
                ))}
              </ol>
            </section>
          )}

          <Pagination
            label={t('pagination')}
            page={outcome.page}
            count={outcome.pages}
            href={(page) => href({ page })}
            texts={{
              previous: t('previous'),
              next: t('next'),
              pageOf: t('pageOf', { page: outcome.page, count: outcome.pages }),
            }}
          />
        </>
      )}
    </PageShell>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<'SearchPage'>>>;

/**
 * Which reports were searched, when not all of them: a common query reads the newest reports
 * (docs/decisions/029), and the older matches are a link away.
 */
function SearchWindowLine({
  window,
  locale,
  t,
  older,
  newest,
}: {
  window: SearchWindow;
  locale: Locale;
  t: Translate;
  older: string | null;
  newest: string | null;
}) {
  if (!window.since && !window.until) return null;
  const bound = window.since && window.until ? 'between' : window.since ? 'since' : 'until';
  const link = (href: string | null) =>
    function WindowLink(chunks: React.ReactNode) {
      return href ? (
        <a href={href} className="font-semibold underline">
          {chunks}
        </a>
      ) : null;
    };
  return (
    <p className="mt-1 text-sm text-muted" data-testid="search-window">
      {t('window', {
        bound,
        since: window.since ? formatDateTime(locale, window.since, { dateStyle: 'long' }) : '',
        until: window.until ? formatDateTime(locale, window.until, { dateStyle: 'long' }) : '',
      })}{' '}
      {older && t.rich('olderMatches', { link: link(older) })}
      {older && newest && ' · '}
      {newest && t.rich('newestMatches', { link: link(newest) })}
    </p>
  );
}

/** One result: its type, its language when not the reader's, the title, the passage that matched. */
function Result({ locale, result, t }: { locale: Locale; result: SearchResult; t: Translate }) {
  const foreign = result.locale !== locale;
  const lang = foreign ? localeTable[result.locale].htmlLang : undefined;
  const own = result.versions[locale];
  const language = languageName(locale, result.locale);
  return (
    <li data-testid="search-result" data-kind={result.kind} data-language={result.locale}>
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
        {t('kind', { kind: result.kind })}
        {foreign && <> · {own ? t('foundIn', { language }) : t('onlyIn', { language })}</>}
      </p>
      <h2 className="mt-1 text-lg font-semibold">
        <a
          href={localizedPath(result.locale, result.path)}
          lang={lang}
          hrefLang={lang}
          {...(result.kind !== 'article' && kindTable[result.kind].wholeName
            ? wholeName('hover:underline')
            : { className: 'hover:underline' })}
        >
          <Highlighted parts={result.titleParts} />
        </a>
      </h2>
      {result.snippet.length > 0 && (
        <p className="mt-1" lang={lang}>
          <Highlighted parts={result.snippet} />
        </p>
      )}
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-muted">
        {result.publishedAt && (
          <time dateTime={result.publishedAt.toISOString()}>
            {formatDateTime(locale, result.publishedAt, { dateStyle: 'long' })}
          </time>
        )}
        {foreign && own && (
          <a href={localizedPath(locale, own)} className="underline">
            {t('readIn', { language: languageName(locale, locale) })}
          </a>
        )}
      </p>
    </li>
  );
}

/** Text with the matched words in <mark>; the parts are plain text, never HTML. */
function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) =>
    part.hit ? (
      <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-black">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
