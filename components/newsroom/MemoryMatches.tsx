'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Suggestion } from '@/lib/memory/store';
import { localeTable, type Locale } from '@/lib/model/locales';
import { WordDiff } from './WordDiff';

/**
 * The translation memory's best matches for one paragraph's original (lib/memory/store.ts), best
 * first: the score, what kind of match, how the memory's source differs from this original word by
 * word, the translation, and a button that puts it into the paragraph's field.
 */
export function MemoryMatches({
  matches,
  original,
  source,
  target,
  onInsert,
}: {
  matches: Suggestion[];
  /** the original paragraph (plain text) the matches are for */
  original: string;
  source: Locale;
  target: Locale;
  onInsert: (match: Suggestion) => void;
}) {
  const t = useTranslations('Newsroom.memory');
  const format = useFormatter();
  if (matches.length === 0) return null;
  return (
    <details className="mt-1 rounded border border-sky-200 bg-sky-50 p-2 text-sm" data-testid="memory" open>
      <summary className="cursor-pointer font-semibold">{t('heading', { count: matches.length })}</summary>
      <ol className="mt-1 space-y-2">
        {matches.map((m, i) => (
          <li key={i} data-testid="memory-match" data-score={m.score} data-kind={m.kind}>
            <p>
              <span className="rounded bg-sky-200 px-1 font-semibold text-sky-950">
                {format.number(m.score / 100, { style: 'percent' })}
              </span>{' '}
              {t(m.kind)} · {t(m.approved ? 'approved' : 'unapproved', { origin: t(`origins.${m.origin}`) })}{' '}
              · {format.dateTime(new Date(m.updatedAt), { dateStyle: 'medium' })}
            </p>
            {m.kind !== 'exact' && m.kind !== 'context' && (
              <p className="text-stone-700">
                {t('sourceDiff')} <WordDiff before={m.source} after={original} locale={source} />
              </p>
            )}
            <p lang={localeTable[target].htmlLang} className="whitespace-pre-wrap">
              {m.target}
            </p>
            <button
              type="button"
              className="mt-1 rounded border border-sky-700 bg-white px-2"
              onClick={() => onInsert(m)}
            >
              {t('insert')}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
