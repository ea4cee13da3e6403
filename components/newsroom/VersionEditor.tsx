import { getTranslations } from 'next-intl/server';
import { RevisionDiff } from '@/components/newsroom/RevisionDiff';
import { VersionForm } from '@/components/newsroom/VersionForm';
import { TranslationChecks } from '@/components/newsroom/TranslationChecks';
import { paragraphState } from '@/lib/translation/states';
import { DraftedCorrections } from '@/components/newsroom/DraftedCorrections';
import { ReviewsPanel, RevisionsPanel, WorkflowPanel } from '@/components/newsroom/VersionPanels';
import type { SaveState } from '@/lib/editorial/form-states';
import type { compareRevisions } from '@/lib/editorial/revisions';
import type { loadVersionPage } from '@/lib/editorial/version-page';
import { first } from '@/lib/http/form-values';
import { isLocale, localeTable, locales, type Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

type Props = {
  locale: Locale;
  id: string;
  lang: Locale;
  page: NonNullable<Awaited<ReturnType<typeof loadVersionPage>>>;
  /** two revisions compared word by word, when the address asks for it */
  diff: Awaited<ReturnType<typeof compareRevisions>> | null;
  /** what the address asks for: the language beside, the last action's outcome */
  query: Record<string, string | string[] | undefined>;
  /** the server actions (./actions.ts beside the route), handed down by the page */
  actions: {
    save: (previous: SaveState, form: FormData) => Promise<SaveState>;
    transition: (form: FormData) => Promise<void>;
    restore: (form: FormData) => Promise<void>;
  };
};

/** One language version of a report: its text beside another language, its workflow, its history. */
export async function VersionEditor({ locale, id, lang, page, diff, query, actions }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  const language = (l: Locale) => localeTable[l].nativeName;

  const compareWith =
    ((c) => (c && isLocale(c) && page.others[c] ? c : undefined))(first(query.compare)) ??
    (page.others[page.originalLocale]
      ? page.originalLocale
      : (Object.keys(page.others)[0] as Locale | undefined));
  const beside = compareWith ? page.others[compareWith]! : null;
  const slots = page.version ?? {
    revision: 0,
    slug: '',
    title: '',
    standfirst: '',
    paragraphs: (beside?.paragraphs ?? []).map((p) => ({ ...p, markup: '', outdated: false })),
  };
  const done = first(query.done);
  const error = first(query.error);
  const saved = Number(first(query.saved));
  const errorKeys = [
    'forbidden',
    'signedOut',
    'invalid',
    'notFound',
    'wrongState',
    'commentRequired',
    'notInFuture',
    'tooFarAhead',
    'invalidDate',
    'titleMissing',
    'slugTaken',
    'changeKindMissing',
    'photoAltMissing',
    'checksFailed',
    'warningsNeedNote',
    'unresolved',
    'unavailable',
    'unexpected',
  ] as const;
  const shownError = errorKeys.find((k) => k === error);
  const stateKeys = ['draft', 'inReview', 'approved', 'scheduled', 'published'] as const;
  const shownDone = stateKeys.find((k) => k === done);
  const button = 'rounded border border-stone-500 bg-white px-3 py-1';
  const hidden = (
    <>
      <input type="hidden" name="uiLocale" value={locale} />
      <input type="hidden" name="articleId" value={id} />
      <input type="hidden" name="locale" value={lang} />
    </>
  );

  return (
    <>
      <p className="text-sm">
        <a className="underline" href={newsroom.home(locale)}>
          {t('nav.dashboard')}
        </a>{' '}
        ·{' '}
        <span lang={localeTable[page.originalLocale].htmlLang}>
          {page.others[page.originalLocale]?.title ?? page.version?.title}
        </span>{' '}
        ·{' '}
        <a className="underline" href={newsroom.article(locale, id)}>
          {t('version.metadataLink')}
        </a>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{t('version.heading', { language: language(lang) })}</h1>
      <nav className="mb-4 flex gap-3 text-sm" aria-label={t('dashboard.language')}>
        {locales.map((l) => (
          <a
            key={l}
            href={newsroom.version(locale, id, l)}
            aria-current={l === lang ? 'page' : undefined}
            className={l === lang ? 'font-semibold' : 'underline'}
          >
            {language(l)}
          </a>
        ))}
      </nav>
      {shownDone && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('workflow.done', { state: t(`states.${shownDone}`) })}
        </p>
      )}
      {done === 'imported' && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('version.imported')}
        </p>
      )}
      {saved > 0 && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('version.saved', { number: saved })}
        </p>
      )}
      {shownError && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t(`errors.${shownError}`, {
            fields: '',
            language: localeTable[lang].nativeName,
            photos: (first(query.photos) ?? '').split(',').filter(Boolean).join(', '),
            paragraphs: (first(query.paragraphs) ?? '')
              .split(',')
              .filter((n) => /^\d{1,4}$/.test(n))
              .join(', '),
          })}
        </p>
      )}

      {(page.photoGaps.withoutAlt.length > 0 || page.photoGaps.withoutCaption.length > 0) && (
        <div
          role="note"
          className="mb-4 space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950"
        >
          {page.photoGaps.withoutAlt.length > 0 && (
            <p>
              {t('version.photosWithoutAlt', {
                language: language(lang),
                photos: page.photoGaps.withoutAlt.join(', '),
              })}
            </p>
          )}
          {page.photoGaps.withoutCaption.length > 0 && (
            <p>
              {t('version.leadWithoutCaption', {
                language: language(lang),
                photos: page.photoGaps.withoutCaption.join(', '),
              })}
            </p>
          )}
          <p>
            <a
              className="underline"
              href={newsroom.photo(
                locale,
                [...page.photoGaps.withoutAlt, ...page.photoGaps.withoutCaption][0]!,
              )}
            >
              {t('version.openPhoto')}
            </a>
          </p>
        </div>
      )}

      <DraftedCorrections
        drafted={page.drafted}
        ui={locale}
        paragraphKeys={slots.paragraphs.map((p) => p.key)}
        dismiss={page.may.edit ? { action: actions.transition, hidden } : null}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <section>
          {diff && <RevisionDiff diff={diff} lang={lang} ui={locale} />}
          <p className="mb-2 text-sm">
            {page.version
              ? t('version.revision', { number: page.version.revision })
              : t('version.noVersion', { language: language(lang) })}
          </p>
          {Object.keys(page.others).length > 1 && (
            <form method="get" className="mb-3 text-sm">
              <label>
                {t('version.source')}{' '}
                <select
                  name="compare"
                  defaultValue={compareWith}
                  className="rounded border border-stone-400 px-1"
                >
                  {(Object.keys(page.others) as Locale[]).map((l) => (
                    <option key={l} value={l}>
                      {language(l)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button className={button}>{t('dashboard.filter')}</button>
            </form>
          )}
          {page.may.edit ? (
            <VersionForm
              save={actions.save}
              articleId={id}
              locale={lang}
              htmlLang={localeTable[lang].htmlLang}
              version={slots}
              beside={
                beside && compareWith
                  ? {
                      locale: compareWith,
                      isOriginal: compareWith === page.originalLocale,
                      htmlLang: localeTable[compareWith].htmlLang,
                      label: language(compareWith),
                      paragraphs: Object.fromEntries(beside.paragraphs.map((p) => [p.key, p.markup])),
                    }
                  : null
              }
              structure={page.may.structure}
              glossary={page.glossary}
              memory={page.memory}
              state={page.state}
              correction={page.correction}
              mayPublish={page.may.publish}
              change={page.change}
            />
          ) : (
            <div>
              <p className="mb-3 text-sm">{t('version.readOnly')}</p>
              {page.version && (
                <article
                  lang={localeTable[lang].htmlLang}
                  className="space-y-3 rounded border border-stone-200 bg-white p-4"
                >
                  <h2 className="text-xl font-semibold">{page.version.title}</h2>
                  <p className="text-stone-700">{page.version.standfirst}</p>
                  {page.version.paragraphs.map((p) => (
                    <div key={p.key} data-key={p.key}>
                      <p className="whitespace-pre-wrap">{p.markup}</p>
                      <p lang={localeTable[locale].htmlLang} className="text-sm">
                        <span
                          className="rounded bg-stone-100 px-1 text-stone-700"
                          data-testid="paragraph-state"
                          data-state={paragraphState(p)}
                        >
                          {t(`paragraphStates.${paragraphState(p)}`)}
                        </span>
                      </p>
                      <div lang={localeTable[locale].htmlLang}>
                        <TranslationChecks
                          id={`text-${p.key}-checks`}
                          findings={page.checks.paragraphs.find((f) => f.key === p.key)?.findings ?? []}
                        />
                      </div>
                    </div>
                  ))}
                </article>
              )}
            </div>
          )}
        </section>

        <aside className="space-y-6 text-sm">
          <WorkflowPanel page={page} ui={locale} hidden={hidden} transition={actions.transition} />
          <ReviewsPanel page={page} ui={locale} />
          <RevisionsPanel
            page={page}
            ui={locale}
            hidden={hidden}
            restore={actions.restore}
            compared={diff && { from: diff.from, to: diff.to }}
          />
        </aside>
      </div>
    </>
  );
}
