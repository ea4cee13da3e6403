import { getTranslations } from 'next-intl/server';
import type { PrintedCorrection } from '@/lib/data/types';
import { CorrectionLine } from './CorrectionLine';
import { localeTable, type Locale } from '@/lib/model/locales';
import { CORRECTIONS_POLICY_PATH, localizedPath } from '@/lib/model/paths';

/**
 * The corrections printed at the foot of a report, dated, oldest first (docs/decisions/030). Side
 * by side, each shown language's corrections follow the page's, each printed as its own language
 * prints it (the marks in its column link here).
 */
export async function ArticleCorrections({
  locale,
  languages,
  corrections,
}: {
  locale: Locale;
  /** the languages shown (the page's first) */
  languages: Locale[];
  corrections: Partial<Record<Locale, PrintedCorrection[]>>;
}) {
  const shown = [locale, ...languages.filter((l) => l !== locale)].filter((l) => corrections[l]?.length);
  if (!shown.length) return null;
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const count = shown.reduce((n, l) => n + (corrections[l]?.length ?? 0), 0);
  return (
    <section
      id="corrections"
      aria-labelledby="corrections-heading"
      className="mt-8 max-w-3xl border-t border-black/10 pt-4 text-sm dark:border-white/15"
      data-testid="corrections"
    >
      <h2 id="corrections-heading" className="font-semibold">
        {t('correctionsHeading', { count })}
      </h2>
      {shown.map((l) => (
        <ul
          key={l}
          id={`corrections-${l}`}
          lang={localeTable[l].htmlLang}
          className="mt-2 space-y-2"
          data-language={l}
        >
          {corrections[l]!.map((c, i) => (
            <li key={i} data-testid="correction-note">
              <CorrectionLine locale={l} note={c.note} publishedAt={c.publishedAt} />
            </li>
          ))}
        </ul>
      ))}
      <p className="mt-2 text-muted">
        <a href={localizedPath(locale, CORRECTIONS_POLICY_PATH)} className="underline">
          {t('correctionsPolicy')}
        </a>
      </p>
    </section>
  );
}
