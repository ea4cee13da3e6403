import type { Locale } from '@/lib/i18n/locales';
import type { Conflict } from '@/lib/editorial/merge';
import { conflictId } from '@/lib/editorial/merge';
import { WordDiff } from './WordDiff';

export type ConflictStrings = {
  heading: string; // with "#"
  theirChange: string; // with "#"
  yourChange: string;
  removed: string;
  keepTheirs: string;
  keepMine: string;
  writeMerged: string;
};

const fill = (template: string, value: number | string) => template.replace('#', String(value));

/**
 * One part both the editor and another editor changed since the form's revision, shown where the
 * part is: each change word by word against the text they both started from, and the three ways
 * out — theirs, mine, or the text in the field beside it. The choice is required.
 */
export function ConflictPanel({
  conflict,
  revision,
  locale,
  strings,
}: {
  conflict: Conflict;
  revision: number;
  locale: Locale;
  strings: ConflictStrings;
}) {
  const id = conflictId(conflict);
  const change = (text: string | null) =>
    text === null ? (
      <em>{strings.removed}</em>
    ) : (
      <WordDiff before={conflict.base} after={text} locale={locale} />
    );
  return (
    <fieldset
      className="mt-2 rounded border-2 border-amber-500 bg-amber-50 p-2 text-sm"
      data-testid="conflict"
      data-conflict={id}
    >
      <legend className="px-1 font-semibold">{fill(strings.heading, revision)}</legend>
      <p className="font-semibold">{fill(strings.theirChange, revision)}</p>
      <p data-testid="their-change">{change(conflict.theirs)}</p>
      <p className="mt-1 font-semibold">{strings.yourChange}</p>
      <p data-testid="your-change">{change(conflict.mine)}</p>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <label>
          <input type="radio" name={`choice:${id}`} value="theirs" required /> {strings.keepTheirs}
        </label>
        <label>
          <input type="radio" name={`choice:${id}`} value="mine" required /> {strings.keepMine}
        </label>
        <label>
          <input type="radio" name={`choice:${id}`} value="text" required /> {strings.writeMerged}
        </label>
      </div>
    </fieldset>
  );
}
