import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { DraftedCorrection } from '@/lib/editorial/corrections';
import { languageName } from '@/lib/i18n/format';
import { localeTable, type Locale } from '@/lib/model/locales';
import { WordDiff } from './WordDiff';

/**
 * The corrections made in other languages that wait for this version's own (docs/decisions/030):
 * the note to translate and what changed there, part by part, so the translator corrects the same
 * fact here and prints the note in this language.
 */
export async function DraftedCorrections({
  drafted,
  ui,
  paragraphKeys,
  dismiss,
}: {
  drafted: DraftedCorrection[];
  ui: Locale;
  /** this version's paragraph keys in order (a change's paragraph named by its number) */
  paragraphKeys: string[];
  /** the workflow's form (its action and hidden inputs) when the viewer may write the version */
  dismiss: { action: (form: FormData) => Promise<void>; hidden: ReactNode } | null;
}) {
  if (!drafted.length) return null;
  const t = await getTranslations({ locale: ui, namespace: 'Newsroom' });
  const format = await getFormatter({ locale: ui });
  const partName = (on: string) =>
    on === 'title' || on === 'standfirst'
      ? t(`corrections.parts.${on}`)
      : t('corrections.parts.paragraph', { number: paragraphKeys.indexOf(on) + 1 || '?' });
  return (
    <section
      aria-labelledby="drafted-heading"
      className="mb-4 rounded border border-sky-400 bg-sky-50 p-3 text-sky-950"
      data-testid="drafted-corrections"
    >
      <h2 id="drafted-heading" className="font-semibold">
        {t('corrections.draftedHeading')}
      </h2>
      {drafted.map((d) => (
        <div key={d.id} className="mt-2" data-testid="drafted-correction">
          <p>
            {t('corrections.draftedFrom', {
              language: languageName(ui, d.sourceLocale),
              date: format.dateTime(d.publishedAt, { dateStyle: 'long' }),
            })}
          </p>
          <blockquote
            lang={localeTable[d.sourceLocale].htmlLang}
            className="my-1 border-l-4 border-sky-400 pl-2"
          >
            {d.sourceNote}
          </blockquote>
          {d.changes.length > 0 && (
            <ul className="mt-1 space-y-1 text-sm">
              {d.changes.map((c) => (
                <li key={c.on}>
                  <span className="font-medium">{partName(c.on)}:</span>{' '}
                  <WordDiff before={c.before} after={c.after} locale={d.sourceLocale} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <p className="mt-2 text-sm">{t('corrections.draftedHelp')}</p>
      {dismiss && (
        <form action={dismiss.action} className="mt-2 text-sm">
          {dismiss.hidden}
          <button
            name="action"
            value="dismissCorrection"
            className="rounded border border-stone-500 bg-white px-3 py-1"
          >
            {t('corrections.dismiss')}
          </button>{' '}
          <span className="text-stone-700">{t('corrections.dismissHelp')}</span>
        </form>
      )}
    </section>
  );
}
