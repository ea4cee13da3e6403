import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/model/locales';
import type { Conflict } from '@/lib/editorial/merge';
import { conflictId } from '@/lib/editorial/merge';
import { WordDiff } from './WordDiff';

/**
 * One part both the editor and another editor changed since the form's revision, shown where the
 * part is: each change word by word against the text they both started from, and the three ways
 * out — theirs, mine, or the text in the field beside it. The choice is required.
 */
export function ConflictPanel({
  conflict,
  revision,
  locale,
}: {
  conflict: Conflict;
  revision: number;
  locale: Locale;
}) {
  const t = useTranslations('Newsroom.version');
  const id = conflictId(conflict);
  const change = (text: string | null) =>
    text === null ? (
      <em>{t('removed')}</em>
    ) : (
      <WordDiff before={conflict.base} after={text} locale={locale} />
    );
  return (
    <fieldset
      className="mt-2 rounded border-2 border-amber-500 bg-amber-50 p-2 text-sm"
      data-testid="conflict"
      data-conflict={id}
    >
      <legend className="px-1 font-semibold">{t('conflictHeading', { number: revision })}</legend>
      <p className="font-semibold">{t('theirChange', { number: revision })}</p>
      <p data-testid="their-change">{change(conflict.theirs)}</p>
      <p className="mt-1 font-semibold">{t('yourChange')}</p>
      <p data-testid="your-change">{change(conflict.mine)}</p>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <label>
          <input type="radio" name={`choice:${id}`} value="theirs" required /> {t('keepTheirs')}
        </label>
        <label>
          <input type="radio" name={`choice:${id}`} value="mine" required /> {t('keepMine')}
        </label>
        <label>
          <input type="radio" name={`choice:${id}`} value="text" required /> {t('writeMerged')}
        </label>
      </div>
    </fieldset>
  );
}
