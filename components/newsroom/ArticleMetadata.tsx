import { getTranslations } from 'next-intl/server';
import type { loadMetadata, Option } from '@/lib/editorial/metadata';
import { localeTable, locales, type Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

type Props = {
  locale: Locale;
  data: NonNullable<Awaited<ReturnType<typeof loadMetadata>>>;
  /** the signed-in editor may change the report's structure */
  editable: boolean;
  /** the outcome of the last save, as the action's redirect put it in the address */
  query: Record<string, string | string[] | undefined>;
  /** the server action (./actions.ts beside the route), handed down by the page */
  save: (form: FormData) => Promise<void>;
};

/** A report's event, source and mentions; editors change them, everyone else reads them. */
export async function ArticleMetadata({ locale, data, editable, query, save }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  const done = query.done === 'saved';
  const error = ['forbidden', 'signedOut', 'invalid', 'notFound', 'unexpected'].find(
    (e) => e === query.error,
  );
  const { article, options } = data;
  const field = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1';
  const lang = (o: Option) => localeTable[o.locale].htmlLang;
  const checklist = (name: 'people' | 'cities' | 'agreements') => (
    <fieldset className="rounded border border-stone-300 bg-white p-3" disabled={!editable}>
      <legend className="px-1 font-semibold">{t(`metadata.${name}`)}</legend>
      <ul className="grid gap-1 sm:grid-cols-2">
        {options[name].map((o) => (
          <li key={o.id}>
            <label className="flex items-start gap-2">
              <input type="checkbox" name={name} value={o.id} defaultChecked={article[name].includes(o.id)} />
              <span lang={lang(o)}>{o.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
  return (
    <>
      <p className="text-sm">
        <a className="underline" href={newsroom.home(locale)}>
          {t('nav.dashboard')}
        </a>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">
        {t('metadata.heading')}
        {article.title && (
          <>
            {' · '}
            <span lang={localeTable[article.title.locale].htmlLang}>{article.title.text}</span>
          </>
        )}
      </h1>
      <p className="mb-2 text-sm">
        {t('metadata.original', { language: localeTable[article.originalLocale].nativeName })}
      </p>
      <nav className="mb-4 flex gap-3 text-sm" aria-label={t('metadata.versions')}>
        {locales.map((l) => (
          <a key={l} className="underline" href={newsroom.version(locale, article.id, l)}>
            {localeTable[l].nativeName}
          </a>
        ))}
      </nav>
      {done && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('metadata.saved')}
        </p>
      )}
      {error && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t(`errors.${error as 'invalid'}`, { fields: '' })}
        </p>
      )}
      {!editable && <p className="mb-4 text-sm">{t('version.readOnly')}</p>}
      <form action={save} className="max-w-4xl space-y-4">
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="articleId" value={article.id} />
        <label className="block">
          {t('metadata.event')}
          <select name="eventId" defaultValue={article.eventId ?? ''} className={field} disabled={!editable}>
            <option value="">{t('metadata.none')}</option>
            {options.events.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {t('metadata.source')}
          <select
            name="sourceId"
            defaultValue={article.sourceId ?? ''}
            className={field}
            disabled={!editable}
          >
            <option value="">{t('metadata.none')}</option>
            {options.sources.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        {checklist('people')}
        {checklist('cities')}
        {checklist('agreements')}
        {editable && (
          <button className="rounded border border-stone-600 bg-white px-4 py-1.5 font-medium">
            {t('metadata.save')}
          </button>
        )}
      </form>
    </>
  );
}
