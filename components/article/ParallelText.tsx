import { getTranslations } from 'next-intl/server';
import type { ArticlePageData } from '@/lib/data/types';
import { correctionDate, languageName } from '@/lib/i18n/format';
import { itemNumbers, listOf } from '@/lib/model/paragraph-kinds';
import { localeTable, type Locale } from '@/lib/model/locales';
import { anchorOf } from './ArticleBody';
import { Paragraph } from './Paragraph';
import { Picture } from './Photo';
import { photoSizes } from '@/lib/model/photos';

const columns = { 2: 'md:grid-cols-2', 3: 'md:grid-cols-3' } as const;

/**
 * Language versions side by side, one row per alignment key, so a paragraph always sits next to
 * its own translation; a version that lacks a paragraph shows a placeholder in that cell. Below
 * the md breakpoint the rows stack, which interleaves the versions paragraph by paragraph.
 */
export async function ParallelText({
  article,
  languages,
}: {
  article: ArticlePageData;
  languages: Locale[];
}) {
  const t = await getTranslations({ locale: article.locale, namespace: 'ArticlePage' });
  const grid = `md:grid md:gap-8 ${columns[languages.length as 2 | 3] ?? 'md:grid-cols-3'}`;
  const version = (l: Locale) => article.versions.find((v) => v.locale === l);
  // each row shows one list item, so a numbered item keeps its number in its own list
  const numbers = itemNumbers(article.slots.map((s) => s.kind));
  // the latest printed correction of a language that changed a paragraph: its column is marked
  const correctedOn = (l: Locale, key: string) =>
    (article.corrections[l] ?? []).findLast((c) => c.parts.includes(key))?.publishedAt;

  return (
    <div className="mt-8" data-testid="parallel-text">
      <div className={`hidden border-b border-black/10 pb-3 dark:border-white/15 ${grid}`} aria-hidden="true">
        {languages.map((l) => (
          <div key={l} lang={localeTable[l].htmlLang}>
            <p className="text-xs font-semibold uppercase tracking-wide text-accent">
              {localeTable[l].nativeName}
            </p>
            <p className="mt-1 font-semibold">{version(l)?.title}</p>
          </div>
        ))}
      </div>
      {article.slots.map((slot, row) => (
        <section
          key={slot.key}
          id={anchorOf(slot.key)}
          className={`border-b border-black/5 py-4 dark:border-white/10 ${grid}`}
        >
          {slot.photo && (
            // one photo across the columns; each column below holds its own caption
            <div className="col-span-full mb-3 max-w-3xl">
              <Picture
                photo={slot.photo}
                locale={article.locale}
                crop="whole"
                sizes={photoSizes.sideBySide}
              />
            </div>
          )}
          {languages.map((l) => {
            const runs = slot.texts[l];
            const corrected = correctedOn(l, slot.key);
            return (
              <div
                key={l}
                lang={localeTable[l].htmlLang}
                className={`mb-3 md:mb-0 ${corrected ? 'border-l-4 border-amber-500 pl-3' : ''}`}
                data-language={l}
                data-corrected={corrected ? 'true' : undefined}
              >
                <p className="text-xs font-semibold uppercase tracking-wide text-muted md:sr-only">
                  {localeTable[l].nativeName}
                </p>
                {corrected && (
                  <p
                    lang={localeTable[article.locale].htmlLang}
                    className="mb-1 text-xs font-semibold text-amber-800"
                  >
                    <a href={`#corrections-${l}`} className="underline">
                      {t('correctedHere', { date: correctionDate(article.locale, corrected) })}
                    </a>
                  </p>
                )}
                {runs === undefined ? (
                  <p
                    lang={localeTable[article.locale].htmlLang}
                    className="rounded border border-dashed border-black/20 p-2 text-sm text-muted dark:border-white/25"
                  >
                    {t('missingParagraph', { language: languageName(article.locale, l) })}
                  </p>
                ) : listOf(slot.kind) === 'ol' ? (
                  <ol start={numbers[row] ?? 1} className="list-decimal pl-6">
                    <Paragraph kind={slot.kind} locale={article.locale} runs={runs} />
                  </ol>
                ) : listOf(slot.kind) === 'ul' ? (
                  <ul className="list-disc pl-6">
                    <Paragraph kind={slot.kind} locale={article.locale} runs={runs} />
                  </ul>
                ) : (
                  <Paragraph kind={slot.kind} locale={article.locale} runs={runs} />
                )}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
