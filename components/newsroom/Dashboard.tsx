import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { KeysetPagination } from '@/components/KeysetPagination';
import type { Dashboard as DashboardPage, dashboardFilterSchema } from '@/lib/editorial/dashboard';
import type { Cursor } from '@/lib/model/lists';
import { localeTable, locales, type Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';
import { paragraphStates, type StateCounts } from '@/lib/translation/states';

type Translate = Awaited<ReturnType<typeof getTranslations<'Newsroom'>>>;

const states = ['missing', 'draft', 'inReview', 'approved', 'scheduled', 'published', 'outdated'] as const;

type Props = {
  locale: Locale;
  filter: z.output<typeof dashboardFilterSchema>;
  page: DashboardPage;
  events: Array<{ id: string; name: string }>;
};

/** The newsroom's front page: every report with the state of each language version, filtered. */
export async function Dashboard({ locale, filter, page, events }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  const format = await getFormatter({ locale });
  const rows = page.items;
  // a page of the same filter, beside this one
  const href = (cursor: Cursor) => {
    const params = new URLSearchParams();
    for (const key of ['event', 'language', 'status'] as const)
      if (filter[key]) params.set(key, filter[key]!);
    if (cursor) params.set(cursor.dir, cursor.id);
    const query = params.toString();
    return newsroom.home(locale) + (query ? `?${query}` : '');
  };
  const countedStates = ['draft', 'inReview', 'approved', 'published'] as const;
  const select = 'mt-1 block rounded border border-stone-400 bg-white px-2 py-1';
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('dashboard.heading')}</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-4 text-sm">
        <label>
          {t('dashboard.event')}
          <select name="event" defaultValue={filter.event ?? ''} className={select}>
            <option value="">{t('dashboard.all')}</option>
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.language')}
          <select name="language" defaultValue={filter.language ?? ''} className={select}>
            <option value="">{t('dashboard.all')}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeTable[l].nativeName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.status')}
          <select name="status" defaultValue={filter.status ?? ''} className={select}>
            <option value="">{t('dashboard.all')}</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="rounded border border-stone-500 px-3 py-1">{t('dashboard.filter')}</button>
      </form>
      <table className="mb-4 border-collapse text-sm" data-testid="version-counts">
        <caption className="mb-1 text-left font-semibold">{t('dashboard.versions')}</caption>
        <thead>
          <tr>
            <td />
            {countedStates.map((s) => (
              <th key={s} scope="col" className="px-2 text-right font-normal text-stone-600">
                {t(`states.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {locales.map((l) => (
            <tr key={l}>
              <th scope="row" className="pr-2 text-left font-normal" lang={localeTable[l].htmlLang}>
                {localeTable[l].nativeName}
              </th>
              {countedStates.map((s) => (
                <td key={s} className="px-2 text-right tabular-nums" data-locale={l} data-state={s}>
                  {format.number(page.counts[l][s] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mb-2 text-sm" role="status">
        {t('dashboard.count', { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t('dashboard.empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="p-2">
                  {t('dashboard.report')}
                </th>
                {locales.map((l) => (
                  <th key={l} scope="col" className="p-2" lang={localeTable[l].htmlLang}>
                    {localeTable[l].nativeName}
                  </th>
                ))}
                <th scope="col" className="p-2">
                  {t('dashboard.updated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-stone-200" data-article={row.id}>
                  <td className="p-2" lang={localeTable[row.titleLocale].htmlLang}>
                    <a className="underline-offset-4 hover:underline" href={newsroom.article(locale, row.id)}>
                      {row.title}
                    </a>
                  </td>
                  {locales.map((l) => (
                    <td key={l} className="p-2" data-locale={l}>
                      <a className="underline underline-offset-4" href={newsroom.version(locale, row.id, l)}>
                        {t(`states.${row.states[l]}`)}
                      </a>
                      {row.corrections[l] && (
                        <span className="ml-1 rounded bg-sky-100 px-1 text-sky-950" data-correction>
                          {t('workflow.correction', { state: t(`states.${row.corrections[l]}`) })}
                        </span>
                      )}
                      {row.outdated[l] && (
                        <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">
                          {t('states.outdated')}
                        </span>
                      )}
                      {row.originalLocale === l && (
                        <span className="ml-1 text-stone-500">({t('dashboard.original')})</span>
                      )}
                      <ParagraphCounts counts={row.paragraphs[l]} t={t} />
                    </td>
                  ))}
                  <td className="p-2">
                    {format.dateTime(row.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <KeysetPagination
        label={t('dashboard.pagination')}
        cursor={
          filter.after
            ? { dir: 'after', id: filter.after }
            : filter.before
              ? { dir: 'before', id: filter.before }
              : null
        }
        newer={page.newer}
        older={page.older}
        href={href}
        texts={{ newer: t('dashboard.newer'), older: t('dashboard.older'), newest: t('dashboard.newest') }}
      />
    </>
  );
}

/** A version's paragraphs by state, the states it has only (an untouched version: none). */
function ParagraphCounts({ counts, t }: { counts: StateCounts; t: Translate }) {
  const shown = paragraphStates.filter((s) => counts[s] > 0);
  const total = paragraphStates.reduce((n, s) => n + counts[s], 0);
  if (shown.length === 0 || counts.untranslated === total) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-2 text-xs text-stone-600" data-testid="paragraph-counts">
      {shown.map((s) => (
        <li key={s} data-state={s} data-count={counts[s]}>
          {t('dashboard.paragraphCount', { count: counts[s], state: t(`paragraphStates.${s}`) })}
        </li>
      ))}
    </ul>
  );
}
