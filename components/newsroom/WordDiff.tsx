import type { Locale } from '@/lib/model/locales';
import { localeTable } from '@/lib/model/locales';
import { wordDiff } from '@/lib/editorial/word-diff';

/**
 * How `after` differs from `before`, word by word (syllables in Vietnamese, dictionary words in
 * Chinese): removed words struck through, added ones marked, the rest as it was.
 */
export function WordDiff({ before, after, locale }: { before: string; after: string; locale: Locale }) {
  return (
    <span lang={localeTable[locale].htmlLang} className="whitespace-pre-wrap" data-testid="word-diff">
      {wordDiff(before, after, locale).map((part, i) =>
        part.op === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : (
          <ins key={i} className="bg-green-100 text-green-900 no-underline">
            {part.text}
          </ins>
        ),
      )}
    </span>
  );
}
